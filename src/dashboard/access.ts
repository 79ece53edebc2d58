import { officialGrants, type RoleGrant } from '../kernel/roles.ts';
import type { FunnelScope } from '../reporting/funnel.ts';

/**
 * Who may see which area on the dashboard. An official or admin role carries a region: none is the whole country,
 * a province code covers that province and its communes, a commune code that commune (as everywhere else:
 * src/kernel/roles.ts). A session opened with ADMIN_TOKEN sees the whole country. Pure.
 */
export interface DashboardAccess {
  /** The region codes of the person's official and admin roles; null: the whole country. Never empty. */
  regions: ReadonlyArray<string | null>;
  /** Admins (the admin role, or ADMIN_TOKEN) also read the audit log. */
  admin: boolean;
}

export type { RoleGrant };

export const ADMIN_TOKEN_ACCESS: DashboardAccess = { regions: [null], admin: true };

/** Null when none of the roles lets the person read figures (an employer, or every role revoked). */
export function accessFromRoles(roles: ReadonlyArray<RoleGrant>): DashboardAccess | null {
  const reading = officialGrants(roles);
  if (reading.length === 0) return null;
  const regions = [...new Set(reading.map((r) => r.regionCode))];
  if (regions.includes(null)) return { regions: [null], admin: roles.some((r) => r.role === 'admin') };
  return { regions: (regions as string[]).sort(), admin: roles.some((r) => r.role === 'admin') };
}

/** The area shown when the address names none: the whole country, or the first of the person's areas. */
export function defaultRegion(access: DashboardAccess): string | null {
  return access.regions.includes(null) ? null : (access.regions[0] ?? null);
}

/** Whether the area lies within the access: the whole country, the area itself, or (a commune) its province. */
export function covers(access: DashboardAccess, scope: FunnelScope): boolean {
  if (access.regions.includes(null)) return true;
  if (scope.level === 'country') return false;
  if (access.regions.includes(scope.code)) return true;
  return scope.level === 'commune' && access.regions.includes(scope.provinceCode);
}
