import { loadAudienceBreakdown } from '../../db/broadcast-audience.ts';
import { loadRecentBroadcasts } from '../../db/broadcast-progress.ts';
import { RECENT_STEP, storedTargetCodes } from './data.ts';
import type { Loader } from '../../engine/feature.ts';
import type { BroadcastContext } from './context.ts';
import { loadRoles } from '../../db/roles.ts';

/**
 * /phatsong: the person's roles (their scopes); once targets are stored, who a broadcast there reaches, counted in
 * SQL with the fan-out's own rule and split by priority group (src/db/broadcast-audience.ts); and when the flow
 * begins or shows the list of recent broadcasts, the person's own broadcasts of the last 7 days with their progress.
 */
export const loadBroadcast: Loader<BroadcastContext> = async ({ db, personId, state, now }) => {
  const targets = storedTargetCodes(state);
  const showsRecent = state === null || state.step === RECENT_STEP;
  const [roles, broadcastAudience, recentBroadcasts] = await Promise.all([
    loadRoles(db, personId),
    targets.length > 0 ? loadAudienceBreakdown(db, targets) : Promise.resolve(null),
    showsRecent ? loadRecentBroadcasts(db, personId, now) : Promise.resolve([]),
  ]);
  return { roles, broadcastAudience, recentBroadcasts };
};
