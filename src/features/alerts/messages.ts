import { type Messages, translator } from '../../kernel/i18n/index.ts';

/**
 * The messages of /theodoi (the person's alerts and profile), the vacancy alerts and the daily digest.
 * Vietnamese is the source of truth and English has exactly its keys; messages that other modules say too stay
 * in the kernel's catalogue (src/kernel/i18n/).
 */
const vi = {
  'alerts.command': 'Xem, sửa tin bạn nhận, tạm dừng',
  'alerts.none': 'Bạn chưa đăng ký nhận tin việc làm.',
  'alerts.edit': 'Sửa thông tin',
  'alerts.pause': 'Tạm dừng nhận tin',
  'alerts.resume': 'Nhận tin trở lại',
  'alerts.register': 'Đăng ký ngay',
  'alerts.back': 'Về menu',
  'alerts.question': 'Bạn muốn làm gì? (gõ 0 để về menu)',
  'alerts.paused_done': 'Đã tạm dừng. Khi muốn nhận lại, gõ /theodoi rồi chọn "Nhận tin trở lại".',
  'alerts.resumed_done': 'Bạn sẽ nhận tin việc làm trở lại. Tin không bao giờ gửi ban đêm.',
  'alerts.miss': 'Bạn trả lời bằng một số trong danh sách, ví dụ: 1',
  'alerts.fields.text': 'Bạn muốn sửa mục nào?',
  'alerts.fields.question': 'Trả lời bằng một số, ví dụ: 1 (gõ 0 để về menu)',
  'alerts.field.commune': 'Xã/phường',
  'alerts.field.occupations': 'Nghề',
  'alerts.field.reach': 'Nơi có thể đi làm',
  'alerts.field.frequency': 'Cách nhận tin',
  'alerts.field.name': 'Tên',
  'alerts.field.phone': 'Số điện thoại',
  'alerts.field.priority': 'Diện ưu tiên',
  'alerts.field.back': 'Quay lại',
  'alerts.saved': '✅ Đã lưu thay đổi.',
  'alerts.priority.manage_text':
    'Bạn đã đồng ý cho lưu diện ưu tiên. Thông tin này không bao giờ gửi cho nhà tuyển dụng.',
  'alerts.priority.current': 'Đang lưu: {groups}.',
  'alerts.priority.current_none': 'Chưa khai nhóm nào.',
  'alerts.priority.redo': 'Khai lại',
  'alerts.priority.withdraw': 'Rút lại đồng ý, xoá thông tin này',
  'alerts.priority.keep': 'Giữ nguyên',
  'alerts.priority.withdrawn': '✅ Đã rút lại đồng ý và xoá diện ưu tiên của bạn.',
  // the optional wage floor in /theodoi (src/features/alerts-wage-floor.ts, src/kernel/wage/floor.ts)
  'alerts.field.wage_floor': 'Lương tối thiểu',
  'alerts.field.training': 'Nghề muốn học',
  'alerts.wage_floor.text':
    '💰 Mỗi tháng bạn muốn nhận lương ít nhất bao nhiêu? Ví dụ: 5 triệu\nViệc ghi rõ lương thấp hơn sẽ không gửi cho bạn; việc không ghi rõ lương tháng vẫn gửi.',
  'alerts.wage_floor.current': 'Đang lưu: từ {amount}.',
  'alerts.wage_floor.keep': 'Giữ nguyên',
  'alerts.wage_floor.clear': 'Bỏ mức lương tối thiểu',
  'alerts.wage_floor.none': 'Không đặt mức lương',
  'alerts.wage_floor.question': 'Gõ số tiền, hoặc chọn một số. (gõ 0 để về menu)',
  'alerts.wage_floor.saved': '✅ Đã lưu lương tối thiểu: {amount}.',
  'alerts.wage_floor.cleared': '✅ Đã bỏ mức lương tối thiểu.',
  'alerts.wage_floor.unreadable':
    'Mình chưa đọc được số tiền. Bạn gõ lương một tháng nhé, ví dụ: 5 triệu hoặc 4.500.000',
  'alerts.wage_floor.not_monthly':
    'Mình chỉ so theo lương tháng (việc trả theo ngày, theo giờ vẫn gửi cho bạn). Bạn gõ lương một tháng nhé, ví dụ: 5 triệu',
  'alerts.wage_floor.foreign_currency':
    'Mình chỉ so lương bằng tiền đồng. Bạn gõ lương một tháng bằng tiền đồng nhé, ví dụ: 5 triệu',
  'alerts.wage_floor.too_high':
    '{amount} cao hơn nhiều so với thường lệ, có thể gõ nhầm. Bạn gõ lại nhé, ví dụ: 5 triệu',
  'alerts.field.sex': 'Giới tính',
  'alerts.sex.text': 'Giới tính của bạn? Không bắt buộc; chỉ dùng để thống kê, không gửi cho nhà tuyển dụng.',
  'alerts.sex.current': 'Đang lưu: {sex}.',
  'alerts.sex.female': 'Nữ',
  'alerts.sex.male': 'Nam',
  'alerts.sex.none': 'Không muốn trả lời',
  'alerts.sex.cleared': '✅ Đã xoá thông tin giới tính.',
  'alerts.training.current': 'Đang lưu: {trades}.',
  'alerts.training.cleared': '✅ Đã bỏ nghề muốn học.',
  'schedule.digest.heading': '🔔 Việc mới hợp với bạn hôm nay',
  'schedule.digest.more': 'Còn {count} việc nữa — gõ /timviec để xem.',
  'schedule.digest.open_search': 'Xem tất cả việc hợp với bạn',
  'schedule.digest.prompt': 'Gõ 1 để xem chi tiết từng việc.',
  // delivery: vacancy alerts and broadcasts sent from the delivery queues (src/messaging/delivery/)
  'delivery.vacancy.heading': '🔔 Việc mới gần bạn',
  'delivery.vacancy.interested': 'Quan tâm',
  'delivery.vacancy.not_suitable': 'Không phù hợp',
  'delivery.vacancy.report': 'Báo lừa đảo',
  'delivery.vacancy.group_hint': 'Nhắn riêng cho bot để quan tâm.',
} as const;

const en: Messages<typeof vi>['en'] = {
  'alerts.command': 'See or change your alerts, pause them',
  // alerts
  'alerts.none': 'You have not signed up for job alerts yet.',
  'alerts.edit': 'Change my details',
  'alerts.pause': 'Pause alerts',
  'alerts.resume': 'Resume alerts',
  'alerts.register': 'Sign up now',
  'alerts.back': 'Back to the menu',
  'alerts.question': 'What would you like to do? (type 0 for the menu)',
  'alerts.paused_done': 'Paused. To receive alerts again, type /alerts and choose "Resume alerts".',
  'alerts.resumed_done': 'You will receive job alerts again. They never arrive at night.',
  'alerts.miss': 'Please answer with a number from the list, for example: 1',
  'alerts.fields.text': 'What would you like to change?',
  'alerts.fields.question': 'Answer with a number, for example: 1 (type 0 for the menu)',
  'alerts.field.commune': 'Commune/ward',
  'alerts.field.occupations': 'Trades',
  'alerts.field.reach': 'Where I can work',
  'alerts.field.frequency': 'How I get alerts',
  'alerts.field.name': 'Name',
  'alerts.field.phone': 'Phone number',
  'alerts.field.priority': 'Priority status',
  'alerts.field.back': 'Back',
  'alerts.saved': '✅ Changes saved.',
  'alerts.priority.manage_text': 'You agreed that I keep your priority status. It is never given to employers.',
  'alerts.priority.current': 'Saved: {groups}.',
  'alerts.priority.current_none': 'No group declared.',
  'alerts.priority.redo': 'Declare again',
  'alerts.priority.withdraw': 'Withdraw consent, delete this',
  'alerts.priority.keep': 'Keep as it is',
  'alerts.priority.withdrawn': '✅ Consent withdrawn; your priority status is deleted.',
  // the optional wage floor in /theodoi
  'alerts.field.wage_floor': 'Lowest pay',
  'alerts.field.training': 'Trades to learn',
  'alerts.wage_floor.text':
    '💰 What is the least you want to earn a month? For example: 5 million\nJobs that state lower pay will not be sent to you; jobs that state no monthly pay still will.',
  'alerts.wage_floor.current': 'Saved now: from {amount}.',
  'alerts.wage_floor.keep': 'Keep as it is',
  'alerts.wage_floor.clear': 'Remove my lowest pay',
  'alerts.wage_floor.none': 'No lowest pay',
  'alerts.wage_floor.question': 'Type an amount, or choose a number. (type 0 for the menu)',
  'alerts.wage_floor.saved': '✅ Lowest pay saved: {amount}.',
  'alerts.wage_floor.cleared': '✅ Lowest pay removed.',
  'alerts.wage_floor.unreadable':
    'I could not read an amount. Please type the pay for a month, for example: 5 million or 4.500.000',
  'alerts.wage_floor.not_monthly':
    'I compare monthly pay only (jobs paid by the day or hour are still sent to you). Please type the pay for a month, for example: 5 million',
  'alerts.wage_floor.foreign_currency':
    'I compare pay in Vietnamese đồng only. Please type the pay for a month in đồng, for example: 5 million',
  'alerts.wage_floor.too_high':
    '{amount} is far above the usual; perhaps a typo. Please type it again, for example: 5 million',
  'alerts.field.sex': 'Sex',
  'alerts.sex.text': 'Your sex? Optional; used only for statistics, never sent to employers.',
  'alerts.sex.current': 'Saved now: {sex}.',
  'alerts.sex.female': 'Female',
  'alerts.sex.male': 'Male',
  'alerts.sex.none': 'Prefer not to say',
  'alerts.sex.cleared': '✅ Your sex is no longer stored.',
  'alerts.training.current': 'Saved now: {trades}.',
  'alerts.training.cleared': '✅ No trades to learn are stored now.',
  // schedule
  'schedule.digest.heading': '🔔 New jobs for you today',
  'schedule.digest.more': '{count} more — type /jobs to see them.',
  'schedule.digest.open_search': 'See all jobs that fit you',
  'schedule.digest.prompt': 'Type 1 to see each job in detail.',
  // delivery: vacancy alerts and broadcasts sent from the delivery queues (src/messaging/delivery/)
  'delivery.vacancy.heading': '🔔 A new job near you',
  'delivery.vacancy.interested': 'Interested',
  'delivery.vacancy.not_suitable': 'Not for me',
  'delivery.vacancy.report': 'Report a scam',
  'delivery.vacancy.group_hint': 'Message the bot privately to say you are interested.',
};

export const messages: Messages<typeof vi> = { vi, en };

export const t = translator(messages);
