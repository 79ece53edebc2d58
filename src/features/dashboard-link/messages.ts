import { type Messages, translator } from '../../kernel/i18n/index.ts';

/**
 * The messages of /baocao, the one-time link to the dashboard.
 * Vietnamese is the source of truth and English has exactly its keys; messages that other modules say too stay
 * in the kernel's catalogue (src/kernel/i18n/).
 */
const vi = {
  'dashboard.command': 'Link vào trang báo cáo',
  'menu.dashboard': 'Trang báo cáo',
  'dashboard.link.message':
    '🔗 Đường dẫn mở bảng số liệu của bạn:\n{url}\nDùng được 1 lần, trong {minutes} phút. Bạn đừng chuyển cho người khác nhé.',
  'dashboard.link.failed': 'Chưa tạo được đường dẫn. Bạn gõ /baocao để thử lại nhé.',
} as const;

const en: Messages<typeof vi>['en'] = {
  'dashboard.command': 'Link to the dashboard',
  'menu.dashboard': 'Dashboard',
  // dashboard: /dashboard and the officials' web dashboard
  'dashboard.link.message':
    '🔗 Your link to the figures dashboard:\n{url}\nIt works once, within {minutes} minutes. Please do not pass it on.',
  'dashboard.link.failed': 'The link could not be made. Please send /dashboard to try again.',
};

export const messages: Messages<typeof vi> = { vi, en };

export const t = translator(messages);
