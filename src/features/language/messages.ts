import { type Messages, translator } from '../../kernel/i18n/index.ts';

/**
 * The messages of /ngonngu, the language switch.
 * Vietnamese is the source of truth and English has exactly its keys; messages that other modules say too stay
 * in the kernel's catalogue (src/kernel/i18n/).
 */
const vi = {
  /** Both languages: the person may not read the current one. */
  'language.text': 'Chọn ngôn ngữ / Choose your language:',
  'language.question': 'Trả lời bằng một số, ví dụ: 2 (gõ 0 để về menu)',
  'language.vi': 'Tiếng Việt',
  'language.en': 'English',
  'language.done': 'Từ giờ mình nói tiếng Việt. Bạn cần gì?',
  'language.miss': 'Bạn gõ 1 (Tiếng Việt) hoặc 2 (English) nhé. / Type 1 or 2.',
} as const;

const en: Messages<typeof vi>['en'] = {
  // language
  'language.text': 'Choose your language / Chọn ngôn ngữ:',
  'language.question': 'Answer with a number, for example: 2 (type 0 for the menu)',
  'language.vi': 'Tiếng Việt',
  'language.en': 'English',
  'language.done': 'From now on I will write in English. What would you like to do?',
  'language.miss': 'Type 1 (Tiếng Việt) or 2 (English). / Bạn gõ 1 hoặc 2 nhé.',
};

export const messages: Messages<typeof vi> = { vi, en };

export const t = translator(messages);
