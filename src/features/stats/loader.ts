import { isOfficial, officialRegions } from '../../kernel/roles.ts';
import { sql, type Kysely } from 'kysely';
import { thisMonth } from '../../kernel/periods.ts';
import type { Database } from '../../db/schema.ts';
import {
  computeFunnel,
  FUNNEL_MEASURES,
  resolveScope,
  type FunnelCounts,
  type FunnelScope,
} from '../../reporting/funnel.ts';
import { periodAsked } from './flow.ts';
import type { Loader } from '../../engine/feature.ts';
import type { StatsContext } from './context.ts';
import type { RoleGrant } from '../../kernel/roles.ts';
import { loadRoles } from '../../db/roles.ts';
import { areaName } from './area-name.ts';
import type { StatsFigures } from './context.ts';

/**
 * /thongke for a period: the funnel (src/reporting/funnel.ts, the same numbers as `npm run cli -- report` and the
 * dashboard) over the official's scope — the country, their province or their commune — and the vacancies
 * waiting for review there now. An official with several regions gets them added up (a commune inside one of
 * their provinces is not counted twice); people live in one commune, so people counts add up exactly, while an
 * employer or a broadcast in two of the regions counts in each.
 */
export async function officialScopes(db: Kysely<Database>, roles: readonly RoleGrant[]): Promise<FunnelScope[]> {
  const codes = officialRegions(roles);
  if (codes.includes(null)) return [{ level: 'country', code: null, name: 'the whole country' }];
  const scopes: FunnelScope[] = [];
  for (const code of new Set(codes as string[])) {
    const scope = await resolveScope(db, code);
    if (scope !== null) scopes.push(scope);
  }
  const provinces = new Set(scopes.filter((s) => s.level === 'province').map((s) => s.code));
  return scopes.filter((s) => s.level !== 'commune' || !provinces.has(s.provinceCode));
}

function addCounts(a: FunnelCounts, b: FunnelCounts): FunnelCounts {
  return Object.fromEntries(FUNNEL_MEASURES.map((m) => [m, (a[m] ?? 0) + (b[m] ?? 0)])) as unknown as FunnelCounts;
}

async function pendingVacancies(db: Kysely<Database>, personId: number): Promise<number> {
  const row = await db
    .selectFrom('vacancies as v')
    .where('v.status', '=', 'pending')
    .where(sql<boolean>`EXISTS (
      SELECT 1 FROM roles r WHERE r.person_id = ${personId} AND r.revoked_at IS NULL AND r.role IN ('official', 'admin')
        AND (r.region_code IS NULL OR r.region_code = v.province_code OR r.region_code = v.commune_code))`)
    .select(sql<number>`count(*)::int`.as('n'))
    .executeTakeFirstOrThrow();
  return row.n;
}

/**
 * The stats flow's loader: the roles (a person who is not an official gets nothing more and is refused by the
 * flow), then the figures for the period this message asks for. Beginning with words that are not a period,
 * this month is counted (and the flow says so); a later message that is not a period counts nothing.
 */
export const loadStatsContext: Loader<StatsContext> = async ({
  db,
  personId,
  identity,
  state,
  now,
  text,
  choiceId,
}) => {
  const roles = await loadRoles(db, personId);
  if (!isOfficial(roles)) return { roles, stats: null };
  const lang = identity.language;
  const ask = periodAsked(state, { text, choiceId }, now, lang);
  if (ask.kind !== 'period' && state !== null) return { roles, stats: null };
  const period = ask.kind === 'period' ? ask.period : thisMonth(now);
  const scopes = await officialScopes(db, roles);
  const [area, pending, ...reports] = await Promise.all([
    areaName(db, lang, roles),
    pendingVacancies(db, personId),
    ...scopes.map((scope) => computeFunnel(db, scope, { from: period.from, to: period.to })),
  ]);
  const [first, ...others] = reports.map((r) => r.total);
  if (first === undefined) return { roles, stats: null };
  const stats: StatsFigures = {
    area,
    period,
    funnel: others.reduce(addCounts, first),
    pendingVacancies: pending,
    unread: ask.kind === 'unread' ? ask.typed : null,
  };
  return { roles, stats };
};
