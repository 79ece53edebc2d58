import { sql, type Kysely, type RawBuilder, type Transaction } from 'kysely';
import { vietnamIsoDate } from '../../kernel/time.ts';
import { nextSendableTime } from '../../kernel/quiet-hours.ts';
import { vietnamDayEnd, vietnamDayStart } from '../../kernel/time.ts';
import { type KnownVacancyTerms, vacancyIsOpen, vacancyMatchesWorker, vacancyTermsOf } from '../../db/matching.ts';
import type { Database } from '../../db/schema.ts';
import {
  COUNT_WRITTEN,
  type FanoutCounts,
  GROUP_CHAT_REACHABLE,
  inRange,
  isLatestPrivateChat,
  notYetWritten,
  type PersonRange,
  PRIORITY,
  privateChatJoin,
  runOverPeople,
  runStatement,
  type WrittenRow,
} from './recipients.ts';
import type { FanoutExecution, FanoutRules } from './rules.ts';

/**
 * An approved vacancy → one notification row per matched person and per subscribed group chat, by
 * `INSERT … SELECT … ON CONFLICT DO NOTHING` (unique on kind + ref + person, and kind + ref + group chat), so a
 * re-run writes nothing twice. Nothing is sent here: the delivery reads the pending rows.
 *
 * People: the matching rule (src/db/matching.ts: occupation among theirs, within their reach, overseas only for
 * 'abroad', not below their wage floor when both the floor and the vacancy's monthly pay are known), alerts not
 * paused, person active (not stopped, not deleted), 'alerts' consent standing, and a reachable, non-tombstoned
 * private chat — the most recently seen one (one row per person, never one per channel).
 *   score: 3 same commune, 2 same province, 1 elsewhere (the digest ranks by it).
 *   status: 'held' for daily-digest subscribers; 'held' when the person already has `alertsPerDay` instant vacancy
 *   alerts (pending, queued or sent) due the same Vietnam day as this one; else 'pending'.
 *   not_before: now, or the end of quiet hours when now is inside them. The daily cap counts the day an alert is
 *   due (not_before), not the day it was written: an alert written at 22:00 goes out tomorrow morning and counts
 *   for tomorrow, so nobody gets more than the cap in one day.
 * Group chats: an active subscription on the vacancy's commune or province, a reachable group chat; always
 * 'pending' (quiet hours apply); score 3 for a commune subscription, 2 for a province one. A group chat never gets
 * overseas work: it cannot choose reach 'abroad', and the rule sends overseas work only to those who did.
 *
 * Vacancy fan-outs run one at a time (a transaction-scoped advisory lock held until the fan-out is marked done),
 * so two vacancies approved together cannot both see a person under the cap and both pass it. With
 * `parallelism` > 1 (PostgreSQL) the people statement runs over that many slices of the subscribers at once.
 */
export type VacancyFanoutResult =
  | ({ vacancyId: number; outcome: 'written' } & FanoutCounts)
  /** Not approved any more (closed, rejected, hidden), past its deadline, or gone: nothing written. */
  | { vacancyId: number; outcome: 'not_open' };

/** Arbitrary constant: the advisory lock that serialises vacancy fan-outs. */
const VACANCY_FANOUT_LOCK = 5_705_001;

export interface OpenVacancy extends KnownVacancyTerms {
  id: number;
}

export interface VacancyInsertParams {
  vacancy: OpenVacancy;
  /** When pending alerts may go out: now, or the end of the quiet hours now is in. */
  notBefore: Date;
  /** The Vietnam day notBefore falls in, for the daily cap. */
  capDayStart: Date;
  capDayEnd: Date;
  alertsPerDay: number;
}

export function vacancyInsertParams(vacancy: OpenVacancy, rules: FanoutRules, now: Date): VacancyInsertParams {
  const notBefore = nextSendableTime(now, rules.quietHours);
  return {
    vacancy,
    notBefore,
    capDayStart: vietnamDayStart(notBefore),
    capDayEnd: vietnamDayEnd(notBefore),
    alertsPerDay: rules.alertsPerDay,
  };
}

/** The people statement (over the slice `range` of person ids, or all): the insert and a count of what it wrote. */
export function vacancyPeopleInsert(p: VacancyInsertParams, range: PersonRange = null): RawBuilder<WrittenRow> {
  const { vacancy } = p;
  const terms = vacancyTermsOf(vacancy);
  return sql<WrittenRow>`
    WITH written AS (
      INSERT INTO notifications (kind, ref_id, person_id, identity_id, channel, status, priority, not_before, score)
      SELECT 'vacancy', ${vacancy.id}::bigint, w.person_id, ci.id, ci.channel,
        CASE
          WHEN w.frequency = 'daily' THEN 'held'
          WHEN (SELECT count(*) FROM (
                  SELECT 1 FROM notifications n
                  WHERE n.person_id = w.person_id AND n.kind = 'vacancy' AND n.status IN ('pending', 'queued', 'sent')
                    AND n.not_before >= ${p.capDayStart}::timestamptz AND n.not_before < ${p.capDayEnd}::timestamptz
                  LIMIT ${p.alertsPerDay}::int) due_that_day) >= ${p.alertsPerDay}::int THEN 'held'
          ELSE 'pending'
        END,
        ${PRIORITY.vacancy}::smallint, ${p.notBefore}::timestamptz,
        CASE WHEN w.commune_code = ${terms.communeCode} THEN 3 WHEN w.province_code = ${terms.provinceCode} THEN 2 ELSE 1 END
      FROM worker_profiles w
      JOIN people p ON p.id = w.person_id
      JOIN ${privateChatJoin(sql`w.person_id`)}
      WHERE ${inRange(sql`w.person_id`, range)}
        AND ${vacancyMatchesWorker(terms)}
        AND w.paused_at IS NULL
        AND p.status = 'active'
        AND EXISTS (SELECT 1 FROM consents c WHERE c.person_id = w.person_id AND c.purpose = 'alerts' AND c.withdrawn_at IS NULL)
        AND ${isLatestPrivateChat}
        AND ${notYetWritten('vacancy', vacancy.id, sql`w.person_id`)}
      ON CONFLICT (kind, ref_id, person_id) WHERE person_id IS NOT NULL DO NOTHING
      RETURNING person_id, status)
    ${COUNT_WRITTEN}`;
}

/** The group chats statement. */
export function vacancyGroupInsert(p: VacancyInsertParams): RawBuilder<WrittenRow> {
  const terms = vacancyTermsOf(p.vacancy);
  return sql<WrittenRow>`
    WITH written AS (
      INSERT INTO notifications (kind, ref_id, person_id, identity_id, channel, status, priority, not_before, score)
      SELECT 'vacancy', ${p.vacancy.id}::bigint, NULL, gi.id, gi.channel, 'pending',
        ${PRIORITY.vacancy}::smallint, ${p.notBefore}::timestamptz, CASE WHEN gs.region_code = ${terms.communeCode} THEN 3 ELSE 2 END
      FROM group_subscriptions gs
      JOIN channel_identities gi ON gi.id = gs.identity_id
      WHERE gs.stopped_at IS NULL
        AND gs.region_code IN (${terms.communeCode}, ${terms.provinceCode})
        AND NOT ${terms.overseas}
        AND ${GROUP_CHAT_REACHABLE}
      ON CONFLICT (kind, ref_id, identity_id) WHERE person_id IS NULL DO NOTHING
      RETURNING person_id, status)
    ${COUNT_WRITTEN}`;
}

export async function loadOpenVacancy(
  db: Kysely<Database> | Transaction<Database>,
  vacancyId: number,
  now: Date,
): Promise<OpenVacancy | null> {
  const { rows } = await sql<OpenVacancy>`
    SELECT v.id, v.occupation, v.commune_code, v.province_code, v.overseas, v.wage_monthly_max_vnd
    FROM vacancies v
    WHERE v.id = ${vacancyId} AND ${vacancyIsOpen(vietnamIsoDate(now))}`.execute(db);
  return rows[0] ?? null;
}

export async function fanOutVacancy(
  db: Kysely<Database>,
  vacancyId: number,
  rules: FanoutRules,
  now: Date,
  execution: FanoutExecution = {},
): Promise<VacancyFanoutResult> {
  return db.transaction().execute(async (trx) => {
    await sql`SELECT pg_advisory_xact_lock(${VACANCY_FANOUT_LOCK}::bigint)`.execute(trx);
    const vacancy = await loadOpenVacancy(trx, vacancyId, now);
    if (!vacancy) return { vacancyId, outcome: 'not_open' as const };
    const params = vacancyInsertParams(vacancy, rules, now);
    const people = await runOverPeople(db, trx, execution.parallelism ?? 1, (range) =>
      vacancyPeopleInsert(params, range),
    );
    const groups = await runStatement(trx, vacancyGroupInsert(params));
    await trx
      .updateTable('vacancies')
      .set({ fanned_out_at: sql`coalesce(fanned_out_at, now())` })
      .where('id', '=', vacancyId)
      .execute();
    return {
      vacancyId,
      outcome: 'written' as const,
      pending: people.pending,
      held: people.held,
      groupChats: groups.groupChats,
    };
  });
}
