import { loadRoles } from '../../db/roles.ts';
import { loadReviewQueue } from '../../db/vacancy-review.ts';
import type { Loader } from '../../engine/feature.ts';
import type { ReviewContext } from './context.ts';

/** /duyet: the person's roles and the pending vacancies within their scope (the scope is applied in SQL). */
export const loadReview: Loader<ReviewContext> = async ({ db, personId }) => {
  const [roles, reviewQueue] = await Promise.all([loadRoles(db, personId), loadReviewQueue(db, personId)]);
  return { roles, reviewQueue };
};
