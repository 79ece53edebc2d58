import type { Loader } from '../../engine/feature.ts';
import { chosen } from '../shared/choice.ts';
import type { CourseRosterContext } from './context.ts';
import { loadManagedCourses, loadRoster } from './queries.ts';
import { CourseRosterData } from './state.ts';
import { courseChoices, PICK_COURSE } from './view.ts';

export const COURSE_ROSTER_FLOW = 'course-roster';

/**
 * The person's courses and the list of the course open in the flow, or of the one this message picks from the
 * list (so that the list shows at once); the access is checked again in SQL.
 */
export const loadCourseRoster: Loader<CourseRosterContext> = async ({
  db,
  personId,
  state,
  identity,
  text,
  choiceId,
}) => {
  const managedCourses = await loadManagedCourses(db, personId);
  const ours = state?.flow === COURSE_ROSTER_FLOW ? state : null;
  let open = ours ? CourseRosterData.parse(ours.data).courseId : null;
  if (ours?.step === 'list') {
    const id = chosen({ text, choiceId, choiceIds: [] }, courseChoices(identity.language, managedCourses));
    open = managedCourses.find((c) => `${PICK_COURSE}${c.id}` === id)?.id ?? null;
  }
  const roster = open === null ? [] : await loadRoster(db, personId, open);
  return { managedCourses, roster };
};
