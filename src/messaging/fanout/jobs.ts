import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '../../db/schema.ts';
import { fanOutBroadcast } from './broadcast.ts';
import type { FanoutExecution, FanoutRules } from './rules.ts';
import { fanOutVacancy } from './vacancy.ts';

/**
 * A kind of fan-out job (queue 'fanout', written to the outbox with the event that causes it): one event, such as an
 * approved vacancy, becomes notification rows for everyone it concerns. Declared with the kind of notification it
 * writes (NotificationKind.fanout, in the feature's folder); the worker knows only the list it is given.
 */
export interface FanoutJobKind<P = unknown> {
  /** The outbox job name. */
  readonly name: string;
  /** The payload, checked before anything runs: a job that does not fit is dropped, never retried. */
  readonly payload: z.ZodType<P>;
  /** Writes the rows; idempotent (a retried, stalled or duplicated job writes nothing twice). */
  run(db: Kysely<Database>, payload: P, rules: FanoutRules, now: Date, execution: FanoutExecution): Promise<FanoutRun>;
}

/** What a run did: `written` (with its counts) wakes the delivery; anything else wrote nothing. */
export type FanoutRun = { readonly outcome: string };

export const VACANCY_APPROVED_JOB = 'vacancy.approved';
export const BROADCAST_CREATED_JOB = 'broadcast.created';

const id = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);

export const vacancyApprovedPayload = z.object({ vacancyId: id });
export const broadcastCreatedPayload = z.object({ broadcastId: id });

/** An approved vacancy (approval in chat, CSV import): an alert to each matching worker. */
export const vacancyApprovedJob: FanoutJobKind<z.infer<typeof vacancyApprovedPayload>> = {
  name: VACANCY_APPROVED_JOB,
  payload: vacancyApprovedPayload,
  run: (db, { vacancyId }, rules, now, execution) => fanOutVacancy(db, vacancyId, rules, now, execution),
};

/** A created broadcast, relayed at its send time: a message to each person and group chat it targets. */
export const broadcastCreatedJob: FanoutJobKind<z.infer<typeof broadcastCreatedPayload>> = {
  name: BROADCAST_CREATED_JOB,
  payload: broadcastCreatedPayload,
  run: (db, { broadcastId }, rules, now, execution) => fanOutBroadcast(db, broadcastId, rules, now, execution),
};

/** A list holds jobs of every payload type; each is checked with its own schema before it runs. */
// biome-ignore lint/suspicious/noExplicitAny: see above
export type AnyFanoutJob = FanoutJobKind<any>;

/** A job ready to run, or why it cannot be one (unknown name, malformed payload). Never throws. */
export type ReadFanoutJob =
  | { ok: true; job: { name: string; payload: unknown; run: (...args: RunArgs) => Promise<FanoutRun> } }
  | { ok: false; reason: string };

type RunArgs = [db: Kysely<Database>, rules: FanoutRules, now: Date, execution: FanoutExecution];

export function readFanoutJob(jobs: readonly AnyFanoutJob[], name: string, data: unknown): ReadFanoutJob {
  const kind: FanoutJobKind<unknown> | undefined = jobs.find((job) => job.name === name);
  if (!kind) return { ok: false, reason: `unknown job name ${JSON.stringify(name).slice(0, 60)}` };
  const parsed = kind.payload.safeParse(data);
  if (!parsed.success) return { ok: false, reason: describe(parsed.error) };
  const payload = parsed.data;
  return {
    ok: true,
    job: { name, payload, run: (db, rules, now, execution) => kind.run(db, payload, rules, now, execution) },
  };
}

function describe(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.join('.') || 'payload'}: ${issue.message}`).join('; ');
}
