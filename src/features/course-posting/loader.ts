import { loadRoles } from '../../db/roles.ts';
import type { Loader } from '../../engine/feature.ts';
import type { CoursePostingContext } from './context.ts';

/** /dangkhoahoc: the person's roles (an official's scopes) and the provider record they own, if any. */
export const loadCoursePosting: Loader<CoursePostingContext> = async ({ db, personId }) => {
  const [roles, provider] = await Promise.all([
    loadRoles(db, personId),
    db
      .selectFrom('providers')
      .select(['name', 'verified_at'])
      .where('owner_person_id', '=', personId)
      .executeTakeFirst(),
  ]);
  return { roles, provider: provider ? { name: provider.name, verified: provider.verified_at !== null } : null };
};
