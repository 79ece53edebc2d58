import type { Loader } from '../../engine/feature.ts';
import { loadSearchContext } from '../search/loader.ts';
import { parseOutcomeChoice } from './choices.ts';
import type { CourseOutcomeContext } from './context.ts';
import { loadOwnEnrolment } from './enrolment.ts';

/**
 * The enrolment an answer names (the person's own only) and, when they say "Có" to adding the trade, the open
 * vacancies of that trade as job search finds them (narrowed to the trade, within their reach), so that they get
 * them in the same reply.
 */
export const loadCourseOutcome: Loader<CourseOutcomeContext> = async ({ db, personId, choiceId, now }) => {
  const answer = parseOutcomeChoice(choiceId);
  if (!answer) return { enrolment: null };
  const enrolment = await loadOwnEnrolment(db, answer.enrolmentId, personId);
  if (!enrolment || answer.question !== 'trade' || !answer.yes) return { enrolment };
  const narrow = { occupations: [enrolment.occupation], communeCode: null, provinceCode: null };
  return { enrolment, search: await loadSearchContext(db, personId, null, now, narrow) };
};
