import { sql, type Kysely } from 'kysely';
import type { OutboundMessage } from '../../channels/types.ts';
import { formatDate, t, type Lang } from '../../core/i18n/index.ts';
import type { Database } from '../../db/schema.ts';
import type { Scoped } from './officials.ts';

/**
 * /thongke: quick counts for an official's area (all of their regions), computed in SQL with the scope in the
 * query. People counts under 5 are shown as "<5", as in every report (small groups could be identified).
 */
export interface QuickCounts {
  workers: number;
  workersThisMonth: number;
  pending: number;
  approved: number;
  rejected: number;
  headcountApproved: number;
}

const SMALL_CELL = 5;

export async function quickCounts(db: Kysely<Database>, personId: number, now: Date): Promise<QuickCounts> {
  // Month start in Vietnam time (UTC+7, no DST), as a UTC instant.
  const vn = new Date(now.getTime() + 7 * 3600_000);
  const monthStart = new Date(Date.UTC(vn.getUTCFullYear(), vn.getUTCMonth(), 1) - 7 * 3600_000);
  const scope = (province: string, commune: string) => sql<boolean>`EXISTS (
    SELECT 1 FROM roles r WHERE r.person_id = ${personId} AND r.revoked_at IS NULL AND r.role IN ('official', 'admin')
      AND (r.region_code IS NULL OR r.region_code = ${sql.ref(province)} OR r.region_code = ${sql.ref(commune)}))`;
  const workers = await db
    .selectFrom('worker_profiles as w')
    .innerJoin('people as p', 'p.id', 'w.person_id')
    .where('p.status', '=', 'active')
    .where(scope('w.province_code', 'w.commune_code'))
    .select((eb) => [eb.fn.countAll<number>().as('total'), sql<number>`count(*) FILTER (WHERE w.created_at >= ${monthStart})::int`.as('month')])
    .executeTakeFirstOrThrow();
  const vacancies = await db
    .selectFrom('vacancies as v')
    .where(scope('v.province_code', 'v.commune_code'))
    .select([
      sql<number>`count(*) FILTER (WHERE v.status = 'pending')::int`.as('pending'),
      sql<number>`count(*) FILTER (WHERE v.status = 'approved')::int`.as('approved'),
      sql<number>`count(*) FILTER (WHERE v.status = 'rejected')::int`.as('rejected'),
      sql<number>`coalesce(sum(v.headcount) FILTER (WHERE v.status = 'approved'), 0)::int`.as('headcount'),
    ])
    .executeTakeFirstOrThrow();
  return {
    workers: workers.total,
    workersThisMonth: workers.month,
    pending: vacancies.pending,
    approved: vacancies.approved,
    rejected: vacancies.rejected,
    headcountApproved: vacancies.headcount,
  };
}

function people(lang: Lang, n: number): string | number {
  return n > 0 && n < SMALL_CELL ? t(lang, 'stats.fewer_than_5') : n;
}

/** The area an official's roles cover, by name ("Thái Nguyên", or the whole country). */
export async function areaName(db: Kysely<Database>, lang: Lang, roles: readonly Scoped[]): Promise<string> {
  const codes = roles.filter((r) => r.role === 'official' || r.role === 'admin').map((r) => r.regionCode);
  if (codes.includes(null)) return t(lang, 'invite.whole_country');
  const rows = await db.selectFrom('regions').select('name').where('code', 'in', codes as string[]).orderBy('code').execute();
  return rows.map((r) => r.name).join(', ');
}

export function statsMessage(lang: Lang, area: string, counts: QuickCounts, now: Date): OutboundMessage {
  return {
    text: [
      t(lang, 'stats.heading', { area, date: formatDate(lang, now) }),
      t(lang, 'stats.workers', { total: people(lang, counts.workers), month: people(lang, counts.workersThisMonth) }),
      t(lang, 'stats.vacancies', { approved: counts.approved, pending: counts.pending, rejected: counts.rejected }),
      t(lang, 'stats.headcount', { headcount: counts.headcountApproved }),
    ].join('\n'),
  };
}
