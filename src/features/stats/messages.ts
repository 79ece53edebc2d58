import { type Messages, translator } from '../../kernel/i18n/index.ts';

/**
 * The messages of /thongke, the funnel for an official's area.
 * Vietnamese is the source of truth and English has exactly its keys; messages that other modules say too stay
 * in the kernel's catalogue (src/kernel/i18n/).
 */
const vi = {
  'stats.command': 'Số liệu của địa bàn',
  'menu.stats': 'Số liệu',
  'stats.fewer_than_5': 'dưới 5',
  'stats.period_heading': '📊 Số liệu địa bàn {area}, {period}:',
  'stats.period.month': 'tháng {month}/{year}',
  'stats.period.year': 'năm {year}',
  'stats.period.range': 'từ {from} đến {to}',
  'stats.approved_in_period': 'Tin được duyệt: {vacancies}, cần tuyển {headcount} người',
  'stats.interested': 'Người bấm "Quan tâm": {count}',
  'stats.choice.this_month': 'Tháng này',
  'stats.choice.last_month': 'Tháng trước',
  'stats.choice.this_year': 'Năm nay',
  'stats.choice.custom': 'Chọn khoảng ngày',
  'stats.question': 'Xem kỳ khác? Gõ số, hoặc 0 để về menu.',
  'stats.miss': 'Bạn gõ số từ 1 đến 4, hoặc gõ kỳ cần xem, ví dụ: thang truoc, 2026, 01/01/2026 - 31/03/2026',
  'stats.range_text': 'Bạn gõ khoảng ngày cần xem, ví dụ: 01/01/2026 - 31/03/2026',
  'stats.range_question': 'Từ ngày nào đến ngày nào? (gõ 0 để về menu)',
  'stats.range_miss': 'Mình chưa đọc được khoảng ngày. Bạn gõ theo mẫu: 01/01/2026 - 31/03/2026',
  'stats.unread': 'Mình chưa hiểu "{typed}", nên gửi số liệu tháng này.',
  'stats.no_figures': 'Chưa lấy được số liệu. Bạn gõ /thongke để thử lại nhé.',
  'stats.funnel.registered': 'Người đăng ký mới: {count} (tổng đến cuối kỳ: {total})',
  'stats.funnel.counselled': 'Được tư vấn: {count}',
  'stats.funnel.alerts': 'Tin việc đã gửi tới người lao động: {count}',
  'stats.funnel.introduced': 'Được giới thiệu việc làm: {count}',
  'stats.funnel.hired': 'Kết nối thành công: {count}',
  'stats.funnel.broadcasts': 'Thông báo đã phát: {broadcasts}, tới {reach} lượt người nhận',
  'stats.funnel.events': 'Phiên việc làm, họp thôn: {events}, người tham dự: {attendees}',
  'stats.funnel.training':
    'Học nghề: muốn học {wanted}, đăng ký {signedUp}, nhập học {enrolled}, hoàn thành {completed}, làm đúng nghề {inTrade}',
  'stats.pending_now': 'Tin đang chờ duyệt: {pending}',
} as const;

const en: Messages<typeof vi>['en'] = {
  'stats.command': 'Figures for your area',
  'menu.stats': 'Figures',
  // stats
  'stats.fewer_than_5': 'fewer than 5',
  'stats.period_heading': '📊 Figures for area {area}, {period}:',
  'stats.period.month': 'month {month}/{year}',
  'stats.period.year': 'year {year}',
  'stats.period.range': 'from {from} to {to}',
  'stats.approved_in_period': 'Vacancies approved: {vacancies}, for {headcount} people',
  'stats.interested': 'People who pressed "Interested": {count}',
  'stats.choice.this_month': 'This month',
  'stats.choice.last_month': 'Last month',
  'stats.choice.this_year': 'This year',
  'stats.choice.custom': 'Choose dates',
  'stats.question': 'Another period? Type a number, or 0 for the menu.',
  'stats.miss': 'Type a number from 1 to 4, or the period, for example: last month, 2026, 01/01/2026 - 31/03/2026',
  'stats.range_text': 'Type the dates you want, for example: 01/01/2026 - 31/03/2026',
  'stats.range_question': 'From which day to which day? (type 0 for the menu)',
  'stats.range_miss': 'I could not read those dates. Please type them like this: 01/01/2026 - 31/03/2026',
  'stats.unread': 'I did not understand "{typed}", so here is this month.',
  'stats.no_figures': 'The figures could not be read. Please type /stats to try again.',
  'stats.funnel.registered': 'New registrations: {count} (total at period end: {total})',
  'stats.funnel.counselled': 'Counselled: {count}',
  'stats.funnel.alerts': 'Job alerts delivered to workers: {count}',
  'stats.funnel.introduced': 'Introduced to a job: {count}',
  'stats.funnel.hired': 'Successfully connected: {count}',
  'stats.funnel.broadcasts': 'Broadcasts sent: {broadcasts}, reaching {reach} recipients',
  'stats.funnel.events': 'Job fairs and village meetings: {events}, attendees: {attendees}',
  'stats.funnel.training':
    'Training: wanting it {wanted}, signed up {signedUp}, enrolled {enrolled}, completed {completed}, in the trade {inTrade}',
  'stats.pending_now': 'Vacancies waiting for review: {pending}',
};

export const messages: Messages<typeof vi> = { vi, en };

export const t = translator(messages);
