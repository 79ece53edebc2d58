import { type Messages, translator } from '../../kernel/i18n/index.ts';

/**
 * The messages of /xoa, deleting the person's data.
 * Vietnamese is the source of truth and English has exactly its keys; messages that other modules say too stay
 * in the kernel's catalogue (src/kernel/i18n/).
 */
const vi = {
  'erase.command': 'Xoá thông tin của bạn',
  'erase.text':
    'Bạn muốn xoá toàn bộ thông tin của mình (tên, số điện thoại, năm sinh, xã, nghề)?\nSau khi xoá, mình không gửi tin nào nữa. Việc này không hoàn tác được.',
  'erase.yes': 'Xoá hết',
  'erase.no': 'Không, giữ lại',
  'erase.question': 'Bạn chọn số nào? (gõ 0 để về menu)',
  'erase.done': 'Đã xoá thông tin của bạn. Cảm ơn bạn đã dùng dịch vụ. Nếu muốn dùng lại, gõ /start.',
  'erase.kept': 'Mình giữ nguyên thông tin của bạn.',
  'erase.miss': 'Gõ 1 để xoá, hoặc 2 để giữ lại.',
} as const;

const en: Messages<typeof vi>['en'] = {
  'erase.command': 'Delete your data',
  // erase
  'erase.text':
    'Do you want to delete all your details (name, phone, birth year, commune, trades)?\nAfter that I will send you nothing more. This cannot be undone.',
  'erase.yes': 'Delete everything',
  'erase.no': 'No, keep them',
  'erase.question': 'Which number? (type 0 for the menu)',
  'erase.done': 'Your details are deleted. Thank you for using the service. To use it again, type /start.',
  'erase.kept': 'Your details are kept as they were.',
  'erase.miss': 'Type 1 to delete, or 2 to keep them.',
};

export const messages: Messages<typeof vi> = { vi, en };

export const t = translator(messages);
