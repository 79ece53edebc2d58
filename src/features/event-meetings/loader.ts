import { loadRoles } from '../../db/roles.ts';
import type { Loader } from '../../engine/feature.ts';
import type { MeetingsContext } from './context.ts';

/** /hopthon: the person's roles (their scopes). */
export const loadMeetings: Loader<MeetingsContext> = async ({ db, personId }) => ({
  roles: await loadRoles(db, personId),
});
