import { type Messages, translator } from '../../kernel/i18n/index.ts';

const vi = {
  'menu.events': 'Tạo phiên việc làm',
  'events.command': 'Tạo phiên giao dịch việc làm',
  'events.ask': '{question} (gõ 0 để về menu)',
  'events.not_official': 'Chức năng tạo phiên việc làm dành cho cán bộ trung tâm. Gõ /trogiup để xem các chức năng.',

  'events.kind.text': 'Bạn tạo phiên nào?',
  'events.kind.fair': 'Phiên giao dịch việc làm tại chỗ',
  'events.kind.online': 'Phiên trực tuyến',
  'events.kind.meeting': 'Họp thôn, tổ dân phố',
  'events.kind.question': 'Chọn số',
  'events.kind.miss': 'Xin chọn một số từ 1 đến 3.',
  'events.meeting.after': 'Buổi họp thôn được ghi lại sau khi họp xong: gõ /hopthon để ghi số người dự và nội dung.',

  'events.title.text': 'Tên phiên là gì? Ví dụ: Phiên giao dịch việc làm xã Mèo Vạc tháng 12.',
  'events.title.question': 'Tên phiên?',
  'events.title.miss': 'Tên phiên cần từ {min} đến {max} ký tự.',

  'events.starts.text': 'Phiên bắt đầu lúc nào (giờ Việt Nam)? Ví dụ: "thứ Bảy 8h", "20/12 8:00".',
  'events.starts.question': 'Ngày giờ bắt đầu?',
  'events.starts.invalid': 'Chưa đọc được "{typed}" là ngày giờ.',
  'events.starts.no_time': 'Xin gõ cả giờ bắt đầu, ví dụ "20/12 8:00".',
  'events.starts.past': '{when} đã qua. Xin chọn một thời điểm sắp tới.',
  'events.starts.too_far': 'Chỉ tạo phiên trong vòng {days} ngày tới.',

  'events.commune.text': 'Phiên tổ chức ở xã/phường nào? Ví dụ: {example}.',
  'events.commune.question': 'Xã/phường nơi tổ chức?',
  'events.commune.not_found': 'Chưa tìm thấy nơi nào tên "{typed}".',
  'events.commune.miss': 'Xin gõ tên xã/phường.',
  'events.commune.outside': '{place} nằm ngoài địa bàn của bạn ({area}).',
  'events.commune.in_province': 'Xã/phường nào ở {province}?',
  'events.pick.question': 'Chọn số',
  'events.pick.miss': 'Xin chọn một số trong danh sách.',

  'events.address.text': 'Địa chỉ cụ thể? Ví dụ: Hội trường UBND xã, thôn Tả Chải.',
  'events.address.question': 'Địa chỉ?',
  'events.address.miss': 'Địa chỉ cần từ {min} đến {max} ký tự.',

  'events.link.text': 'Đường dẫn vào phiên trực tuyến (bắt đầu bằng https://)?',
  'events.link.question': 'Đường dẫn?',
  'events.link.miss': 'Đường dẫn cần bắt đầu bằng https:// và không có dấu cách.',

  'events.targets.heading': 'Thông báo phiên này tới người lao động ở đâu?',

  'events.capacity.text': 'Phiên nhận tối đa bao nhiêu người? Gõ một số (ví dụ 200).',
  'events.capacity.unlimited': 'Không giới hạn',
  'events.capacity.question': 'Số chỗ?',
  'events.capacity.miss': 'Xin gõ số chỗ từ {min} đến {max}, hoặc chọn 1 nếu không giới hạn.',

  'events.confirm.heading': 'Xem lại phiên:',
  'events.confirm.capacity': '🪑 Số chỗ: {capacity}',
  'events.confirm.no_capacity': '🪑 Không giới hạn số chỗ',
  'events.confirm.audience': '👥 Thông báo tới {people} người và {chats} nhóm chat ở {where}.',
  'events.confirm.audience_groups': '👥 Thông báo tới {people} người ({groups}) ở {where}.',
  'events.confirm.announce_now': '📣 Thông báo ngay khi tạo.',
  'events.confirm.announce_at': '📣 Thông báo lúc {when}.',
  'events.confirm.create_now': 'Tạo phiên và thông báo ngay',
  'events.confirm.create_at': 'Tạo phiên, thông báo lúc {when}',
  'events.confirm.schedule': 'Hẹn giờ thông báo',
  'events.confirm.cancel': 'Huỷ',
  'events.confirm.question': 'Chọn số',
  'events.confirm.miss': 'Xin chọn một số trong danh sách.',

  'events.announce.text':
    'Thông báo lúc nào? Ví dụ "7:30 mai". Không gửi trong giờ nghỉ {quiet}, và phải trước giờ phiên.',
  'events.announce.question': 'Giờ thông báo?',
  'events.announce.invalid': 'Chưa đọc được giờ thông báo. Ví dụ "7:30 mai".',
  'events.announce.quiet': '{when} là giờ nghỉ ({quiet}). Xin chọn giờ khác.',
  'events.announce.after_start': 'Giờ thông báo phải trước giờ phiên bắt đầu.',

  'events.done.now': '✅ Đã tạo phiên. Thông báo bắt đầu được gửi ngay.',
  'events.done.scheduled': '✅ Đã tạo phiên. Thông báo sẽ gửi lúc {when}.',
  'events.cancelled': 'Đã huỷ, chưa tạo phiên nào.',
  'events.refused': 'Chưa tạo được phiên: nơi tổ chức hoặc nơi nhận thông báo nằm ngoài địa bàn của bạn.',

  'events.card.fair': '🏢 Phiên giao dịch việc làm',
  'events.card.online': '💻 Phiên việc làm trực tuyến',
  'events.card.meeting': '🏘️ Họp thôn về việc làm',
  'events.card.when': '🕗 {when}',
  'events.card.time': '{time}, {weekday} {date}',
  'events.card.where': '📍 {address}, {commune}',
  'events.card.link': '🔗 {url}',
  'events.card.seats_left': '🪑 Còn {seats} chỗ',
  'events.card.full': '🪑 Đã đủ chỗ, đăng ký sẽ vào danh sách chờ',
  'events.weekday.0': 'Chủ nhật',
  'events.weekday.1': 'thứ Hai',
  'events.weekday.2': 'thứ Ba',
  'events.weekday.3': 'thứ Tư',
  'events.weekday.4': 'thứ Năm',
  'events.weekday.5': 'thứ Sáu',
  'events.weekday.6': 'thứ Bảy',

  'events.announcement.heading': '📢 Mời tham gia phiên việc làm',
  'events.announcement.register': 'Đăng ký tham gia',
  'events.announcement.jobs': 'Xem việc tại phiên',
} as const;

/** Exactly vi's keys: a missing or extra one does not compile. */
const en: Messages<typeof vi>['en'] = {
  'menu.events': 'Create a job event',
  'events.command': 'Create a job fair or session',
  'events.ask': '{question} (type 0 for the menu)',
  'events.not_official': 'Creating job events is for centre officials. Type /help to see what you can do.',

  'events.kind.text': 'What kind of event?',
  'events.kind.fair': 'Job fair on site',
  'events.kind.online': 'Online session',
  'events.kind.meeting': 'Village meeting',
  'events.kind.question': 'Choose a number',
  'events.kind.miss': 'Please choose a number from 1 to 3.',
  'events.meeting.after':
    'A village meeting is recorded after it took place: type /hopthon to record attendees and topics.',

  'events.title.text': 'What is the event called? For example: Mèo Vạc job fair, December.',
  'events.title.question': 'Event title?',
  'events.title.miss': 'The title needs {min} to {max} characters.',

  'events.starts.text': 'When does it start (Vietnam time)? For example: "Saturday 8am", "20/12 8:00".',
  'events.starts.question': 'Start date and time?',
  'events.starts.invalid': 'I could not read "{typed}" as a date and time.',
  'events.starts.no_time': 'Please give the start time too, for example "20/12 8:00".',
  'events.starts.past': '{when} has passed. Please choose a time ahead.',
  'events.starts.too_far': 'Events can be created up to {days} days ahead.',

  'events.commune.text': 'In which commune or ward is it held? For example: {example}.',
  'events.commune.question': 'Commune or ward?',
  'events.commune.not_found': 'No place named "{typed}" found.',
  'events.commune.miss': 'Please type the name of the commune or ward.',
  'events.commune.outside': '{place} is outside your area ({area}).',
  'events.commune.in_province': 'Which commune or ward in {province}?',
  'events.pick.question': 'Choose a number',
  'events.pick.miss': 'Please choose a number from the list.',

  'events.address.text': 'The address? For example: Commune People’s Committee hall, Tả Chải village.',
  'events.address.question': 'Address?',
  'events.address.miss': 'The address needs {min} to {max} characters.',

  'events.link.text': 'The link to join the online session (starting with https://)?',
  'events.link.question': 'Link?',
  'events.link.miss': 'The link must start with https:// and have no spaces.',

  'events.targets.heading': 'Where should workers hear about this event?',

  'events.capacity.text': 'How many people can it take at most? Type a number (for example 200).',
  'events.capacity.unlimited': 'No limit',
  'events.capacity.question': 'Seats?',
  'events.capacity.miss': 'Please type a number of seats from {min} to {max}, or choose 1 for no limit.',

  'events.confirm.heading': 'Check the event:',
  'events.confirm.capacity': '🪑 Seats: {capacity}',
  'events.confirm.no_capacity': '🪑 No seat limit',
  'events.confirm.audience': '👥 Announced to {people} people and {chats} group chats in {where}.',
  'events.confirm.audience_groups': '👥 Announced to {people} people ({groups}) in {where}.',
  'events.confirm.announce_now': '📣 Announced as soon as it is created.',
  'events.confirm.announce_at': '📣 Announced at {when}.',
  'events.confirm.create_now': 'Create and announce now',
  'events.confirm.create_at': 'Create, announce at {when}',
  'events.confirm.schedule': 'Choose when to announce',
  'events.confirm.cancel': 'Cancel',
  'events.confirm.question': 'Choose a number',
  'events.confirm.miss': 'Please choose a number from the list.',

  'events.announce.text':
    'When to announce? For example "7:30 tomorrow". Not in the quiet hours {quiet}, and before the event starts.',
  'events.announce.question': 'Announcement time?',
  'events.announce.invalid': 'I could not read the time. For example "7:30 tomorrow".',
  'events.announce.quiet': '{when} is in the quiet hours ({quiet}). Please choose another time.',
  'events.announce.after_start': 'The announcement must go out before the event starts.',

  'events.done.now': '✅ Event created. The announcement starts now.',
  'events.done.scheduled': '✅ Event created. The announcement goes out at {when}.',
  'events.cancelled': 'Cancelled; no event was created.',
  'events.refused': 'The event was not created: its place or its area is outside your area.',

  'events.card.fair': '🏢 Job fair',
  'events.card.online': '💻 Online job session',
  'events.card.meeting': '🏘️ Village meeting on jobs',
  'events.card.when': '🕗 {when}',
  'events.card.time': '{time}, {weekday} {date}',
  'events.card.where': '📍 {address}, {commune}',
  'events.card.link': '🔗 {url}',
  'events.card.seats_left': '🪑 {seats} seats left',
  'events.card.full': '🪑 Full: registering puts you on the waiting list',
  'events.weekday.0': 'Sunday',
  'events.weekday.1': 'Monday',
  'events.weekday.2': 'Tuesday',
  'events.weekday.3': 'Wednesday',
  'events.weekday.4': 'Thursday',
  'events.weekday.5': 'Friday',
  'events.weekday.6': 'Saturday',

  'events.announcement.heading': '📢 You are invited to a job event',
  'events.announcement.register': 'Register to attend',
  'events.announcement.jobs': 'See the jobs there',
};

export const messages: Messages<typeof vi> = { vi, en };

export const t = translator(messages);
