/**
 * Who may do what. A person holds roles, each with a region: null is the whole country, a province code covers the
 * province and its communes, a commune code that commune. Officials and admins act for the employment service
 * (moderate, broadcast, read the figures); employers post vacancies; providers (vocational schools, training centres)
 * post courses. One definition for every check. Pure.
 */
export const ROLES = ['official', 'employer', 'admin', 'provider'] as const;
export type Role = (typeof ROLES)[number];

export interface RoleGrant {
  role: Role;
  /** null: the whole country. */
  regionCode: string | null;
}

export function isRole(value: unknown): value is Role {
  return (ROLES as readonly unknown[]).includes(value);
}

/** Whether this role acts for the employment service: an official, or an admin. */
export function isOfficialRole(role: Role): boolean {
  return role === 'official' || role === 'admin';
}

/** The grants that make the person an official (or admin), with their regions. */
export function officialGrants(roles: readonly RoleGrant[] | undefined): RoleGrant[] {
  return (roles ?? []).filter((grant) => isOfficialRole(grant.role));
}

/** Whether any of the roles makes the person an official (or admin). */
export function isOfficial(roles: readonly RoleGrant[] | undefined): boolean {
  return officialGrants(roles).length > 0;
}

/** The regions an official acts in (null: the whole country), one per official grant. */
export function officialRegions(roles: readonly RoleGrant[] | undefined): (string | null)[] {
  return officialGrants(roles).map((grant) => grant.regionCode);
}

/**
 * Who a menu entry or a command is for. Everyone is a worker; an employer holds the employer role or posts as an
 * employer already; a provider holds the provider role or owns a training provider's record; an official holds the
 * official or admin role. Ordered from the widest to the narrowest.
 */
export const AUDIENCES = ['worker', 'employer', 'provider', 'official'] as const;
export type Audience = (typeof AUDIENCES)[number];

const holds = (roles: readonly RoleGrant[] | undefined, role: Role): boolean =>
  (roles ?? []).some((grant) => grant.role === role);

/** The audiences a person is in, in AUDIENCES' order. */
export function audiencesOf(
  roles: readonly RoleGrant[] | undefined,
  postsAsEmployer: boolean,
  ownsProvider = false,
): Audience[] {
  const member: Record<Audience, boolean> = {
    worker: true,
    employer: postsAsEmployer || holds(roles, 'employer'),
    provider: ownsProvider || holds(roles, 'provider'),
    official: isOfficial(roles),
  };
  return AUDIENCES.filter((audience) => member[audience]);
}
