import { countCourseReviewQueue, loadCourseReviewQueue } from '../../db/course-review.ts';
import { loadRoles } from '../../db/roles.ts';
import { countReviewQueue, loadReviewQueue } from '../../db/vacancy-review.ts';
import type { Loader } from '../../engine/feature.ts';
import type { ReviewContext } from './context.ts';

/** /duyet: the person's roles and the pending vacancies and courses within their scope (applied in SQL). */
export const loadReview: Loader<ReviewContext> = async ({ db, personId }) => {
  const [roles, reviewQueue, courseQueue, vacancies, courses] = await Promise.all([
    loadRoles(db, personId),
    loadReviewQueue(db, personId),
    loadCourseReviewQueue(db, personId),
    countReviewQueue(db, personId),
    countCourseReviewQueue(db, personId),
  ]);
  return { roles, reviewQueue, courseQueue, pendingCounts: { vacancies, courses } };
};

/** The menu's count: vacancies and courses waiting within the person's scope. */
export async function countReviewWork(...args: Parameters<typeof countReviewQueue>): Promise<number> {
  const [vacancies, courses] = await Promise.all([countReviewQueue(...args), countCourseReviewQueue(...args)]);
  return vacancies + courses;
}
