import { type Messages, translator } from '../../kernel/i18n/index.ts';

/**
 * The messages of /dangtin, where an employer posts a vacancy.
 * Vietnamese is the source of truth and English has exactly its keys; messages that other modules say too stay
 * in the kernel's catalogue (src/kernel/i18n/).
 */
const vi = {
  'posting.command': 'Đăng tin tuyển dụng',
  'menu.employer': 'Tôi là nhà tuyển dụng',
  'posting.ask': '{question} (gõ 0 để về menu)',
  'posting.intro':
    'Đăng tin tuyển dụng: mình hỏi vài câu ngắn, chừng 2 phút.\nCán bộ Trung tâm Dịch vụ việc làm duyệt tin trước khi gửi tới người lao động.',
  'posting.employer.text': 'Tên này sẽ ghi trên tin. Ví dụ: Công ty TNHH May Phổ Yên, hoặc Hộ kinh doanh Lò Văn Tư.',
  'posting.employer.question': 'Tên công ty hoặc hộ kinh doanh của bạn?',
  'posting.employer.miss': 'Tên cần từ 2 đến 120 ký tự. Ví dụ: Công ty TNHH May Phổ Yên.',
  'posting.title.text': 'Gõ tên vị trí cần tuyển. Ví dụ: Công nhân may, Phụ hồ, Lái xe tải.',
  'posting.title.question': 'Bạn tuyển vị trí gì?',
  'posting.title.miss': 'Tên vị trí cần từ 2 đến 120 ký tự. Ví dụ: Công nhân may.',
  'posting.occ.text': '"{title}" thuộc nhóm nghề nào? Nhóm nghề giúp mình gửi tin tới đúng người.',
  'posting.occ.other': 'Khác',
  'posting.occ.question': 'Bạn chọn số nào, hoặc gõ tên nghề?',
  'posting.occ.miss':
    'Mình chưa nhận ra nghề "{typed}". Bạn chọn một số, ví dụ: 2. Không có nhóm phù hợp thì chọn "Khác".',
  'posting.occ.miss_number': 'Bạn chọn một số trong danh sách, ví dụ: 2. Không có nhóm phù hợp thì chọn "Khác".',
  'posting.commune.text': 'Gõ tên xã/phường nơi làm việc, có dấu hay không dấu đều được. Ví dụ: Phổ Yên Thái Nguyên.',
  'posting.commune.question': 'Chỗ làm ở xã/phường nào?',
  'posting.commune.in_province': '{province} có nhiều xã/phường. Bạn gõ tên xã/phường nơi làm việc, ví dụ: {example}.',
  'posting.commune.question_in_province': 'Chỗ làm ở xã/phường nào của {province}?',
  'posting.commune.miss': 'Mình chưa đọc được tên nơi làm việc. Bạn gõ tên xã/phường, ví dụ: Phổ Yên Thái Nguyên.',
  'posting.commune.not_found':
    'Mình chưa tìm thấy "{typed}". Bạn gõ lại tên xã/phường, có thể kèm tên tỉnh. Ví dụ: Phổ Yên Thái Nguyên.',
  'posting.commune.not_found_in_province':
    'Mình chưa tìm thấy "{typed}" ở {province}. Bạn gõ lại tên xã/phường, ví dụ: {example}.',
  'posting.pick.more': 'Không thấy đúng nơi? Gõ tên xã kèm tên tỉnh, ví dụ: Văn Lang Thái Nguyên.',
  'posting.pick.question': 'Chỗ làm ở nơi nào? Trả lời bằng một số, ví dụ: 1',
  'posting.pick.miss': 'Bạn trả lời bằng một số trong danh sách, ví dụ: 1. Hoặc gõ lại tên xã/phường.',
  'posting.headcount.text': 'Gõ một số, ví dụ: 50.',
  'posting.headcount.question': 'Bạn cần tuyển bao nhiêu người?',
  'posting.headcount.miss': 'Mình chưa đọc được số người. Bạn gõ một số, ví dụ: 50 hoặc "Cần 50 người".',
  'posting.headcount.out_of_range': 'Số người cần từ {min} đến {max}. Bạn gõ lại, ví dụ: 50.',
  'posting.wage.text': 'Gõ mức lương như bạn vẫn ghi. Ví dụ: 7-9 triệu/tháng, 300k/ngày, thỏa thuận.',
  'posting.wage.question': 'Lương bao nhiêu?',
  'posting.wage.miss': 'Mình chưa thấy mức lương trong "{typed}". Ví dụ: 7-9 triệu/tháng, 300k/ngày, thỏa thuận.',
  'posting.wage.miss_empty': 'Bạn gõ mức lương bằng chữ. Ví dụ: 7-9 triệu/tháng, 300k/ngày, thỏa thuận.',
  'posting.wage.read': 'Mình hiểu là: 💰 {wage}.',
  'posting.wage.assumed': 'Bạn không ghi đơn vị, mình hiểu là triệu đồng.',
  'posting.wage.ok': 'Đúng rồi',
  'posting.wage.again': 'Nhập lại',
  'posting.wage.confirm_question': 'Đúng chưa? Trả lời bằng một số, ví dụ: 1',
  'posting.wage.confirm_miss': 'Bạn gõ 1 nếu mình hiểu đúng, 2 để nhập lại mức lương.',
  'posting.req.text': 'Ví dụ: Nữ 18–35 tuổi, biết may máy 1 kim. Không có yêu cầu gì thì chọn 1.',
  'posting.req.skip': 'Bỏ qua, không có yêu cầu',
  'posting.req.question': 'Người làm cần có yêu cầu gì?',
  'posting.req.miss': 'Yêu cầu cần từ 2 đến 300 ký tự. Không có yêu cầu gì thì gõ 1.',
  'posting.deadline.text': 'Gõ ngày hoặc chọn một số. Ví dụ: 31/12, 31/12/2026, cuối tháng, 30 ngày.',
  'posting.deadline.in_30_days': '30 ngày kể từ hôm nay',
  'posting.deadline.end_of_month': 'Cuối tháng này',
  'posting.deadline.question': 'Nhận hồ sơ đến ngày nào?',
  'posting.deadline.invalid': 'Mình chưa đọc được ngày "{typed}". Ví dụ: 31/12, 31/12/2026, cuối tháng, 30 ngày.',
  'posting.deadline.invalid_empty': 'Bạn gõ một ngày. Ví dụ: 31/12, 31/12/2026, cuối tháng, 30 ngày.',
  'posting.deadline.past': 'Ngày {date} đã qua rồi. Bạn chọn một ngày từ hôm nay trở đi, ví dụ: 30 ngày, cuối tháng.',
  'posting.deadline.too_far': 'Ngày {date} xa quá. Bạn chọn ngày gần hơn, ví dụ: 30 ngày, cuối tháng.',
  'posting.contact.text': 'Số điện thoại hoặc địa chỉ để người lao động liên hệ. Ví dụ: 0208 3850 123, chị Hoa.',
  'posting.contact.question': 'Người lao động liên hệ thế nào?',
  'posting.contact.miss': 'Thông tin liên hệ cần từ 3 đến 200 ký tự. Ví dụ: 0208 3850 123, chị Hoa.',
  'posting.preview.submit': 'Gửi duyệt',
  'posting.preview.edit': 'Sửa tin',
  'posting.preview.cancel': 'Huỷ tin',
  'posting.preview.question': 'Bạn chọn số nào? Gõ 1 để gửi duyệt',
  'posting.preview.miss': 'Bạn trả lời bằng một số, ví dụ: 1 để gửi duyệt, 2 để sửa tin.',
  'posting.edit.text': 'Chọn phần cần sửa, mình sẽ hỏi lại phần đó rồi cho bạn xem lại tin.',
  'posting.edit.title': 'Vị trí tuyển',
  'posting.edit.occupation': 'Nhóm nghề',
  'posting.edit.commune': 'Nơi làm việc',
  'posting.edit.headcount': 'Số người cần',
  'posting.edit.wage': 'Lương',
  'posting.edit.requirements': 'Yêu cầu',
  'posting.edit.deadline': 'Hạn nhận hồ sơ',
  'posting.edit.contact': 'Liên hệ',
  'posting.edit.employer': 'Tên công ty',
  'posting.edit.question': 'Bạn muốn sửa phần nào? Trả lời bằng một số, ví dụ: 5',
  'posting.edit.miss': 'Bạn trả lời bằng một số trong danh sách, ví dụ: 5 để sửa lương.',
  'posting.submitted':
    'Đã gửi tin cho cán bộ Trung tâm Dịch vụ việc làm duyệt. Tin chỉ tới người lao động sau khi được duyệt.',
  'posting.submitted_check':
    'Một vài từ ngữ trong tin cần cán bộ xem kỹ trước khi đăng; cán bộ có thể liên hệ bạn để hỏi thêm. Cảm ơn bạn đã thông cảm.',
  'posting.next': 'Gõ /tincuatoi để xem tin của bạn, /dangtin để đăng tin khác, 0 để về menu.',
  'posting.cancelled': 'Đã huỷ, tin không được gửi đi. Gõ /dangtin để đăng lại, 0 để về menu.',
} as const;

const en: Messages<typeof vi>['en'] = {
  'posting.command': 'Post a vacancy',
  'menu.employer': 'I am an employer',
  // posting
  'posting.ask': '{question} (type 0 for the menu)',
  'posting.intro':
    'Post a vacancy: a few short questions, about 2 minutes.\nOfficials of the Employment Service Centre review it before it reaches workers.',
  'posting.employer.text':
    'This name appears on the vacancy. For example: Phổ Yên Garment Co., Ltd., or Lò Văn Tư household business.',
  'posting.employer.question': 'What is the name of your company or household business?',
  'posting.employer.miss': 'The name needs 2 to 120 characters. For example: Phổ Yên Garment Co., Ltd.',
  'posting.title.text':
    'Type the job you are hiring for. For example: Garment worker, Construction helper, Truck driver.',
  'posting.title.question': 'What job are you hiring for?',
  'posting.title.miss': 'The job title needs 2 to 120 characters. For example: Garment worker.',
  'posting.occ.text': 'Which type of work is "{title}"? It helps me send the vacancy to the right people.',
  'posting.occ.other': 'Other',
  'posting.occ.question': 'Which number, or type the trade?',
  'posting.occ.miss':
    'I do not recognise the trade "{typed}". Choose a number, for example: 2. If none fits, choose "Other".',
  'posting.occ.miss_number': 'Choose a number from the list, for example: 2. If none fits, choose "Other".',
  'posting.commune.text':
    'Type the commune or ward where the work is, with or without accents. For example: Phổ Yên Thái Nguyên.',
  'posting.commune.question': 'Which commune or ward is the workplace in?',
  'posting.commune.in_province':
    '{province} has many communes and wards. Type the one where the work is, for example: {example}.',
  'posting.commune.question_in_province': 'Which commune or ward of {province} is the workplace in?',
  'posting.commune.miss': 'I could not read the workplace. Type the commune or ward, for example: Phổ Yên Thái Nguyên.',
  'posting.commune.not_found':
    'I could not find "{typed}". Type the commune or ward again, with the province if you like. For example: Phổ Yên Thái Nguyên.',
  'posting.commune.not_found_in_province':
    'I could not find "{typed}" in {province}. Type the commune or ward again, for example: {example}.',
  'posting.pick.more': 'Not in the list? Type the commune with its province, for example: Văn Lang Thái Nguyên.',
  'posting.pick.question': 'Where is the workplace? Reply with a number, for example: 1',
  'posting.pick.miss': 'Reply with a number from the list, for example: 1. Or type the commune or ward again.',
  'posting.headcount.text': 'Type a number, for example: 50.',
  'posting.headcount.question': 'How many people do you need?',
  'posting.headcount.miss':
    'I could not read the number of people. Type a number, for example: 50 or "Need 50 people".',
  'posting.headcount.out_of_range': 'The number of people must be from {min} to {max}. Type it again, for example: 50.',
  'posting.wage.text':
    'Type the pay the way you usually write it. For example: 7-9 triệu/tháng, 300k/ngày, thỏa thuận (negotiable).',
  'posting.wage.question': 'What is the pay?',
  'posting.wage.miss': 'I see no pay in "{typed}". For example: 7-9 triệu/tháng, 300k/ngày, thỏa thuận (negotiable).',
  'posting.wage.miss_empty': 'Type the pay in words. For example: 7-9 triệu/tháng, 300k/ngày, thỏa thuận (negotiable).',
  'posting.wage.read': 'I read it as: 💰 {wage}.',
  'posting.wage.assumed': 'You gave no unit, so I read it as millions of đồng.',
  'posting.wage.ok': 'Yes, correct',
  'posting.wage.again': 'Type it again',
  'posting.wage.confirm_question': 'Is this right? Reply with a number, for example: 1',
  'posting.wage.confirm_miss': 'Type 1 if I read it right, 2 to type the pay again.',
  'posting.req.text':
    'For example: women aged 18–35, can use a single-needle sewing machine. If there are none, choose 1.',
  'posting.req.skip': 'Skip, no requirements',
  'posting.req.question': 'What do workers need to have?',
  'posting.req.miss': 'Requirements need 2 to 300 characters. If there are none, type 1.',
  'posting.deadline.text':
    'Type a date or choose a number. For example: 31/12, 31/12/2026, end of the month (cuối tháng), 30 days (30 ngày).',
  'posting.deadline.in_30_days': '30 days from today',
  'posting.deadline.end_of_month': 'End of this month',
  'posting.deadline.question': 'Until what date do you accept applications?',
  'posting.deadline.invalid':
    'I could not read the date "{typed}". For example: 31/12, 31/12/2026, cuối tháng, 30 ngày.',
  'posting.deadline.invalid_empty': 'Type a date. For example: 31/12, 31/12/2026, cuối tháng, 30 ngày.',
  'posting.deadline.past':
    '{date} has already passed. Choose a date from today on, for example: 30 days, end of the month.',
  'posting.deadline.too_far': '{date} is too far away. Choose an earlier date, for example: 30 days, end of the month.',
  'posting.contact.text':
    'A phone number or an address where workers can reach you. For example: 0208 3850 123, Ms Hoa.',
  'posting.contact.question': 'How do workers contact you?',
  'posting.contact.miss': 'The contact needs 3 to 200 characters. For example: 0208 3850 123, Ms Hoa.',
  'posting.preview.submit': 'Send for review',
  'posting.preview.edit': 'Change something',
  'posting.preview.cancel': 'Discard',
  'posting.preview.question': 'Which number? Type 1 to send it for review',
  'posting.preview.miss': 'Reply with a number, for example: 1 to send it for review, 2 to change something.',
  'posting.edit.text': 'Choose what to change; I will ask that again and then show you the vacancy.',
  'posting.edit.title': 'Job title',
  'posting.edit.occupation': 'Type of work',
  'posting.edit.commune': 'Workplace',
  'posting.edit.headcount': 'Number of people',
  'posting.edit.wage': 'Pay',
  'posting.edit.requirements': 'Requirements',
  'posting.edit.deadline': 'Application deadline',
  'posting.edit.contact': 'Contact',
  'posting.edit.employer': 'Company name',
  'posting.edit.question': 'What would you like to change? Reply with a number, for example: 5',
  'posting.edit.miss': 'Reply with a number from the list, for example: 5 to change the pay.',
  'posting.submitted':
    'Your vacancy is sent to the Employment Service Centre officials for review. Workers see it only after it is approved.',
  'posting.submitted_check':
    'A few words in it need an official to take a closer look before it is published; they may contact you with questions. Thank you for understanding.',
  'posting.next': 'Type /myposts to see your vacancies, /post to post another, 0 for the menu.',
  'posting.cancelled': 'Discarded; nothing was sent. Type /post to start again, 0 for the menu.',
};

export const messages: Messages<typeof vi> = { vi, en };

export const t = translator(messages);
