import { type Messages, translator } from '../../kernel/i18n/index.ts';

/**
 * The messages of the follow-up "did you get the job?" after "Quan tâm".
 * Vietnamese is the source of truth and English has exactly its keys; messages that other modules say too stay
 * in the kernel's catalogue (src/kernel/i18n/).
 */
const vi = {
  'followup.context': 'Tuần trước bạn đã bấm "Quan tâm" việc «{title}» — {employer}.',
  'followup.question': 'Bạn đã được nhận vào làm «{title}» chưa?',
  'followup.choice.hired': 'Đã được nhận',
  'followup.choice.not_hired': 'Chưa / không được',
  'followup.choice.waiting': 'Đang chờ trả lời',
  'followup.thanks.hired': '🎉 Chúc mừng bạn đã có việc! Cảm ơn bạn đã cho mình biết.',
  'followup.thanks.not_hired': 'Cảm ơn bạn đã cho biết. Mình sẽ tiếp tục gửi việc phù hợp cho bạn.',
  'followup.thanks.waiting': 'Cảm ơn bạn. Chúc bạn sớm có tin vui!',
  'followup.no_fee': '⚠️ Nhớ: không nộp bất kỳ khoản phí nào để được nhận hay giữ việc.',
  'followup.search_again': 'Tìm việc khác',
} as const;

const en: Messages<typeof vi>['en'] = {
  // followup
  'followup.context': 'Last week you pressed "Interested" for «{title}» — {employer}.',
  'followup.question': 'Did you get the job «{title}»?',
  'followup.choice.hired': 'Yes, I was hired',
  'followup.choice.not_hired': 'Not yet / no',
  'followup.choice.waiting': 'Still waiting for an answer',
  'followup.thanks.hired': '🎉 Congratulations on the job! Thank you for letting us know.',
  'followup.thanks.not_hired': 'Thank you for letting us know. We will keep sending you jobs that fit.',
  'followup.thanks.waiting': 'Thank you. We hope you hear good news soon!',
  'followup.no_fee': '⚠️ Remember: never pay any fee to get or keep a job.',
  'followup.search_again': 'Find other work',
};

export const messages: Messages<typeof vi> = { vi, en };

export const t = translator(messages);
