import { loadAudienceBreakdown } from '../../db/broadcast-audience.ts';
import { loadRoles } from '../../db/roles.ts';
import type { Loader } from '../../engine/feature.ts';
import type { EventsContext } from './context.ts';
import { storedTargetCodes } from './data.ts';

/** /taophien: the person's roles (their scopes) and, once targets are stored, who the announcement reaches. */
export const loadEvents: Loader<EventsContext> = async ({ db, personId, state }) => {
  const targets = storedTargetCodes(state);
  const [roles, eventAudience] = await Promise.all([
    loadRoles(db, personId),
    targets.length > 0 ? loadAudienceBreakdown(db, targets) : Promise.resolve(null),
  ]);
  return { roles, eventAudience };
};
