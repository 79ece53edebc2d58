import { sql, type Kysely, type RawBuilder } from 'kysely';
import { periodBounds, thisMonth, type Period } from '../../core/periods.ts';
import type { Database } from '../../db/schema.ts';
import { periodAsked } from '../flows/stats.ts';
import type { ContextLoader } from './loaders.ts';
import { loadRoles } from './officials.ts';
import { areaName, quickCounts } from './stats.ts';
import type { StatsFigures } from './types.ts';

/**
 * /thongke for a period (Vietnam calendar days, bounds at Vietnam midnight), within the official's scope (every
 * one of their official or admin regions), in SQL. The measures mean what they mean in the funnel report
 * (src/reports/funnel.ts, `npm run cli -- report`), so the two never disagree:
 * - new registrations: worker profiles created in the period, where the worker lives (people who later stopped
 *   messages still count; erased people's profiles are gone, so they do not);
 * - vacancies approved and their headcount: approved in the period (still open, or since closed or hidden),
 *   where the job is;
 * - workers interested: distinct people who pressed "Quan tâm" in the period, where the worker lives.
 */
export type PeriodCounts = StatsFigures['counts'];

function inScopeOf(personId: number, province: string, commune: string): RawBuilder<boolean> {
  return sql<boolean>`EXISTS (
    SELECT 1 FROM roles r WHERE r.person_id = ${personId} AND r.revoked_at IS NULL AND r.role IN ('official', 'admin')
      AND (r.region_code IS NULL OR r.region_code = ${sql.ref(province)} OR r.region_code = ${sql.ref(commune)}))`;
}

export async function periodCounts(db: Kysely<Database>, personId: number, period: Period): Promise<PeriodCounts> {
  const { start, end } = periodBounds(period);
  const [workers, vacancies, interested] = await Promise.all([
    db
      .selectFrom('worker_profiles as w')
      .where(inScopeOf(personId, 'w.province_code', 'w.commune_code'))
      .where('w.created_at', '>=', start)
      .where('w.created_at', '<', end)
      .select(sql<number>`count(*)::int`.as('n'))
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('vacancies as v')
      .where(inScopeOf(personId, 'v.province_code', 'v.commune_code'))
      .where('v.status', 'in', ['approved', 'closed', 'hidden'])
      .where('v.decided_at', '>=', start)
      .where('v.decided_at', '<', end)
      .select([sql<number>`count(*)::int`.as('n'), sql<number>`coalesce(sum(v.headcount), 0)::int`.as('headcount')])
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('applications as a')
      .innerJoin('worker_profiles as w', 'w.person_id', 'a.person_id')
      .where(inScopeOf(personId, 'w.province_code', 'w.commune_code'))
      .where('a.status', '<>', 'not_suitable')
      .where('a.created_at', '>=', start)
      .where('a.created_at', '<', end)
      .select(sql<number>`count(DISTINCT a.person_id)::int`.as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return { newWorkers: workers.n, vacanciesApproved: vacancies.n, headcountApproved: vacancies.headcount, workersInterested: interested.n };
}

/**
 * The stats flow's loader: the roles (a person who is not an official gets nothing more and is refused by the
 * flow), then the figures for the period this message asks for. Beginning with words that are not a period,
 * this month is counted (and the flow says so); a later message that is not a period counts nothing.
 */
export const loadStatsContext: ContextLoader = async ({ db, personId, identity, state, now, text, choiceId }) => {
  const roles = await loadRoles(db, personId);
  if (!roles.some((r) => r.role === 'official' || r.role === 'admin')) return { roles };
  const lang = identity.language;
  const ask = periodAsked(state, { text: text ?? null, choiceId: choiceId ?? null }, now, lang);
  if (ask.kind !== 'period' && state !== null) return { roles, stats: null };
  const period = ask.kind === 'period' ? ask.period : thisMonth(now);
  const [area, totals, counts] = await Promise.all([areaName(db, lang, roles), quickCounts(db, personId, now), periodCounts(db, personId, period)]);
  const stats: StatsFigures = { area, period, counts, totals, unread: ask.kind === 'unread' ? ask.typed : null };
  return { roles, stats };
};
