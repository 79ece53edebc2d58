import type { Choice, OutboundMessage } from '../../kernel/message.ts';
import type { Lang } from '../../kernel/i18n/index.ts';
import { t } from './messages.ts';
import { formatWageFloor, readWageFloor, type WageFloorAnswer } from '../../kernel/wage/index.ts';
import type { StepInput } from '../../engine/types.ts';
import { chosen } from '../shared/choice.ts';

/**
 * /theodoi → Lương tối thiểu: the lowest monthly pay, typed ("5 triệu", "5tr", "4.500.000") and read by
 * src/kernel/wage/floor.ts; "bỏ" / "không" or the numbered choice clears it ("0" stays the way back to the menu, as
 * everywhere). A day or hour rate, another currency or an unreadable answer gets the question again with why.
 * Optional and only here, never in registration. Pure.
 */
const KEEP = 'alerts.wage_floor.keep';
const CLEAR = 'alerts.wage_floor.clear';

/** The outcome of an answer: the floor to save (null: none), unchanged, or the question again. */
export type WageFloorOutcome =
  | { kind: 'save'; vnd: number | null; note: string }
  | { kind: 'unchanged' }
  | { kind: 'miss'; reprompt: OutboundMessage };

/** With a floor saved: keep it or remove it; without one: do not set one. Both remove-ids clear. */
function choices(lang: Lang, current: number | null): Choice[] {
  return current === null
    ? [{ id: CLEAR, label: t(lang, 'alerts.wage_floor.none') }]
    : [
        { id: KEEP, label: t(lang, 'alerts.wage_floor.keep') },
        { id: CLEAR, label: t(lang, 'alerts.wage_floor.clear') },
      ];
}

export function wageFloorQuestion(lang: Lang, current: number | null): OutboundMessage {
  const text = t(lang, 'alerts.wage_floor.text');
  return {
    text:
      current === null
        ? text
        : `${text}\n${t(lang, 'alerts.wage_floor.current', { amount: formatWageFloor(current, lang) })}`,
    choices: choices(lang, current),
    prompt: t(lang, 'alerts.wage_floor.question'),
  };
}

const MISS_TEXT = {
  not_monthly: 'alerts.wage_floor.not_monthly',
  foreign_currency: 'alerts.wage_floor.foreign_currency',
  unreadable: 'alerts.wage_floor.unreadable',
} as const;

function missText(lang: Lang, answer: Exclude<WageFloorAnswer, { kind: 'floor' | 'clear' }>): string {
  return answer.kind === 'too_high'
    ? t(lang, 'alerts.wage_floor.too_high', { amount: formatWageFloor(answer.vnd, lang) })
    : t(lang, MISS_TEXT[answer.kind]);
}

export function answerWageFloor(input: StepInput, lang: Lang, current: number | null): WageFloorOutcome {
  const id = chosen(input, choices(lang, current));
  if (id === KEEP) return { kind: 'unchanged' };
  const answer: WageFloorAnswer =
    id === CLEAR ? { kind: 'clear' } : input.text === null ? { kind: 'unreadable' } : readWageFloor(input.text);
  switch (answer.kind) {
    case 'clear':
      return current === null
        ? { kind: 'unchanged' }
        : { kind: 'save', vnd: null, note: t(lang, 'alerts.wage_floor.cleared') };
    case 'floor':
      return answer.vnd === current
        ? { kind: 'unchanged' }
        : {
            kind: 'save',
            vnd: answer.vnd,
            note: t(lang, 'alerts.wage_floor.saved', { amount: formatWageFloor(answer.vnd, lang) }),
          };
    default:
      return { kind: 'miss', reprompt: { ...wageFloorQuestion(lang, current), text: missText(lang, answer) } };
  }
}
