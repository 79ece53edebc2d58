import type { StepInput } from '../../engine/types.ts';
import type { Lang } from '../../kernel/i18n/index.ts';
import type { Choice } from '../../kernel/message.ts';
import { occupationLabel } from '../../kernel/occupations/index.ts';
import { t } from './messages.ts';
import { isDecline, isSkip, parseOccupations } from './parse.ts';
import type { Question } from './question.ts';
import { MENU_OCCUPATIONS } from './questions.ts';

/**
 * The optional training question, the last of the extras after the save (issue 15): "Bạn có muốn học nghề không?"
 * with the trades to learn — numbers from the menu, several allowed, or trades typed (the occupation matcher) —
 * or "bỏ qua" / "không" to pass. Either way it is asked once: the answer (none when passed) is written with the
 * time it was asked. Pure.
 */
export const TRAINING_SKIP = 'training.skip';
/** The menu's trades, without work abroad (not a course's trade). */
const TRAINING_MENU: readonly string[] = MENU_OCCUPATIONS.filter((key) => key !== 'overseas_work').map(
  (key) => `occ.${key}`,
);

const trainingChoices = (lang: Lang): Choice[] => [
  ...TRAINING_MENU.map((id) => ({ id, label: occupationLabel(id.slice('occ.'.length), lang) })),
  { id: TRAINING_SKIP, label: t(lang, 'registration.training.skip') },
];

export const TRAINING_QUESTION: Question = {
  text: 'registration.training.text',
  choices: trainingChoices,
  question: 'registration.training.question',
  miss: 'registration.training.miss',
};

/** The trades to learn, [] when passed, null when the answer names nothing. */
export function readTrainingAnswer(input: StepInput): string[] | null {
  const ids = [...new Set([...input.choiceIds, ...(input.choiceId === null ? [] : [input.choiceId])])];
  const passed = ids.includes(TRAINING_SKIP) || isSkip(input.text) || isDecline(input.text);
  const answer = parseOccupations(passed ? null : input.text, ids, [...TRAINING_MENU, TRAINING_SKIP], TRAINING_SKIP);
  // Trades named with the skip ("1 8") are read as the trades.
  if (answer.keys.length > 0) return answer.keys;
  return passed ? [] : null;
}

/** "May mặc, Xây dựng": the trades as the person reads them. */
export function tradeNames(lang: Lang, keys: readonly string[]): string {
  return keys.map((key) => occupationLabel(key, lang)).join(', ');
}
