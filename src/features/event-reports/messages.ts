import { type Messages, translator } from '../../kernel/i18n/index.ts';

/** The messages of /phien (an event's report in chat). Vietnamese first; English has exactly its keys. */
const vi = {
  'event_reports.command': 'Báo cáo phiên việc làm',
  'event_reports.none': 'Chưa có phiên việc làm hay buổi họp nào trong địa bàn (30 ngày qua và sắp tới).',
  'event_reports.pick': 'Bạn xem báo cáo phiên nào?',
  'event_reports.question': 'Gõ số phiên, hoặc 0 để về menu.',
  'event_reports.miss': 'Mình chưa rõ bạn chọn phiên nào.',
  'event_reports.gone': 'Không đọc được phiên này. Bạn gõ /phien để chọn lại nhé.',
  'event_reports.heading': '📋 {title}, {date}{place}',
  'event_reports.offer': 'Nhà tuyển dụng: {employers}, vị trí: {vacancies}, chỉ tiêu: {headcount}',
  'event_reports.turnout': 'Đăng ký: {registered}, có mặt: {attended}',
  'event_reports.results': 'Phỏng vấn: {interviewed}, được mời làm: {offered}, được tuyển: {hired}',
  'event_reports.groups': 'Nhóm ưu tiên (đăng ký/có mặt/được tuyển): {groups}',
  'event_reports.groups_none': 'Nhóm ưu tiên: chưa có ai khai.',
  'event_reports.fewer_than_5': 'dưới 5',
} as const;

const en: Messages<typeof vi>['en'] = {
  'event_reports.command': 'Job fair report',
  'event_reports.none': 'No job fair or meeting in your area in the last 30 days or coming up.',
  'event_reports.pick': 'Which event would you like the report of?',
  'event_reports.question': 'Type its number, or 0 for the menu.',
  'event_reports.miss': 'I could not tell which event you chose.',
  'event_reports.gone': 'That event could not be read. Please type /phien to choose again.',
  'event_reports.heading': '📋 {title}, {date}{place}',
  'event_reports.offer': 'Employers: {employers}, vacancies: {vacancies}, headcount: {headcount}',
  'event_reports.turnout': 'Registered: {registered}, attended: {attended}',
  'event_reports.results': 'Interviewed: {interviewed}, offered: {offered}, hired: {hired}',
  'event_reports.groups': 'Priority groups (registered/attended/hired): {groups}',
  'event_reports.groups_none': 'Priority groups: none declared.',
  'event_reports.fewer_than_5': 'under 5',
};

export const messages: Messages<typeof vi> = { vi, en };

export const t = translator(messages);
