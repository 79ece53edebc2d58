import { sql, type Kysely } from 'kysely';
import type { Database } from '../../src/db/schema.ts';
import { applyEffects } from '../../test/harness/apply-effects.ts';
import type { FanoutRules } from '../../src/messaging/fanout/rules.ts';
import {
  fanOutVacancy,
  loadOpenVacancy,
  vacancyInsertParams,
  vacancyPeopleInsert,
  type VacancyFanoutResult,
} from '../../src/messaging/fanout/vacancy.ts';
import { addToOutbox } from '../../src/messaging/queue/outbox.ts';

/**
 * Approves the vacancy as an official does: status, decision, and the outbox row for the fan-out, in one transaction.
 */
export async function approveVacancy(
  db: Kysely<Database>,
  vacancyId: number,
  officialId: number,
  now: Date,
): Promise<number> {
  return db.transaction().execute(async (trx) => {
    await trx
      .updateTable('vacancies')
      .set({ status: 'approved', decided_at: now, decided_by: officialId })
      .where('id', '=', vacancyId)
      .execute();
    const [outboxId] = await addToOutbox(trx, { queue: 'fanout', name: 'vacancy.approved', payload: { vacancyId } });
    return outboxId!;
  });
}

/**
 * Approves the vacancy the way an official's "approve" in /duyet does in production: the dialog engine's effect
 * (src/engine/effects.ts: the decision within the official's region, the audit entry, the 'vacancy.approved'
 * outbox row for the fan-out and the notice to the employer), in one transaction.
 */
export async function approveAsOfficial(db: Kysely<Database>, vacancyId: number, officialId: number): Promise<void> {
  await db
    .transaction()
    .execute((trx) =>
      applyEffects(trx, officialId, 'telegram', [
        { kind: 'decide_vacancy', vacancyId, decision: 'approve', reason: null },
      ]),
    );
  const { status } = await db
    .selectFrom('vacancies')
    .select('status')
    .where('id', '=', vacancyId)
    .executeTakeFirstOrThrow();
  if (status !== 'approved')
    throw new Error(`vacancy ${vacancyId} was not approved (status ${status}): is the official's role in its region?`);
}

export interface MatchRun {
  result: VacancyFanoutResult;
  matchMs: number;
}

/** The fan-out of one vacancy, directly (what the fanout worker runs for a 'vacancy.approved' job), timed. */
export async function runMatch(
  db: Kysely<Database>,
  vacancyId: number,
  rules: FanoutRules,
  now: Date,
  parallelism: number,
): Promise<MatchRun> {
  const started = performance.now();
  const result = await fanOutVacancy(db, vacancyId, rules, now, { parallelism });
  return { result, matchMs: Math.round(performance.now() - started) };
}

/**
 * EXPLAIN (ANALYZE, BUFFERS) of the people statement of the vacancy fan-out for `vacancyId` over all subscribers
 * (one statement, as with parallelism 1), inside a transaction that is rolled back (the insert really runs, then is
 * undone). Returns the plan text.
 */
export async function explainMatch(
  db: Kysely<Database>,
  vacancyId: number,
  rules: FanoutRules,
  now: Date,
): Promise<string> {
  let plan = '';
  await db
    .transaction()
    .execute(async (trx) => {
      const vacancy = await loadOpenVacancy(trx, vacancyId, now);
      if (!vacancy) throw new Error(`vacancy ${vacancyId} is not open`);
      const statement = vacancyPeopleInsert(vacancyInsertParams(vacancy, rules, now));
      await sql`SET LOCAL jit = off`.execute(trx);
      const { rows } = await sql<{ 'QUERY PLAN': string }>`EXPLAIN (ANALYZE, BUFFERS) ${statement}`.execute(trx);
      plan = rows.map((r) => r['QUERY PLAN']).join('\n');
      throw new RollBack();
    })
    .catch((error: unknown) => {
      if (!(error instanceof RollBack)) throw error;
    });
  return plan;
}

class RollBack extends Error {}
