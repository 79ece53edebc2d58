import { loadAudienceBreakdown } from '../../../db/broadcast-audience.ts';
import { storedTargetCodes } from '../../flows/broadcast/data.ts';
import type { ContextLoader } from '../loaders.ts';
import { loadRoles } from '../officials.ts';

/**
 * /phatsong: the person's roles (their scopes), and once targets are stored, who a broadcast there reaches,
 * counted in SQL with the fan-out's own rule and split by priority group (src/db/broadcast-audience.ts).
 */
export const loadBroadcast: ContextLoader = async ({ db, personId, state }) => {
  const targets = storedTargetCodes(state);
  const [roles, broadcastAudience] = await Promise.all([
    loadRoles(db, personId),
    targets.length > 0 ? loadAudienceBreakdown(db, targets) : Promise.resolve(null),
  ]);
  return { roles, broadcastAudience };
};
