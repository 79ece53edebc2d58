import { type Messages, translator } from '../../kernel/i18n/index.ts';

/**
 * The messages of /ketqua, where officials record what became of an application.
 * Vietnamese is the source of truth and English has exactly its keys; messages that other modules say too stay
 * in the kernel's catalogue (src/kernel/i18n/).
 */
const vi = {
  'outcomes.command': 'Ghi kết quả giới thiệu việc',
  'menu.outcomes': 'Ghi kết quả',
  'outcomes.move_refused': 'Chưa ghi được bước này: hồ sơ đã thay đổi hoặc không còn trong phạm vi của bạn.',
  'outcomes.empty': 'Chưa có người lao động nào trong địa bàn của bạn bấm "Quan tâm".',
  'outcomes.heading': 'Hồ sơ quan tâm trong địa bàn ({from}–{to} trong {total}, mới nhất trước):',
  'outcomes.item': '{title} — {employer} · {worker} · {status}',
  'outcomes.anonymous': 'Người lao động (ẩn danh)',
  'outcomes.more': 'Xem thêm',
  'outcomes.first': 'Xem lại từ mới nhất',
  'outcomes.question': 'Gõ số để xem và ghi kết quả. (gõ 0 để về menu)',
  'outcomes.miss': 'Bạn gõ số của một mục trong danh sách, ví dụ: 1',
  'outcomes.detail': '{title} — {employer}\n👤 {worker} · quan tâm ngày {date}\nHiện tại: {status}',
  'outcomes.set.introduced': 'Đã giới thiệu việc',
  'outcomes.set.hired': 'Đã nhận vào làm (kết nối thành công)',
  'outcomes.set.not_hired': 'Không được nhận',
  'outcomes.set.withdrawn': 'Người lao động đã rút',
  'outcomes.back': 'Quay lại danh sách',
  'outcomes.detail_question': 'Ghi kết quả nào? (gõ 0 để về menu)',
  'outcomes.detail_miss': 'Bạn trả lời bằng một số trong danh sách, ví dụ: 1',
  'outcomes.confirm_text': '{worker} đang được ghi là đã nhận vào làm ("{title}"). Sửa thành "{status}"?',
  'outcomes.confirm_yes': 'Sửa',
  'outcomes.confirm_no': 'Không sửa',
  'outcomes.confirm_question': 'Bạn chọn số nào? (gõ 0 để về menu)',
  'outcomes.confirm_miss': 'Gõ 1 để sửa, 2 để giữ nguyên.',
  'outcomes.saved': '✅ Đã ghi: {worker} — {status}.',
} as const;

const en: Messages<typeof vi>['en'] = {
  'outcomes.command': 'Record introductions and hires',
  'menu.outcomes': 'Record outcomes',
  'outcomes.move_refused': 'That step was not recorded: the application changed or is no longer yours to update.',
  'outcomes.empty': 'No worker in your area has pressed "Interested" yet.',
  'outcomes.heading': 'Applications in your area ({from}–{to} of {total}, newest first):',
  'outcomes.item': '{title} — {employer} · {worker} · {status}',
  'outcomes.anonymous': 'Worker (anonymous)',
  'outcomes.more': 'More',
  'outcomes.first': 'Back to the newest',
  'outcomes.question': 'Type a number to see it and record the outcome. (type 0 for the menu)',
  'outcomes.miss': 'Type the number of an item in the list, for example: 1',
  'outcomes.detail': '{title} — {employer}\n👤 {worker} · interested on {date}\nNow: {status}',
  'outcomes.set.introduced': 'Introduced to the job',
  'outcomes.set.hired': 'Hired (successfully connected)',
  'outcomes.set.not_hired': 'Not hired',
  'outcomes.set.withdrawn': 'The worker withdrew',
  'outcomes.back': 'Back to the list',
  'outcomes.detail_question': 'Which outcome? (type 0 for the menu)',
  'outcomes.detail_miss': 'Reply with a number from the list, for example: 1',
  'outcomes.confirm_text': '{worker} is recorded as hired ("{title}"). Change it to "{status}"?',
  'outcomes.confirm_yes': 'Change it',
  'outcomes.confirm_no': 'Keep it',
  'outcomes.confirm_question': 'Which number? (type 0 for the menu)',
  'outcomes.confirm_miss': 'Type 1 to change it, 2 to keep it.',
  'outcomes.saved': '✅ Recorded: {worker} — {status}.',
};

export const messages: Messages<typeof vi> = { vi, en };

export const t = translator(messages);
