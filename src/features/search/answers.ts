import type { Resumption } from '../../engine/feature.ts';
import { parseAlertChoice } from '../../kernel/vacancy/alert-choices.ts';
import { SEARCH_FLOW } from './flow.ts';

/**
 * An answer to a vacancy alert (sent outside any flow: "alert.interested.42", pressed, or "1" typed after it) acts
 * on that vacancy as job search's detail would: it runs the detail step with the vacancy open.
 */
export function alertAnswerAt(choiceId: string): Resumption | null {
  const alert = parseAlertChoice(choiceId);
  if (!alert) return null;
  return {
    state: { flow: SEARCH_FLOW, step: 'detail', data: { page: 0, current: alert.vacancyId }, misses: 0 },
    input: { text: null, choiceId: alert.detailChoice, choiceIds: [alert.detailChoice] },
  };
}
