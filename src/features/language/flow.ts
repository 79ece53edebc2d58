import type { Choice } from '../../kernel/message.ts';
import { fold } from '../../kernel/fold.ts';
import type { Lang } from '../../kernel/i18n/index.ts';
import { t } from './messages.ts';
import type { Flow, StepResult } from '../../engine/types.ts';
import { menuChoices } from '../../engine/home.ts';
import { chosen } from '../shared/choice.ts';
import type { Emits } from './context.ts';

/**
 * /ngonngu · /language: "1 Tiếng Việt / 2 English". The choice is saved on the person (set_language) and the
 * answer, with the main menu, is already in the new language. Pure.
 */
export const LANGUAGE_FLOW = 'language';

const CHOICE_LANG: Readonly<Record<string, Lang>> = { 'lang.vi': 'vi', 'lang.en': 'en' };

/** Names people type for a language, with or without accents. */
const TYPED: Readonly<Record<string, Lang>> = {
  'tieng viet': 'vi',
  viet: 'vi',
  vietnamese: 'vi',
  vi: 'vi',
  vn: 'vi',
  'tieng anh': 'en',
  anh: 'en',
  english: 'en',
  en: 'en',
};

function choices(lang: Lang): Choice[] {
  return [
    { id: 'lang.vi', label: t(lang, 'language.vi') },
    { id: 'lang.en', label: t(lang, 'language.en') },
  ];
}

function question(lang: Lang) {
  return { text: t(lang, 'language.text'), choices: choices(lang), prompt: t(lang, 'language.question') };
}

export const languageFlow: Flow<object, Emits> = {
  steps: ['choose'],
  begin: ({ lang }): StepResult<Emits> => ({
    kind: 'continue',
    replies: [question(lang)],
    state: { flow: LANGUAGE_FLOW, step: 'choose', data: {}, misses: 0 },
  }),
  step(_state, input, { lang, menu }): StepResult<Emits> {
    const id = chosen(input, choices(lang));
    const to =
      (id === null ? undefined : CHOICE_LANG[id]) ?? (input.text === null ? undefined : TYPED[fold(input.text)]);
    if (to === undefined) return { kind: 'miss', reprompt: { ...question(lang), text: t(lang, 'language.miss') } };
    return {
      kind: 'done',
      replies: [
        { text: t(to, 'language.done'), choices: menuChoices(to, menu), prompt: t(to, 'home.reply_with_number') },
      ],
      effects: [{ kind: 'set_language', lang: to }],
    };
  },
};
