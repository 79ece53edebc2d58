import { type Kysely, sql } from 'kysely';

/**
 * The worker's wage floor (issue 5): a vacancy whose known monthly pay is below it is not matched (src/db/matching.ts).
 *
 * - worker_profiles.wage_floor_vnd: the lowest monthly pay the worker accepts, in đồng; optional, set in /theodoi.
 * - vacancies.wage_monthly_max_vnd: the most the vacancy pays a month, in đồng, when the post says so: a parsed
 *   maximum (src/kernel/wage/) in VND per month, not "negotiable". Everything else is unknown (NULL), and an unknown
 *   wage never hides a vacancy:
 *   - day, hour and shift rates are not converted: ×26 days or ×8 hours assumes full-time work a casual post does
 *     not promise (and the rate may already be the whole job);
 *   - "from 8 million" has no maximum; "7–9 million, negotiable" may end above 9; foreign currencies would need a
 *     rate of the day; piece rates have no amount;
 *   - a maximum beyond 2^53 (a typo) is unknown too: int8 is read as a JS number (src/db/type-parsers.ts).
 *   A stored generated column: every writer (chat posting, CSV import, tests) and every later correction of the
 *   wage columns keep it right without knowing it exists; adding it computes it for the existing rows (the backfill).
 */
const statements = [
  sql`ALTER TABLE worker_profiles ADD COLUMN wage_floor_vnd integer CHECK (wage_floor_vnd > 0)`,
  sql`ALTER TABLE vacancies ADD COLUMN wage_monthly_max_vnd bigint GENERATED ALWAYS AS (
    CASE WHEN wage_currency = 'VND' AND wage_period = 'month' AND NOT wage_negotiable AND wage_max > 0 AND wage_max <= 9007199254740991
      THEN round(wage_max)::bigint END) STORED`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db);
}
