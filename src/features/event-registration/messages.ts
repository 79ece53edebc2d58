import { type Messages, translator } from '../../kernel/i18n/index.ts';

/** What a worker reads when they register for an event, hold a ticket, wait for a seat or are reminded. */
const vi = {
  'eventreg.gone': 'Không tìm thấy phiên này. Có thể phiên đã bị huỷ.',
  'eventreg.closed': 'Phiên «{title}» không còn nhận đăng ký.',
  'eventreg.card.free': 'Tham gia miễn phí. Không nộp bất kỳ khoản phí nào.',
  'eventreg.pick': 'Bạn muốn phỏng vấn việc nào? (chọn tối đa 3, hoặc chọn «Bỏ qua»)',
  'eventreg.pick_consent':
    'Khi chọn việc, bạn đồng ý để mình gửi họ tên và số điện thoại của bạn cho các nhà tuyển dụng đó.',
  'eventreg.pick_prompt': 'Trả lời bằng số, ví dụ: 1 3',
  'eventreg.pick_miss': 'Mình chưa hiểu. Chọn tối đa 3 việc bằng số, ví dụ: 1 3, hoặc chọn «Bỏ qua».',
  'eventreg.pick_item': '{title} — {employer}',
  'eventreg.skip': 'Bỏ qua, chỉ đăng ký tham gia',
  'eventreg.name_question': 'Nhà tuyển dụng cần biết tên bạn. Họ tên của bạn là gì?',
  'eventreg.name_miss': 'Bạn vui lòng gõ họ tên, ví dụ: Nguyễn Thị Lan.',
  'eventreg.phone_question': 'Số điện thoại của bạn là gì? (ví dụ: 0912 345 678)',
  'eventreg.phone_miss': 'Số này chưa đúng. Bạn gõ lại số di động, ví dụ: 0912 345 678.',
  'eventreg.ticket': '🎫 Vé của bạn: {code}',
  'eventreg.ticket_again': 'Bạn đã đăng ký rồi. 🎫 Vé của bạn: {code}',
  'eventreg.ticket_show': 'Đưa mã này cho cán bộ ở cửa.',
  'eventreg.waiting':
    'Phiên đã đủ chỗ. Bạn ở danh sách chờ, thứ {place}. Mã của bạn: {code}. Khi có chỗ, mình sẽ báo ngay.',
  'eventreg.interviews': 'Phỏng vấn: {titles}',
  'eventreg.cancel': 'Không đến được',
  'eventreg.cancelled': 'Đã huỷ vé {code} cho «{title}». Cảm ơn bạn đã báo.',
  'eventreg.cancel_none': 'Không tìm thấy vé này, hoặc vé đã được huỷ.',
  'eventreg.register': 'Đăng ký tham gia',
  'eventreg.register_again': 'Đăng ký lại',
  'eventreg.jobs_heading': 'Việc tuyển tại «{title}»:',
  'eventreg.jobs_none': 'Chưa có việc nào được đăng cho phiên này.',
  'eventreg.remind_evening': '⏰ Nhắc lịch: ngày mai bạn tham gia «{title}».',
  'eventreg.remind_soon': '⏰ Khoảng 2 giờ nữa là đến «{title}».',
  'eventreg.moved_up': '🎉 Tin vui: đã có chỗ cho bạn ở «{title}»!',
  'eventreg.reply_prompt': 'Trả lời bằng một số, ví dụ: 1',
} as const;

/** Exactly vi's keys. */
const en: Messages<typeof vi>['en'] = {
  'eventreg.gone': 'This session was not found. It may have been cancelled.',
  'eventreg.closed': 'The session «{title}» no longer takes registrations.',
  'eventreg.card.free': 'Free to attend. Never pay any fee.',
  'eventreg.pick': 'Which jobs would you like an interview for? (up to 3, or choose «Skip»)',
  'eventreg.pick_consent': 'By choosing a job you agree that we send your name and phone number to those employers.',
  'eventreg.pick_prompt': 'Reply with numbers, e.g. 1 3',
  'eventreg.pick_miss': 'Sorry, I did not understand. Choose up to 3 jobs by number, e.g. 1 3, or choose «Skip».',
  'eventreg.pick_item': '{title} — {employer}',
  'eventreg.skip': 'Skip, just register',
  'eventreg.name_question': 'Employers need your name. What is your full name?',
  'eventreg.name_miss': 'Please type your full name, e.g. Nguyen Thi Lan.',
  'eventreg.phone_question': 'What is your phone number? (e.g. 0912 345 678)',
  'eventreg.phone_miss': 'That number does not look right. Please type your mobile number, e.g. 0912 345 678.',
  'eventreg.ticket': '🎫 Your ticket: {code}',
  'eventreg.ticket_again': 'You are already registered. 🎫 Your ticket: {code}',
  'eventreg.ticket_show': 'Show this code to the staff at the door.',
  'eventreg.waiting':
    'The session is full. You are number {place} on the waiting list. Your code: {code}. We will tell you when a seat frees.',
  'eventreg.interviews': 'Interviews: {titles}',
  'eventreg.cancel': 'I cannot come',
  'eventreg.cancelled': 'Ticket {code} for «{title}» is cancelled. Thank you for letting us know.',
  'eventreg.cancel_none': 'This ticket was not found, or it is already cancelled.',
  'eventreg.register': 'Register to attend',
  'eventreg.register_again': 'Register again',
  'eventreg.jobs_heading': 'Jobs at «{title}»:',
  'eventreg.jobs_none': 'No jobs have been posted for this session yet.',
  'eventreg.remind_evening': '⏰ Reminder: tomorrow you attend «{title}».',
  'eventreg.remind_soon': '⏰ «{title}» starts in about 2 hours.',
  'eventreg.moved_up': '🎉 Good news: a seat is free for you at «{title}»!',
  'eventreg.reply_prompt': 'Reply with a number, e.g. 1',
};

export const messages: Messages<typeof vi> = { vi, en };

export const t = translator(messages);
