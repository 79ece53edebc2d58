import type { Choice } from '../../kernel/message.ts';
import { fold } from '../../kernel/fold.ts';
import { installedPacks, isBuiltinLang, type Lang } from '../../kernel/i18n/index.ts';
import { t } from './messages.ts';
import type { Flow, StepInput, StepResult } from '../../engine/types.ts';
import { menuChoices } from '../../engine/home.ts';
import { chosen } from '../shared/choice.ts';
import type { Emits } from './context.ts';

/**
 * /ngonngu · /language: "1 Tiếng Việt / 2 English", then the language packs loaded at start, each by its own name.
 * The choice is saved on the person (set_language) and the answer, with the main menu, is already in the new
 * language. Pure, given the packs.
 */
export const LANGUAGE_FLOW = 'language';

interface LanguageOption {
  readonly lang: Lang;
  readonly label: string;
  /** Folded names people type for it. */
  readonly typed: readonly string[];
}

/** Names people type for the compiled languages, with or without accents. */
const COMPILED: readonly Omit<LanguageOption, 'label'>[] = [
  { lang: 'vi', typed: ['tieng viet', 'viet', 'vietnamese', 'vi', 'vn'] },
  { lang: 'en', typed: ['tieng anh', 'anh', 'english', 'en'] },
];

function options(lang: Lang): LanguageOption[] {
  return [
    ...COMPILED.map((option) => ({ ...option, label: t(lang, option.lang === 'vi' ? 'language.vi' : 'language.en') })),
    ...installedPacks().map((pack) => ({ lang: pack.code, label: pack.name, typed: [pack.code, fold(pack.name)] })),
  ];
}

function choices(lang: Lang): Choice[] {
  return options(lang).map((option) => ({ id: `lang.${option.lang}`, label: option.label }));
}

function question(lang: Lang) {
  return { text: t(lang, 'language.text'), choices: choices(lang), prompt: t(lang, 'language.question') };
}

function chosenLanguage(input: StepInput, lang: Lang): LanguageOption | undefined {
  const all = options(lang);
  const id = chosen(input, choices(lang));
  if (id !== null) return all.find((option) => `lang.${option.lang}` === id);
  const typed = input.text === null ? '' : fold(input.text);
  return all.find((option) => option.typed.includes(typed));
}

function done(option: LanguageOption): string {
  const to = option.lang;
  return isBuiltinLang(to) ? t(to, 'language.done') : t(to, 'language.done_pack', { language: option.label });
}

export const languageFlow: Flow<object, Emits> = {
  steps: ['choose'],
  begin: ({ lang }): StepResult<Emits> => ({
    kind: 'continue',
    replies: [question(lang)],
    state: { flow: LANGUAGE_FLOW, step: 'choose', data: {}, misses: 0 },
  }),
  step(_state, input, { lang, menu }): StepResult<Emits> {
    const option = chosenLanguage(input, lang);
    if (option === undefined) {
      const miss = installedPacks().length === 0 ? 'language.miss' : 'language.miss_any';
      return { kind: 'miss', reprompt: { ...question(lang), text: t(lang, miss) } };
    }
    const to = option.lang;
    return {
      kind: 'done',
      replies: [{ text: done(option), choices: menuChoices(to, menu), prompt: t(to, 'home.reply_with_number') }],
      effects: [{ kind: 'set_language', lang: to }],
    };
  },
};
