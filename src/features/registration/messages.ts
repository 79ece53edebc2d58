import { type Messages, translator } from '../../kernel/i18n/index.ts';

/**
 * What registration says (/dangky, and the profile fields /theodoi asks again). Vietnamese is the source of truth
 * and English has exactly its keys. The place picks and the priority group names stay in the kernel's catalogue:
 * posting, group chats and the funnel report say them too.
 */
const vi = {
  'registration.command': 'Nhận tin việc làm gần nhà',
  // the questions up to the confirm screen and the save (questions.ts, flow.ts)
  /** Every question of the flow ends with the way out. */
  'registration.ask': '{question} (gõ 0 để về menu)',
  'registration.consent.text':
    'Mình là trợ lý tự động của Trung tâm Dịch vụ việc làm.\nĐể báo việc phù hợp, mình cần lưu: năm sinh, xã/phường bạn ở, nghề bạn muốn làm và nơi bạn có thể đi làm.\nThông tin chỉ dùng để báo tin việc làm cho bạn.\nBạn có thể dừng nhận tin (gõ DUNG) hoặc xoá thông tin (gõ XOA) bất cứ lúc nào.',
  'registration.consent.question': 'Bạn có đồng ý không?',
  'registration.consent.yes': 'Đồng ý',
  'registration.consent.no': 'Không đồng ý',
  'registration.consent.miss':
    'Mình chưa rõ ý bạn. Gõ 1 nếu đồng ý cho mình lưu thông tin để báo việc, gõ 2 nếu không đồng ý.',
  'registration.consent.declined':
    'Không sao, mình không lưu gì của bạn.\nKhi nào muốn nhận tin việc làm, bạn gõ DANGKY nhé. Gõ 0 để về menu.',
  'registration.birth.text': 'Cảm ơn bạn! Bạn gõ năm sinh đủ 4 số, ví dụ: 1998. Hoặc gõ tuổi, ví dụ: 25 tuổi.',
  'registration.birth.question': 'Bạn sinh năm nào?',
  'registration.birth.guess_one': 'Mình hiểu là: {reading}.',
  'registration.birth.guess_one_question': 'Đúng không ạ?',
  'registration.birth.guess_several': 'Hai số này có thể là năm sinh hoặc tuổi.',
  'registration.birth.guess_several_question': 'Ý bạn là số nào?',
  'registration.birth.guess_year': 'Sinh năm {year}',
  'registration.birth.guess_age': '{age} tuổi (sinh năm {year})',
  'registration.birth.retype': 'Không đúng, tôi gõ lại',
  'registration.birth.miss': 'Mình chưa đọc được năm sinh. Bạn gõ đủ 4 số, ví dụ: 1998. Hoặc gõ tuổi, ví dụ: 25 tuổi.',
  'registration.birth.out_of_range':
    'Năm sinh {year} có vẻ chưa đúng. Bạn gõ lại đủ 4 số, ví dụ: 1998. Hoặc gõ tuổi, ví dụ: 25 tuổi.',
  'registration.birth.too_young':
    'Cảm ơn bạn. Người dưới 15 tuổi chưa thể đăng ký tìm việc làm, nên mình không lưu thông tin của bạn.\nKhi đủ 15 tuổi, bạn gõ DANGKY để đăng ký nhé. Gõ 0 để về menu.',
  'registration.guardian.text':
    'Bạn chưa đủ 16 tuổi, nên cần bố mẹ hoặc người giám hộ đồng ý cho bạn đăng ký nhận tin việc làm.\nBạn nhờ bố mẹ hoặc người giám hộ đọc tin này và trả lời giúp nhé.',
  'registration.guardian.question': 'Bố mẹ hoặc người giám hộ có đồng ý không?',
  'registration.guardian.yes': 'Bố mẹ/người giám hộ đồng ý',
  'registration.guardian.no': 'Không đồng ý',
  'registration.guardian.miss': 'Mình chưa rõ ý. Gõ 1 nếu bố mẹ hoặc người giám hộ đồng ý, gõ 2 nếu không.',
  'registration.guardian.declined':
    'Không sao, mình không lưu thông tin của bạn.\nKhi bố mẹ đồng ý, hoặc khi bạn đủ 16 tuổi, bạn gõ DANGKY nhé. Gõ 0 để về menu.',
  'registration.commune.text':
    'Gõ tên xã/phường, có dấu hay không dấu đều được. Ví dụ: Mèo Vạc, hoặc Phổ Yên Thái Nguyên.',
  'registration.commune.question': 'Bạn ở xã/phường nào?',
  /** A province was named without a commune; {example} is a commune of that province. */
  'registration.commune.in_province': '{province} có nhiều xã/phường. Bạn gõ tên xã/phường của mình, ví dụ: {example}.',
  'registration.commune.question_in_province': 'Bạn ở xã/phường nào của {province}?',
  'registration.commune.miss':
    'Mình chưa đọc được tên nơi ở. Bạn gõ tên xã/phường, ví dụ: Mèo Vạc, hoặc Phổ Yên Thái Nguyên.',
  'registration.commune.not_found':
    'Mình chưa tìm thấy "{typed}". Bạn gõ lại tên xã/phường, có thể kèm tên tỉnh. Ví dụ: Mèo Vạc, hoặc Phổ Yên Thái Nguyên.',
  'registration.commune.not_found_in_province':
    'Mình chưa tìm thấy "{typed}" ở {province}. Bạn gõ lại tên xã/phường, ví dụ: {example}.',
  'registration.pick.question': 'Bạn ở nơi nào? Trả lời bằng một số, ví dụ: 1',
  'registration.pick.miss': 'Bạn trả lời bằng một số trong danh sách, ví dụ: 1. Hoặc gõ lại tên xã/phường.',
  'registration.occ.text': 'Bạn muốn làm việc gì? Có thể chọn nhiều việc.',
  'registration.occ.more': 'Khác (gõ tên việc)',
  'registration.occ.question': 'Có thể chọn nhiều số, ví dụ: 1 4. Hoặc gõ tên việc, ví dụ: thợ hàn.',
  'registration.occ.miss':
    'Mình chưa hiểu việc bạn muốn làm. Bạn gõ các số, ví dụ: 1 4. Hoặc gõ tên việc, ví dụ: thợ may, phụ hồ.',
  'registration.occ.type_text': 'Bạn gõ tên việc muốn làm nhé. Ví dụ: thợ hàn, bảo vệ, bán hàng.',
  'registration.occ.type_question': 'Bạn muốn làm việc gì?',
  'registration.occ.type_miss': 'Mình chưa hiểu "{typed}". Bạn gõ tên việc, ví dụ: thợ hàn, bảo vệ, bán hàng.',
  'registration.reach.text': 'Mình chỉ báo việc ở nơi bạn chọn.',
  'registration.reach.question': 'Bạn có thể đi làm ở đâu?',
  'registration.reach.commune': 'Trong xã/phường của tôi',
  'registration.reach.province': 'Trong tỉnh',
  'registration.reach.country': 'Cả nước',
  'registration.reach.abroad': 'Cả nước và nước ngoài',
  'registration.reach.miss': 'Bạn trả lời bằng một số, ví dụ: 2 nếu muốn làm trong tỉnh.',
  'registration.freq.text': 'Mình không bao giờ gửi tin vào ban đêm.',
  'registration.freq.question': 'Bạn muốn nhận tin việc làm khi nào?',
  'registration.freq.instant': 'Ngay khi có tin',
  'registration.freq.morning': 'Mỗi ngày 1 lần, 7 giờ sáng',
  'registration.freq.evening': 'Mỗi ngày 1 lần, 7 giờ tối',
  /** A daily hour other than the two offered (from an earlier profile); {hour} is 0–23. */
  'registration.freq.daily_at': 'Mỗi ngày 1 lần, lúc {hour} giờ',
  'registration.freq.miss': 'Bạn trả lời bằng một số, ví dụ: 1 để nhận tin ngay khi có.',
  'registration.confirm.heading': 'Bạn kiểm tra lại giúp mình:',
  'registration.confirm.heading_existing': 'Bạn đã đăng ký rồi. Thông tin hiện tại:',
  'registration.confirm.place': '📍 {commune}, {province}',
  'registration.confirm.occupations': 'Nghề: {occupations}',
  'registration.confirm.reach': 'Đi làm: {reach}',
  'registration.confirm.frequency': 'Nhận tin: {frequency}',
  'registration.confirm.birth_year': 'Năm sinh: {year}',
  'registration.confirm.unknown': 'chưa có',
  'registration.confirm.question': 'Đúng chưa? Trả lời bằng một số, ví dụ: 1',
  'registration.confirm.save': 'Xác nhận',
  'registration.confirm.edit_commune': 'Sửa xã',
  'registration.confirm.edit_occupations': 'Sửa nghề',
  'registration.confirm.edit_reach': 'Sửa nơi đi làm',
  'registration.confirm.edit_frequency': 'Sửa cách nhận tin',
  'registration.confirm.miss': 'Bạn trả lời bằng một số, ví dụ: 1 để xác nhận, 2 để sửa xã.',
  'registration.done':
    'Cảm ơn bạn, mình đã lưu! Khi có việc phù hợp, mình sẽ báo cho bạn.\nMình không bao giờ gửi tin vào ban đêm.\n⚠️ Không nộp bất kỳ khoản phí nào để được nhận việc.\nGõ DUNG để dừng nhận tin, XOA để xoá thông tin, 0 để về menu.',
  /** After the save, when the person came by a link naming a vacancy (src/engine/links.ts). */
  'registration.link_vacancy': 'Bạn đến đây từ tin tuyển dụng số {id}.',
  'registration.link_vacancy_open': 'Xem tin tuyển dụng này',
  // the optional extras after the save, and the hour of the daily message (fields.ts)
  'registration.freq.hour_hint': 'Hoặc gõ giờ bạn muốn nhận mỗi ngày, ví dụ: 12 giờ.',
  'registration.freq.hour_quiet':
    'Mình không gửi tin từ 21 giờ tối đến 7 giờ sáng. Bạn chọn giờ từ 7 đến 20, ví dụ: 12 giờ.',
  'registration.later': 'Để sau',
  'registration.keep': 'Giữ nguyên',
  'registration.extras.intro':
    'Nếu muốn, bạn cho mình biết thêm vài điều. Không bắt buộc: câu nào cũng gõ "bỏ qua" được.',
  'registration.extras.done':
    'Xong rồi, cảm ơn bạn! Xem hoặc sửa thông tin bất cứ lúc nào: gõ THEODOI.\nGõ 0 để về menu.',
  'registration.training.text':
    '🎓 Bạn có muốn học nghề không? Nhiều khoá học được miễn hoặc hỗ trợ học phí. Chọn nghề (ví dụ: 2 5) hoặc gõ tên nghề.',
  'registration.training.question': 'Bạn muốn học nghề gì?',
  'registration.training.miss':
    'Mình chưa rõ nghề nào. Chọn số trong danh sách, gõ tên nghề (ví dụ: hàn, may), hoặc gõ "bỏ qua".',
  'registration.training.skip': 'Không, bỏ qua',
  'registration.training.saved': '✅ Mình sẽ báo bạn khi có khoá học nghề: {trades}.',
  'registration.summary.training': '🎓 Muốn học nghề: {trades}',
  'registration.name.text': 'Cán bộ và nhà tuyển dụng nên gọi bạn là gì? Gõ họ tên, ví dụ: Lò Thị Mai.',
  'registration.name.current': 'Tên đang lưu: {name}.',
  'registration.name.question': 'Bạn tên là gì?',
  'registration.name.miss': 'Mình chưa đọc được tên. Bạn gõ họ tên bằng chữ, ví dụ: Lò Thị Mai. Hoặc gõ "bỏ qua".',
  'registration.name.saved': '✅ Đã lưu tên: {name}.',
  'registration.phone.text':
    'Số điện thoại (không bắt buộc) để nhà tuyển dụng gọi cho bạn. Số chỉ được gửi cho nhà tuyển dụng khi bạn bấm "Quan tâm" một tin và đồng ý.',
  'registration.phone.current': 'Số đang lưu: {phone}.',
  'registration.phone.question': 'Số điện thoại của bạn là gì? Ví dụ: 0912 345 678',
  'registration.phone.forget': 'Xoá số đã lưu',
  'registration.phone.miss':
    'Mình chưa đọc được số điện thoại. Bạn chỉ gõ các số, ví dụ: 0912 345 678. Hoặc gõ "bỏ qua".',
  'registration.phone.miss_length': 'Số di động có 10 số, ví dụ: 0912 345 678. Bạn gõ lại nhé, hoặc gõ "bỏ qua".',
  'registration.phone.miss_not_mobile':
    'Mình chỉ nhận số di động Việt Nam, ví dụ: 0912 345 678. Bạn gõ lại nhé, hoặc gõ "bỏ qua".',
  'registration.phone.retype_text': 'Bạn gõ lại số điện thoại nhé, ví dụ: 0912 345 678.',
  'registration.phone.yes': 'Đúng số này',
  'registration.phone.retype': 'Không, gõ lại',
  /** An old 11-digit number, converted; {phone} is the new 10-digit number. */
  'registration.phone.check_old': 'Số 11 số đã được đổi sang 10 số. Số mới của bạn là {phone}.',
  'registration.phone.check_prefix': 'Số {phone} có đầu số ít gặp. Bạn xem lại giúp mình.',
  'registration.phone.check_question': 'Có đúng số {phone} không?',
  'registration.phone.check_miss': 'Bạn trả lời bằng một số, ví dụ: 1 nếu đúng số {phone}.',
  'registration.phone.saved': '✅ Đã lưu số: {phone}.',
  'registration.phone.forgotten': '✅ Đã xoá số điện thoại.',
  /** The priority-status consent (bump PRIORITY_CONSENT_VERSION in registration/fields.ts when this changes). */
  'registration.priority.text':
    'Tỉnh có chương trình việc làm riêng cho người thuộc hộ nghèo, cận nghèo, mới thoát nghèo, người dân tộc thiểu số, người khuyết tật. Nếu bạn cho biết, cán bộ chỉ dùng để báo bạn các chương trình đó và để thống kê.\nĐây là thông tin nhạy cảm, không bắt buộc, không bao giờ gửi cho nhà tuyển dụng. Bạn rút lại được bất cứ lúc nào (gõ THEODOI).',
  'registration.priority.question': 'Bạn có đồng ý cho mình lưu thông tin này không?',
  'registration.priority.yes': 'Đồng ý, khai ngay',
  'registration.priority.no': 'Không, để sau',
  'registration.priority.no_edit': 'Không',
  'registration.priority.miss': 'Bạn trả lời bằng một số: 1 nếu đồng ý khai, 2 nếu không.',
  'registration.priority.groups_text': 'Bạn thuộc nhóm nào? Có thể chọn nhiều số.',
  'registration.priority.groups_question': 'Gõ các số, ví dụ: 1 4',
  'registration.priority.none': 'Không thuộc nhóm nào',
  'registration.priority.groups_miss':
    'Mình chưa hiểu. Bạn gõ các số trong danh sách, ví dụ: 1 4. Không thuộc nhóm nào thì gõ 6.',
  'registration.priority.two_household': 'Mỗi hộ chỉ thuộc một trong ba nhóm 1, 2, 3. Bạn chọn lại, ví dụ: 2 4.',
  'registration.priority.none_and_groups':
    'Bạn chọn 6 (không thuộc nhóm nào) hoặc các nhóm khác, không chọn cả hai nhé.',
  'registration.priority.saved': '✅ Đã lưu diện ưu tiên. Thông tin này không gửi cho nhà tuyển dụng.',
  'registration.priority.saved_none': '✅ Đã lưu: bạn không thuộc nhóm ưu tiên nào.',
} as const;

const en: Messages<typeof vi>['en'] = {
  'registration.command': 'Get job alerts near home',
  // the questions up to the confirm screen and the save (questions.ts, flow.ts)
  'registration.ask': '{question} (type 0 for the menu)',
  'registration.consent.text':
    'I am the automated assistant of the Employment Service Centre.\nTo send you suitable jobs I need to keep: your birth year, your commune/ward, the work you want and where you can work.\nIt is used only to send you job news.\nYou can stop messages (type STOP) or delete your data (type XOA) at any time.',
  'registration.consent.question': 'Do you agree?',
  'registration.consent.yes': 'I agree',
  'registration.consent.no': 'I do not agree',
  'registration.consent.miss':
    'Sorry, I am not sure what you mean. Type 1 if you agree that I keep your details to send you jobs, 2 if you do not.',
  'registration.consent.declined':
    'No problem, I have kept nothing about you.\nWhenever you want job news, type REGISTER. Type 0 for the menu.',
  'registration.birth.text':
    'Thank you! Type your birth year with 4 digits, for example: 1998. Or type your age, for example: 25 years.',
  'registration.birth.question': 'What year were you born?',
  'registration.birth.guess_one': 'I read: {reading}.',
  'registration.birth.guess_one_question': 'Is that right?',
  'registration.birth.guess_several': 'Two digits can be a birth year or an age.',
  'registration.birth.guess_several_question': 'Which did you mean?',
  'registration.birth.guess_year': 'Born in {year}',
  'registration.birth.guess_age': '{age} years old (born in {year})',
  'registration.birth.retype': 'No, let me type it again',
  'registration.birth.miss':
    'I could not read a birth year. Type 4 digits, for example: 1998. Or type your age, for example: 25 years.',
  'registration.birth.out_of_range':
    'The birth year {year} does not look right. Type it again with 4 digits, for example: 1998. Or type your age, for example: 25 years.',
  'registration.birth.too_young':
    'Thank you. People under 15 cannot register for work yet, so I have not kept your details.\nWhen you turn 15, type REGISTER to sign up. Type 0 for the menu.',
  'registration.guardian.text':
    'You are under 16, so a parent or guardian must agree to you getting job news.\nPlease ask your parent or guardian to read this and answer.',
  'registration.guardian.question': 'Does your parent or guardian agree?',
  'registration.guardian.yes': 'My parent/guardian agrees',
  'registration.guardian.no': 'They do not agree',
  'registration.guardian.miss': 'Sorry, I am not sure. Type 1 if your parent or guardian agrees, 2 if not.',
  'registration.guardian.declined':
    'No problem, I have not kept your details.\nWhen your parents agree, or when you turn 16, type REGISTER. Type 0 for the menu.',
  'registration.commune.text':
    'Type the name of your commune or ward, with or without accents. For example: Mèo Vạc, or Phổ Yên Thái Nguyên.',
  'registration.commune.question': 'Which commune or ward do you live in?',
  'registration.commune.in_province': '{province} has many communes and wards. Type yours, for example: {example}.',
  'registration.commune.question_in_province': 'Which commune or ward of {province} do you live in?',
  'registration.commune.miss':
    'I could not read a place name. Type your commune or ward, for example: Mèo Vạc, or Phổ Yên Thái Nguyên.',
  'registration.commune.not_found':
    'I could not find "{typed}". Type your commune or ward again, with the province if you like. For example: Mèo Vạc, or Phổ Yên Thái Nguyên.',
  'registration.commune.not_found_in_province':
    'I could not find "{typed}" in {province}. Type your commune or ward again, for example: {example}.',
  'registration.pick.question': 'Which one is yours? Reply with a number, for example: 1',
  'registration.pick.miss': 'Reply with a number from the list, for example: 1. Or type your commune or ward again.',
  'registration.occ.text': 'What work do you want? You can choose several.',
  'registration.occ.more': 'Other (type the work)',
  'registration.occ.question':
    'You can choose several numbers, for example: 1 4. Or type the work, for example: welder.',
  'registration.occ.miss':
    'Sorry, I did not understand the work you want. Type the numbers, for example: 1 4. Or type the work, for example: tailor, builder.',
  'registration.occ.type_text': 'Please type the work you want. For example: welder, security guard, sales.',
  'registration.occ.type_question': 'What work do you want?',
  'registration.occ.type_miss':
    'Sorry, I did not understand "{typed}". Type the work, for example: welder, security guard, sales.',
  'registration.reach.text': 'I will only send jobs in the area you choose.',
  'registration.reach.question': 'Where can you work?',
  'registration.reach.commune': 'In my commune/ward',
  'registration.reach.province': 'In my province',
  'registration.reach.country': 'Anywhere in Vietnam',
  'registration.reach.abroad': 'Anywhere in Vietnam and abroad',
  'registration.reach.miss': 'Reply with a number, for example: 2 to work in your province.',
  'registration.freq.text': 'I never send messages at night.',
  'registration.freq.question': 'When do you want job news?',
  'registration.freq.instant': 'As soon as there is news',
  'registration.freq.morning': 'Once a day, 7 in the morning',
  'registration.freq.evening': 'Once a day, 7 in the evening',
  'registration.freq.daily_at': 'Once a day, at {hour}:00',
  'registration.freq.miss': 'Reply with a number, for example: 1 to get news as soon as it comes.',
  'registration.confirm.heading': 'Please check your details:',
  'registration.confirm.heading_existing': 'You are already registered. Your details:',
  'registration.confirm.place': '📍 {commune}, {province}',
  'registration.confirm.occupations': 'Work: {occupations}',
  'registration.confirm.reach': 'Area: {reach}',
  'registration.confirm.frequency': 'News: {frequency}',
  'registration.confirm.birth_year': 'Birth year: {year}',
  'registration.confirm.unknown': 'not given',
  'registration.confirm.question': 'Is this right? Reply with a number, for example: 1',
  'registration.confirm.save': 'Confirm',
  'registration.confirm.edit_commune': 'Change commune',
  'registration.confirm.edit_occupations': 'Change work',
  'registration.confirm.edit_reach': 'Change area',
  'registration.confirm.edit_frequency': 'Change when I get news',
  'registration.confirm.miss': 'Reply with a number, for example: 1 to confirm, 2 to change the commune.',
  'registration.done':
    'Thank you, your details are saved! I will tell you when there is suitable work.\nI never send messages at night.\n⚠️ Never pay any fee to get a job.\nType STOP to stop messages, XOA to delete your data, 0 for the menu.',
  'registration.link_vacancy': 'You came here from vacancy number {id}.',
  'registration.link_vacancy_open': 'See this vacancy',
  // the optional extras after the save, and the hour of the daily message (fields.ts)
  'registration.freq.hour_hint': 'Or type the hour you want it every day, for example: 12h.',
  'registration.freq.hour_quiet':
    'I send nothing between 21:00 and 07:00. Please choose an hour from 7 to 20, for example: 12h.',
  'registration.later': 'Later',
  'registration.keep': 'Keep as it is',
  'registration.extras.intro': 'If you like, tell me a few more things. None is required: type "skip" at any question.',
  'registration.extras.done':
    'All done, thank you! To see or change your details at any time, type /alerts.\nType 0 for the menu.',
  'registration.training.text':
    '🎓 Would you like to learn a trade? Many courses are free or supported. Choose trades (e.g. 2 5) or type one.',
  'registration.training.question': 'Which trade would you like to learn?',
  'registration.training.miss':
    'Which trade? Choose numbers from the list, type a trade (e.g. welding, sewing), or type "skip".',
  'registration.training.skip': 'No, skip',
  'registration.training.saved': '✅ We will tell you about courses in: {trades}.',
  'registration.summary.training': '🎓 Would like to learn: {trades}',
  'registration.name.text': 'What should officials and employers call you? Type your name, for example: Lo Thi Mai.',
  'registration.name.current': 'Name saved: {name}.',
  'registration.name.question': 'What is your name?',
  'registration.name.miss':
    'I could not read a name. Please type it in letters, for example: Lo Thi Mai. Or type "skip".',
  'registration.name.saved': '✅ Name saved: {name}.',
  'registration.phone.text':
    'Your phone number (optional), so that an employer can call you. It is given to an employer only when you press "Interested" on a vacancy and agree.',
  'registration.phone.current': 'Number saved: {phone}.',
  'registration.phone.question': 'What is your phone number? For example: 0912 345 678',
  'registration.phone.forget': 'Delete the saved number',
  'registration.phone.miss':
    'I could not read a phone number. Please type only the digits, for example: 0912 345 678. Or type "skip".',
  'registration.phone.miss_length':
    'A mobile number has 10 digits, for example: 0912 345 678. Please type it again, or type "skip".',
  'registration.phone.miss_not_mobile':
    'I can only take a Vietnamese mobile number, for example: 0912 345 678. Please type it again, or type "skip".',
  'registration.phone.retype_text': 'Please type your phone number again, for example: 0912 345 678.',
  'registration.phone.yes': 'Yes, this number',
  'registration.phone.retype': 'No, type it again',
  'registration.phone.check_old': '11-digit numbers were changed to 10 digits. Your new number is {phone}.',
  'registration.phone.check_prefix': 'The number {phone} starts with an unusual prefix. Please check it.',
  'registration.phone.check_question': 'Is {phone} right?',
  'registration.phone.check_miss': 'Please answer with a number, for example: 1 if {phone} is right.',
  'registration.phone.saved': '✅ Number saved: {phone}.',
  'registration.phone.forgotten': '✅ Phone number deleted.',
  'registration.priority.text':
    'The province runs job programmes for people from poor, near-poor and newly-out-of-poverty households, ethnic minorities and people with a disability. If you tell me, officials use it only to tell you about those programmes and for statistics.\nThis is sensitive, optional, and never given to employers. You can withdraw it at any time (type /alerts).',
  'registration.priority.question': 'Do you agree that I keep this information?',
  'registration.priority.yes': 'I agree, tell now',
  'registration.priority.no': 'No, later',
  'registration.priority.no_edit': 'No',
  'registration.priority.miss': 'Please answer with a number: 1 if you agree, 2 if not.',
  'registration.priority.groups_text': 'Which groups are you in? You can choose several numbers.',
  'registration.priority.groups_question': 'Type the numbers, for example: 1 4',
  'registration.priority.none': 'None of these',
  'registration.priority.groups_miss':
    'Sorry, I did not understand. Type numbers from the list, for example: 1 4. If none applies, type 6.',
  'registration.priority.two_household':
    'A household is only one of groups 1, 2 and 3. Please choose again, for example: 2 4.',
  'registration.priority.none_and_groups': 'Please choose 6 (none of these) or the groups, not both.',
  'registration.priority.saved': '✅ Priority status saved. It is never given to employers.',
  'registration.priority.saved_none': '✅ Saved: you are in none of the priority groups.',
};

export const messages: Messages<typeof vi> = { vi, en };

export const t = translator(messages);
