import { z } from 'zod';

/**
 * The fan-out queue's jobs, as the outbox writes them (queue 'fanout'): an approved vacancy (approval in chat, CSV
 * import) and a created broadcast (relayed at its send time). Payloads are checked here; anything else is dropped.
 */
export const VACANCY_APPROVED_JOB = 'vacancy.approved';
export const BROADCAST_CREATED_JOB = 'broadcast.created';

const id = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);

export const vacancyApprovedPayload = z.object({ vacancyId: id });
export const broadcastCreatedPayload = z.object({ broadcastId: id });

export type FanoutJob = { kind: 'vacancy'; vacancyId: number } | { kind: 'broadcast'; broadcastId: number };

/** The job, or why it cannot be one (unknown name, malformed payload). Never throws. */
export function readFanoutJob(
  name: string,
  data: unknown,
): { ok: true; job: FanoutJob } | { ok: false; reason: string } {
  if (name === VACANCY_APPROVED_JOB) {
    const parsed = vacancyApprovedPayload.safeParse(data);
    return parsed.success
      ? { ok: true, job: { kind: 'vacancy', vacancyId: parsed.data.vacancyId } }
      : { ok: false, reason: describe(parsed.error) };
  }
  if (name === BROADCAST_CREATED_JOB) {
    const parsed = broadcastCreatedPayload.safeParse(data);
    return parsed.success
      ? { ok: true, job: { kind: 'broadcast', broadcastId: parsed.data.broadcastId } }
      : { ok: false, reason: describe(parsed.error) };
  }
  return { ok: false, reason: `unknown job name ${JSON.stringify(name).slice(0, 60)}` };
}

function describe(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.join('.') || 'payload'}: ${issue.message}`).join('; ');
}
