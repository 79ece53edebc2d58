import { sql, type Transaction } from 'kysely';
import {
  checkTransition,
  isAudited,
  type ApplicationActor,
  type ApplicationStatus,
} from '../kernel/application-lifecycle.ts';
import { WORKER_COMMUNE, WORKER_PROVINCE, withinOfficialScope } from './region-scope.ts';
import type { ApplicationActorRole, ApplicationStatus as StoredStatus, Database } from './schema.ts';
import { writeAudit } from './audit-log.ts';

/**
 * The one writer of applications.status: every step of an application goes through `moveApplication`, in the
 * caller's transaction. It finds the application only where the actor may act on it (a worker: their own; an
 * employer: one to their own vacancy; an official or admin: a worker living within their scope; the system:
 * any), locks it, checks the step (src/kernel/application-lifecycle.ts), then writes the new status, the event
 * (who, when) and, for an employer's, official's or admin's step, an audit entry. A worker's first "Quan tâm" or
 * "Không phù hợp" creates the application with its first event.
 */
type Trx = Transaction<Database>;

/** The core's words and the stored ones stay the same (checked when compiling). */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const SAME_WORDS: Same<ApplicationStatus, StoredStatus> & Same<ApplicationActor, ApplicationActorRole> = true;
void SAME_WORDS;

/** An application by its id, or a worker's application to a vacancy (created by a worker's first answer). */
export type ApplicationTarget = { applicationId: number } | { vacancyId: number; workerId: number };

export interface ApplicationMove {
  to: ApplicationStatus;
  /** Who makes the step; personId null only for the system. */
  actor: { role: ApplicationActor; personId: number | null };
  /** The worker's answer to the 7-day follow-up (the only way a worker says hired or not hired). */
  viaFollowup?: boolean;
  /** Kept with the event ("followup", a correction's reason). */
  note?: string | null;
  /** A new application only: whether the worker shared their name and phone with the employer. */
  sharedContact?: boolean;
}

export type MoveResult =
  | { kind: 'moved'; applicationId: number; vacancyId: number; from: ApplicationStatus | null; to: ApplicationStatus }
  | { kind: 'no_op' | 'refused'; applicationId: number; vacancyId: number; status: ApplicationStatus }
  /** No such application, or not one this actor may touch (the two look the same on purpose). */
  | { kind: 'not_found' };

interface Found {
  id: number;
  vacancy_id: number;
  status: ApplicationStatus;
  vacancy_province: string;
  worker_province: string | null;
}

export async function moveApplication(trx: Trx, target: ApplicationTarget, move: ApplicationMove): Promise<MoveResult> {
  const { actor } = move;
  if (actor.role !== 'system' && actor.personId === null) return { kind: 'not_found' };
  let found = await findForUpdate(trx, target, actor);
  let from: ApplicationStatus | null = found?.status ?? null;
  if (!found) {
    if (!('vacancyId' in target) || checkTransition({ from: null, to: move.to, actor: actor.role }) !== 'move')
      return { kind: 'not_found' };
    if (actor.role !== 'system' && actor.personId !== target.workerId) return { kind: 'not_found' };
    const created = await create(trx, target, move);
    if (created)
      return { kind: 'moved', applicationId: created.id, vacancyId: target.vacancyId, from: null, to: move.to };
    // Made by another message of the same person in the meantime: a step from what it is now.
    found = await findForUpdate(trx, target, actor);
    if (!found) return { kind: 'not_found' };
    from = found.status;
  }
  const verdict = checkTransition({ from, to: move.to, actor: actor.role, viaFollowup: move.viaFollowup === true });
  if (verdict !== 'move')
    return { kind: verdict, applicationId: found.id, vacancyId: found.vacancy_id, status: found.status };
  await trx
    .updateTable('applications')
    .set({ status: move.to, updated_at: sql`now()` })
    .where('id', '=', found.id)
    .execute();
  await addEvent(trx, found.id, move);
  if (isAudited(actor.role)) {
    await writeAudit(trx, {
      actorPersonId: actor.personId,
      actorLabel: actor.role,
      action: `application.${move.to}`,
      subjectType: 'application',
      subjectId: String(found.id),
      // An employer acts where the job is; an official where the worker lives (their scope).
      regionCode:
        actor.role === 'employer' ? found.vacancy_province : (found.worker_province ?? found.vacancy_province),
      details: { from, vacancyId: found.vacancy_id, ...(move.note ? { note: move.note } : {}) },
    });
  }
  return { kind: 'moved', applicationId: found.id, vacancyId: found.vacancy_id, from, to: move.to };
}

async function findForUpdate(
  trx: Trx,
  target: ApplicationTarget,
  actor: ApplicationMove['actor'],
): Promise<Found | undefined> {
  const personId = actor.personId ?? 0;
  let query = trx
    .selectFrom('applications as a')
    .innerJoin('vacancies as v', 'v.id', 'a.vacancy_id')
    .innerJoin('employers as e', 'e.id', 'v.employer_id')
    .innerJoin('people as p', 'p.id', 'a.person_id')
    .leftJoin('worker_profiles as w', 'w.person_id', 'a.person_id')
    .select([
      'a.id',
      'a.vacancy_id',
      'a.status',
      'v.province_code as vacancy_province',
      WORKER_PROVINCE.as('worker_province'),
    ]);
  query =
    'applicationId' in target
      ? query.where('a.id', '=', target.applicationId)
      : query.where('a.vacancy_id', '=', target.vacancyId).where('a.person_id', '=', target.workerId);
  switch (actor.role) {
    case 'worker':
      query = query.where('a.person_id', '=', personId);
      break;
    case 'employer':
      query = query.where('e.owner_person_id', '=', personId);
      break;
    case 'official':
    case 'admin':
      query = query.where(withinOfficialScope(personId, WORKER_PROVINCE, WORKER_COMMUNE));
      break;
    case 'system':
      break;
  }
  const row = await query.forUpdate('a').executeTakeFirst();
  return row ? { ...row, status: row.status as ApplicationStatus } : undefined;
}

async function create(
  trx: Trx,
  target: { vacancyId: number; workerId: number },
  move: ApplicationMove,
): Promise<{ id: number } | undefined> {
  const created = await trx
    .insertInto('applications')
    .values({
      vacancy_id: target.vacancyId,
      person_id: target.workerId,
      status: move.to,
      shared_contact: move.sharedContact === true,
    })
    .onConflict((oc) => oc.columns(['vacancy_id', 'person_id']).doNothing())
    .returning('id')
    .executeTakeFirst();
  if (created) await addEvent(trx, created.id, move);
  return created;
}

async function addEvent(trx: Trx, applicationId: number, move: ApplicationMove): Promise<void> {
  await trx
    .insertInto('application_events')
    .values({
      application_id: applicationId,
      status: move.to,
      actor_person_id: move.actor.personId,
      actor_role: move.actor.role,
      at: sql`now()`,
      note: move.note ?? null,
    })
    .execute();
}

/**
 * For reads with `applications as a` and `people as p`: the worker agreed to share their name and phone with the
 * employer ("Quan tâm" with sharing), still holds that consent, and has not erased their data.
 */
export const SHARES_CONTACT = sql<boolean>`(a.shared_contact AND p.status <> 'deleted' AND EXISTS (
  SELECT 1 FROM consents c WHERE c.person_id = a.person_id AND c.purpose = 'share_with_employer' AND c.withdrawn_at IS NULL))`;
