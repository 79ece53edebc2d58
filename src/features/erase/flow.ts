import { resolveChoice } from '../../kernel/choices.ts';
import type { Lang } from '../../kernel/i18n/index.ts';
import { t } from './messages.ts';
import type { Flow, StepResult } from '../../engine/types.ts';
import type { Emits } from './context.ts';

/** /xoa: erase the person's data after one confirmation (PDP law: deletion on request). Pure. */
export const ERASE_FLOW = 'erase';

function question(lang: Lang) {
  return {
    text: t(lang, 'erase.text'),
    choices: [
      { id: 'erase.yes', label: t(lang, 'erase.yes') },
      { id: 'erase.no', label: t(lang, 'erase.no') },
    ],
    prompt: t(lang, 'erase.question'),
  };
}

export const eraseFlow: Flow<object, Emits> = {
  steps: ['confirm'],
  begin: ({ lang }) => ({
    kind: 'continue',
    replies: [question(lang)],
    state: { flow: ERASE_FLOW, step: 'confirm', data: {}, misses: 0 },
  }),
  step(_state, input, { lang }): StepResult<Emits> {
    const asked = question(lang);
    const choice = input.choiceId ?? (input.text ? resolveChoice(input.text, asked.choices) : null);
    if (choice === 'erase.yes')
      return { kind: 'done', replies: [{ text: t(lang, 'erase.done') }], effects: [{ kind: 'erase_person' }] };
    if (choice === 'erase.no') return { kind: 'done', replies: [{ text: t(lang, 'erase.kept') }] };
    return { kind: 'miss', reprompt: { ...asked, text: t(lang, 'erase.miss') } };
  },
};
