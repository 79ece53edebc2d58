/**
 * An application's life: interested → introduced → offered → hired | not_hired | withdrawn, plus the worker's own
 * "not suitable" (never interested). "Offered" (the employer offered the job, e.g. after an interview at a job fair)
 * may be skipped. Who may move it where, and what changes nothing. Pure: the caller checks in
 * SQL that the actor may touch this application at all (their own, their own vacancy's, within their scope).
 *
 * - worker: "Quan tâm" (again after "không phù hợp" or a withdrawal), "không phù hợp" while only interested,
 *   a withdrawal while interested, introduced or offered, and hired / not hired only as the answer to the 7-day
 *   follow-up;
 * - employer (on their own vacancy): introduced, offered, hired, not hired — never away from hired (that is a
 *   correction);
 * - official, admin (within scope) and system: any status, from any status (corrections included);
 * - only a worker creates an application (or the system, for an import).
 */
export const APPLICATION_STATUSES = [
  'interested',
  'introduced',
  'offered',
  'hired',
  'not_hired',
  'withdrawn',
  'not_suitable',
] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

export const APPLICATION_ACTORS = ['worker', 'employer', 'official', 'admin', 'system'] as const;
export type ApplicationActor = (typeof APPLICATION_ACTORS)[number];

/**
 * The steps after "Quan tâm": what an employer or official sees as "pressed Quan tâm" (not withdrawn, not unsuitable).
 */
export const PURSUED_STATUSES = [
  'interested',
  'introduced',
  'offered',
  'hired',
  'not_hired',
] as const satisfies readonly ApplicationStatus[];

export interface TransitionRequest {
  /** The current status; null when there is no application yet. */
  from: ApplicationStatus | null;
  to: ApplicationStatus;
  actor: ApplicationActor;
  /** The worker's answer to the 7-day follow-up ("did you get the job?"). */
  viaFollowup?: boolean;
}

/**
 * move: write it; no_op: nothing to write (already there, or a repeat that keeps a later step); refused: not theirs to
 * make.
 */
export type TransitionVerdict = 'move' | 'no_op' | 'refused';

type Table = Readonly<Partial<Record<ApplicationStatus, readonly (ApplicationStatus | null)[]>>>;

/** Worker: for each target, the statuses it may come from. */
const WORKER: Table = {
  interested: [null, 'not_suitable', 'withdrawn'],
  not_suitable: [null, 'interested'],
  withdrawn: ['interested', 'introduced', 'offered'],
};
/** Worker, answering the follow-up: whatever they had said before, except "not suitable" (never applied). */
const WORKER_FOLLOWUP: Table = {
  hired: ['interested', 'introduced', 'offered', 'not_hired', 'withdrawn'],
  not_hired: ['interested', 'introduced', 'offered', 'hired', 'withdrawn'],
};
/** Repeats that keep what is there: "Quan tâm" on a later step, "không phù hợp" after interest moved on. */
const WORKER_KEEPS: Table = {
  interested: ['introduced', 'offered', 'hired', 'not_hired'],
  not_suitable: ['introduced', 'offered', 'hired', 'not_hired', 'withdrawn'],
};
const EMPLOYER: Table = {
  introduced: ['interested', 'not_hired'],
  offered: ['interested', 'introduced'],
  hired: ['interested', 'introduced', 'offered', 'not_hired'],
  not_hired: ['interested', 'introduced', 'offered'],
};

export function checkTransition(request: TransitionRequest): TransitionVerdict {
  const { from, to, actor } = request;
  if (from === to) return 'no_op';
  switch (actor) {
    case 'system':
      return 'move';
    case 'official':
    case 'admin':
      return from === null ? 'refused' : 'move';
    case 'employer':
      return from !== null && (EMPLOYER[to] ?? []).includes(from) ? 'move' : 'refused';
    case 'worker': {
      const table = request.viaFollowup ? WORKER_FOLLOWUP : WORKER;
      if ((table[to] ?? []).includes(from)) return 'move';
      return !request.viaFollowup && (WORKER_KEEPS[to] ?? []).includes(from) ? 'no_op' : 'refused';
    }
  }
}

/** The statuses among `candidates` this actor may move the application to now (what a flow offers). */
export function offeredTargets<S extends ApplicationStatus>(
  from: ApplicationStatus,
  actor: ApplicationActor,
  candidates: readonly S[],
): S[] {
  return candidates.filter((to) => checkTransition({ from, to, actor }) === 'move');
}

/** A correction away from "hired" (the funnel's "successfully connected") is asked to be confirmed once. */
export function needsConfirmation(from: ApplicationStatus, to: ApplicationStatus): boolean {
  return from === 'hired' && to !== 'hired';
}

/** Employers', officials' and admins' steps also go to the audit log (a worker's own answers do not need to). */
export function isAudited(actor: ApplicationActor): boolean {
  return actor === 'employer' || actor === 'official' || actor === 'admin';
}
