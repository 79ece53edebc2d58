import { accessFromRoles } from '../../../dashboard/access.ts';
import { dashboardLoginUrl } from '../../../dashboard/base-url.ts';
import { issueDashboardLink, LINK_LIFETIME_MINUTES } from '../../../dashboard/links.ts';
import type { ContextLoader } from '../loaders.ts';
import { loadRoles } from '../../../db/roles.ts';

/** Where links point when the engine was not told (tests, the terminal simulator): the default local address. */
const LOCAL_BASE_URL = 'http://localhost:3000';

/**
 * /baocao: the person's roles and, for an official or admin only, a fresh one-time login link. The link is written
 * here rather than as an effect because the reply must carry its token, and a flow has no source of randomness; a
 * link whose reply never arrives simply expires unused.
 */
export const loadDashboardLink: ContextLoader = async ({ db, personId, now, dashboardUrl }) => {
  const roles = await loadRoles(db, personId);
  const access = accessFromRoles(roles);
  if (access === null) return { roles, dashboardLink: null };
  const { token } = await issueDashboardLink(db, personId, now, access.admin ? 'admin' : 'official');
  return { roles, dashboardLink: { url: dashboardLoginUrl(dashboardUrl ?? LOCAL_BASE_URL, token), minutes: LINK_LIFETIME_MINUTES } };
};
