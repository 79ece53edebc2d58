import { type Messages, translator } from '../../kernel/i18n/index.ts';

/**
 * The messages of /ngonngu, the language switch.
 * Vietnamese is the source of truth and English has exactly its keys; messages that other modules say too stay
 * in the kernel's catalogue (src/kernel/i18n/).
 */
const vi = {
  'language.command': 'Đổi ngôn ngữ / Language',
  /** Both languages: the person may not read the current one. */
  'language.text': 'Chọn ngôn ngữ / Choose your language:',
  'language.question': 'Trả lời bằng một số, ví dụ: 2 (gõ 0 để về menu)',
  'language.vi': 'Tiếng Việt',
  'language.en': 'English',
  'language.done': 'Từ giờ mình nói tiếng Việt. Bạn cần gì?',
  'language.miss': 'Bạn gõ 1 (Tiếng Việt) hoặc 2 (English) nhé. / Type 1 or 2.',
  /** A language pack's language, by its own name ("Lus Hmoob"): said in that language when the pack has it. */
  'language.done_pack': 'Đã chọn {language}. Bạn cần gì?',
  /** When language packs add choices after 1 and 2. */
  'language.miss_any': 'Bạn gõ số của một ngôn ngữ trong danh sách nhé. / Type the number of your language.',
} as const;

const en: Messages<typeof vi>['en'] = {
  'language.command': 'Language / Ngôn ngữ',
  // language
  'language.text': 'Choose your language / Chọn ngôn ngữ:',
  'language.question': 'Answer with a number, for example: 2 (type 0 for the menu)',
  'language.vi': 'Tiếng Việt',
  'language.en': 'English',
  'language.done': 'From now on I will write in English. What would you like to do?',
  'language.miss': 'Type 1 (Tiếng Việt) or 2 (English). / Bạn gõ 1 hoặc 2 nhé.',
  'language.done_pack': 'You chose {language}. What would you like to do?',
  'language.miss_any': 'Type the number of your language. / Bạn gõ số của một ngôn ngữ trong danh sách nhé.',
};

export const messages: Messages<typeof vi> = { vi, en };

export const t = translator(messages);
