import { type Messages, translator } from '../../kernel/i18n/index.ts';

/** /dangkhoahoc: a training provider (or an official for one) posts a course for review. */
const vi = {
  'menu.course_posting': 'Đăng khoá học nghề',
  'course_posting.command': 'Đăng khoá học nghề',
  'course_posting.ask': '{question} (gõ 0 để về menu)',
  'course_posting.not_allowed':
    'Chức năng đăng khoá học dành cho cơ sở đào tạo và cán bộ. Xin liên hệ trung tâm dịch vụ việc làm để được cấp mã.',
  'course_posting.intro': 'Mình giúp bạn đăng khoá học nghề, cán bộ duyệt rồi mới gửi tới người lao động.',
  'course_posting.number_miss': 'Xin chọn một số trong danh sách.',
  'course_posting.skip': 'Bỏ qua',

  'course_posting.provider.text': 'Tên cơ sở đào tạo là gì? Ví dụ: Trường Trung cấp nghề Thái Nguyên.',
  'course_posting.provider.official_text':
    'Bạn đăng khoá học cho cơ sở đào tạo nào? Gõ tên cơ sở (tên đã có sẽ được dùng lại).',
  'course_posting.provider.question': 'Tên cơ sở đào tạo?',
  'course_posting.provider.miss': 'Tên cơ sở cần từ {min} đến {max} ký tự.',

  'course_posting.title.text': 'Tên khoá học là gì? Ví dụ: May công nghiệp.',
  'course_posting.title.question': 'Tên khoá học?',
  'course_posting.title.miss': 'Tên khoá học cần từ {min} đến {max} ký tự.',

  'course_posting.occ.text': 'Khoá "{title}" dạy nghề thuộc nhóm nào?',
  'course_posting.occ.question': 'Bạn chọn số nào, hoặc gõ tên nghề?',

  'course_posting.level.text': 'Trình độ đào tạo là gì?',
  'course_posting.level.question': 'Chọn số',

  'course_posting.place.text': 'Học ở xã/phường nào? Gõ tên xã/phường, ví dụ: {example}. Học qua mạng thì chọn 1.',
  'course_posting.place.in_province': 'Học ở xã/phường nào của {province}?',
  'course_posting.place.online': 'Học trực tuyến',
  'course_posting.place.question': 'Xã/phường nơi học?',
  'course_posting.place.miss': 'Xin gõ tên xã/phường, hoặc chọn 1 nếu học trực tuyến.',
  'course_posting.place.not_found': 'Chưa tìm thấy nơi nào tên "{typed}".',
  'course_posting.place.outside': '{place} nằm ngoài địa bàn của bạn ({area}).',
  'course_posting.pick.question': 'Chọn số',
  'course_posting.pick.miss': 'Xin chọn một số trong danh sách.',

  'course_posting.address.text': 'Địa chỉ lớp học (số nhà, thôn/tổ, tên trường…)?',
  'course_posting.address.question': 'Địa chỉ?',
  'course_posting.address.miss': 'Địa chỉ cần từ {min} đến {max} ký tự.',

  'course_posting.starts.text': 'Ngày khai giảng? Ví dụ: 15/01 hoặc 15/01/2027.',
  'course_posting.starts.question': 'Ngày khai giảng?',
  'course_posting.starts.invalid': 'Chưa đọc được "{typed}" là ngày. Ví dụ: 15/01/2027.',
  'course_posting.starts.past': 'Ngày {date} đã qua hoặc là hôm nay. Xin chọn một ngày sắp tới.',
  'course_posting.starts.too_far': 'Ngày {date} xa quá. Chỉ đăng khoá khai giảng trong vòng một năm.',

  'course_posting.duration.text': 'Khoá học kéo dài bao lâu? Ví dụ: 3 tháng, 6 tuần, 45 ngày.',
  'course_posting.duration.question': 'Thời gian học?',
  'course_posting.duration.miss': 'Xin gõ số kèm đơn vị, ví dụ: 3 tháng, 6 tuần, 45 ngày.',
  'course_posting.duration.out_of_range': 'Thời gian học cần từ 1 ngày đến 4 năm.',

  'course_posting.schedule.text': 'Học vào lúc nào?',
  'course_posting.schedule.question': 'Chọn số',

  'course_posting.seats.text': 'Khoá nhận bao nhiêu học viên? Gõ một số, hoặc chọn 1 nếu không giới hạn.',
  'course_posting.seats.unlimited': 'Không giới hạn',
  'course_posting.seats.question': 'Số chỗ?',
  'course_posting.seats.miss': 'Xin gõ một số, ví dụ: 30.',
  'course_posting.seats.out_of_range': 'Số chỗ cần từ {min} đến {max}.',

  'course_posting.fee.text': 'Học phí bao nhiêu? Ví dụ: 2,5 triệu; 2.500.000. Miễn phí thì chọn 1.',
  'course_posting.fee.free': 'Miễn phí',
  'course_posting.fee.question': 'Học phí?',
  'course_posting.fee.miss': 'Chưa đọc được học phí. Ví dụ: 2,5 triệu, hoặc chọn 1 nếu miễn phí.',
  'course_posting.fee.foreign': 'Xin ghi học phí bằng tiền đồng, ví dụ: 2,5 triệu.',
  'course_posting.fee.too_high': 'Số tiền này lớn quá. Xin gõ lại, ví dụ: 2,5 triệu.',

  'course_posting.support.text': 'Người học được hỗ trợ gì (tiền ăn, đi lại, ở…)? Gõ ngắn gọn, hoặc chọn 1 để bỏ qua.',
  'course_posting.support.question': 'Hỗ trợ?',
  'course_posting.support.miss': 'Phần hỗ trợ cần từ {min} đến {max} ký tự, hoặc chọn 1 để bỏ qua.',

  'course_posting.priority.text':
    'Người thuộc diện ưu tiên (hộ nghèo, cận nghèo, dân tộc thiểu số…) có được hỗ trợ thêm không? ' +
    'Gõ số tiền, ví dụ: 3 triệu.',
  'course_posting.priority.yes': 'Có, không ghi số tiền',
  'course_posting.priority.no': 'Không / bỏ qua',
  'course_posting.priority.question': 'Số tiền hoặc chọn số?',
  'course_posting.priority.miss': 'Chưa đọc được số tiền. Ví dụ: 3 triệu, hoặc chọn 1 hay 2.',

  'course_posting.contact.text': 'Người học liên hệ ai (tên, số điện thoại)? Hoặc chọn 1 để bỏ qua.',
  'course_posting.contact.question': 'Liên hệ?',
  'course_posting.contact.miss': 'Phần liên hệ cần từ {min} đến {max} ký tự, hoặc chọn 1 để bỏ qua.',

  'course_posting.preview.heading': 'Xem lại khoá học:',
  'course_posting.preview.submit': 'Gửi duyệt',
  'course_posting.preview.edit': 'Sửa',
  'course_posting.preview.cancel': 'Huỷ',
  'course_posting.preview.question': 'Bạn chọn số nào? Gõ 1 để gửi duyệt',

  'course_posting.edit.text': 'Chọn phần cần sửa, mình sẽ hỏi lại phần đó rồi cho bạn xem lại.',
  'course_posting.edit.question': 'Chọn số',
  'course_posting.edit.provider': 'Tên cơ sở',
  'course_posting.edit.title': 'Tên khoá học',
  'course_posting.edit.occupation': 'Nhóm nghề',
  'course_posting.edit.level': 'Trình độ',
  'course_posting.edit.place': 'Nơi học',
  'course_posting.edit.starts': 'Ngày khai giảng',
  'course_posting.edit.duration': 'Thời gian học',
  'course_posting.edit.schedule': 'Giờ học',
  'course_posting.edit.seats': 'Số chỗ',
  'course_posting.edit.fee': 'Học phí',
  'course_posting.edit.support': 'Hỗ trợ',
  'course_posting.edit.priority': 'Hỗ trợ diện ưu tiên',
  'course_posting.edit.contact': 'Liên hệ',

  'course_posting.submitted': 'Đã gửi khoá học cho cán bộ duyệt. Khi được duyệt, khoá học sẽ gửi tới người phù hợp.',
  'course_posting.cancelled': 'Đã huỷ, khoá học không được gửi đi. Gõ /dangkhoahoc để đăng lại, 0 để về menu.',
  'course_posting.name_taken':
    'Tên cơ sở "{name}" đã có trên hệ thống. Xin liên hệ cán bộ trung tâm để được gắn với cơ sở này.',
  'course_posting.outside': 'Nơi học nằm ngoài địa bàn của bạn, khoá học chưa được gửi.',
} as const;

/** Exactly vi's keys: a missing or extra one does not compile. */
const en: Messages<typeof vi>['en'] = {
  'menu.course_posting': 'Post a vocational course',
  'course_posting.command': 'Post a vocational course',
  'course_posting.ask': '{question} (type 0 for the menu)',
  'course_posting.not_allowed':
    'Posting courses is for training providers and officials. Please ask the employment centre for an invite code.',
  'course_posting.intro': 'I will help you post a course; an official reviews it before workers see it.',
  'course_posting.number_miss': 'Please choose a number from the list.',
  'course_posting.skip': 'Skip',

  'course_posting.provider.text': 'What is the name of your school or training centre?',
  'course_posting.provider.official_text':
    'Which training provider is the course for? Type its name (a name already known is reused).',
  'course_posting.provider.question': "Provider's name?",
  'course_posting.provider.miss': 'The name needs {min} to {max} characters.',

  'course_posting.title.text': 'What is the course called? For example: Industrial sewing.',
  'course_posting.title.question': 'Course name?',
  'course_posting.title.miss': 'The course name needs {min} to {max} characters.',

  'course_posting.occ.text': 'Which trade does "{title}" teach?',
  'course_posting.occ.question': 'Which number, or type the trade?',

  'course_posting.level.text': 'What level is the course?',
  'course_posting.level.question': 'Choose a number',

  'course_posting.place.text': 'In which commune or ward is it taught? For example: {example}. Online: choose 1.',
  'course_posting.place.in_province': 'Which commune or ward in {province}?',
  'course_posting.place.online': 'Online',
  'course_posting.place.question': 'Commune or ward?',
  'course_posting.place.miss': 'Please type the commune or ward, or choose 1 if it is online.',
  'course_posting.place.not_found': 'I found no place called "{typed}".',
  'course_posting.place.outside': '{place} is outside your area ({area}).',
  'course_posting.pick.question': 'Choose a number',
  'course_posting.pick.miss': 'Please choose a number from the list.',

  'course_posting.address.text': "The class's address (house number, village, school name…)?",
  'course_posting.address.question': 'Address?',
  'course_posting.address.miss': 'The address needs {min} to {max} characters.',

  'course_posting.starts.text': 'When does it start? For example: 15/01 or 15/01/2027.',
  'course_posting.starts.question': 'Start date?',
  'course_posting.starts.invalid': 'I could not read "{typed}" as a date. For example: 15/01/2027.',
  'course_posting.starts.past': '{date} is today or has passed. Please choose a day ahead.',
  'course_posting.starts.too_far': '{date} is too far ahead. Courses starting within a year only.',

  'course_posting.duration.text': 'How long is the course? For example: 3 months, 6 weeks, 45 days.',
  'course_posting.duration.question': 'Length?',
  'course_posting.duration.miss': 'Please type a number and a unit, for example: 3 months, 6 weeks, 45 days.',
  'course_posting.duration.out_of_range': 'The length must be between 1 day and 4 years.',

  'course_posting.schedule.text': 'When are the classes?',
  'course_posting.schedule.question': 'Choose a number',

  'course_posting.seats.text': 'How many learners can it take? Type a number, or choose 1 for no limit.',
  'course_posting.seats.unlimited': 'No limit',
  'course_posting.seats.question': 'Places?',
  'course_posting.seats.miss': 'Please type a number, for example: 30.',
  'course_posting.seats.out_of_range': 'Places must be between {min} and {max}.',

  'course_posting.fee.text': 'What is the fee? For example: 2.5 million; 2,500,000. Free: choose 1.',
  'course_posting.fee.free': 'Free',
  'course_posting.fee.question': 'Fee?',
  'course_posting.fee.miss': 'I could not read the fee. For example: 2.5 million, or choose 1 if it is free.',
  'course_posting.fee.foreign': 'Please give the fee in dong, for example: 2.5 million.',
  'course_posting.fee.too_high': 'That amount is too high. Please type it again, for example: 2.5 million.',

  'course_posting.support.text':
    'What support do learners get (meals, travel, lodging…)? Briefly, or choose 1 to skip.',
  'course_posting.support.question': 'Support?',
  'course_posting.support.miss': 'Support needs {min} to {max} characters, or choose 1 to skip.',

  'course_posting.priority.text':
    'Do priority groups (poor and near-poor households, ethnic minorities…) get extra support? ' +
    'Type the amount, e.g. 3 million.',
  'course_posting.priority.yes': 'Yes, no amount given',
  'course_posting.priority.no': 'No / skip',
  'course_posting.priority.question': 'Amount, or a number?',
  'course_posting.priority.miss': 'I could not read the amount. For example: 3 million, or choose 1 or 2.',

  'course_posting.contact.text': 'Who do learners contact (name, phone)? Or choose 1 to skip.',
  'course_posting.contact.question': 'Contact?',
  'course_posting.contact.miss': 'The contact needs {min} to {max} characters, or choose 1 to skip.',

  'course_posting.preview.heading': 'Your course:',
  'course_posting.preview.submit': 'Send for review',
  'course_posting.preview.edit': 'Edit',
  'course_posting.preview.cancel': 'Cancel',
  'course_posting.preview.question': 'Which number? Type 1 to send it for review',

  'course_posting.edit.text': 'Choose what to change; I will ask it again and show you the course.',
  'course_posting.edit.question': 'Choose a number',
  'course_posting.edit.provider': "Provider's name",
  'course_posting.edit.title': 'Course name',
  'course_posting.edit.occupation': 'Trade',
  'course_posting.edit.level': 'Level',
  'course_posting.edit.place': 'Place',
  'course_posting.edit.starts': 'Start date',
  'course_posting.edit.duration': 'Length',
  'course_posting.edit.schedule': 'Class times',
  'course_posting.edit.seats': 'Places',
  'course_posting.edit.fee': 'Fee',
  'course_posting.edit.support': 'Support',
  'course_posting.edit.priority': 'Priority-group support',
  'course_posting.edit.contact': 'Contact',

  'course_posting.submitted': 'Sent to the officials for review. Once approved, it goes to the people it suits.',
  'course_posting.cancelled': 'Cancelled; the course was not sent. Type /dangkhoahoc to post again, 0 for the menu.',
  'course_posting.name_taken':
    'A provider named "{name}" is already known. Please ask the employment centre to link you to it.',
  'course_posting.outside': 'The place is outside your area; the course was not sent.',
};

export const messages: Messages<typeof vi> = { vi, en };

export const t = translator(messages);
