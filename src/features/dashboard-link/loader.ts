import { accessFromRoles } from '../../dashboard/access.ts';
import { dashboardLoginUrl } from '../../dashboard/base-url.ts';
import { issueDashboardLink, LINK_LIFETIME_MINUTES } from '../../dashboard/links.ts';
import type { Loader } from '../../engine/feature.ts';
import type { DashboardLinkContext } from './context.ts';
import { loadRoles } from '../../db/roles.ts';

/**
 * /baocao: the person's roles and, for an official or admin only, a fresh one-time login link. The link is written
 * here rather than as an effect because the reply must carry its token, and a flow has no source of randomness; a
 * link whose reply never arrives simply expires unused.
 */
export const loadDashboardLink: Loader<DashboardLinkContext> = async ({ db, personId, now, publicBaseUrl }) => {
  const roles = await loadRoles(db, personId);
  const access = accessFromRoles(roles);
  if (access === null) return { roles, dashboardLink: null };
  const { token } = await issueDashboardLink(db, personId, now, access.admin ? 'admin' : 'official');
  return { roles, dashboardLink: { url: dashboardLoginUrl(publicBaseUrl, token), minutes: LINK_LIFETIME_MINUTES } };
};
