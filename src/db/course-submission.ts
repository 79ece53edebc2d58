import { sql, type Transaction } from 'kysely';
import type { CourseDraft } from '../kernel/courses/draft.ts';
import { writeAudit } from './audit-log.ts';
import type { Database } from './schema.ts';

/**
 * Writing a posted course: the provider it is for, then the course as 'pending' (an official approves it) with an
 * audit entry, in the caller's transaction. Shared by /dangkhoahoc and `npm run cli -- import-courses`.
 */
type Trx = Transaction<Database>;

/** The provider of that name (letter case aside), else a new one with no owner (an official's, an import's). */
export async function providerNamed(trx: Trx, name: string): Promise<number> {
  const existing = await trx
    .selectFrom('providers')
    .select('id')
    .where(sql<string>`lower(name)`, '=', name.toLowerCase())
    .executeTakeFirst();
  if (existing) return existing.id;
  const created = await trx.insertInto('providers').values({ name }).returning('id').executeTakeFirstOrThrow();
  return created.id;
}

export type OwnProvider = { ok: true; providerId: number } | { ok: false; reason: 'name_taken' };

/** The provider the person owns; on their first course, a new one with the name they typed (unless it is taken). */
export async function ownProvider(trx: Trx, personId: number, name: string): Promise<OwnProvider> {
  const owned = await trx
    .selectFrom('providers')
    .select('id')
    .where('owner_person_id', '=', personId)
    .executeTakeFirst();
  if (owned) return { ok: true, providerId: owned.id };
  const created = await trx
    .insertInto('providers')
    .values({ name, owner_person_id: personId })
    .onConflict((oc) => oc.expression(sql`lower(name)`).doNothing())
    .returning('id')
    .executeTakeFirst();
  return created ? { ok: true, providerId: created.id } : { ok: false, reason: 'name_taken' };
}

export interface CourseSubmission {
  providerId: number;
  draft: CourseDraft;
  source: 'chat' | 'import';
  submittedBy: number | null;
  /** Who it was, for the audit log: 'provider', 'official', 'cli'. */
  actorLabel: string;
}

/** The course as pending, and its audit entry; its id. */
export async function submitCourse(trx: Trx, submission: CourseSubmission): Promise<number> {
  const { id, provinceCode } = await insertPendingCourse(trx, submission);
  await writeAudit(trx, {
    actorPersonId: submission.submittedBy,
    actorLabel: submission.actorLabel,
    action: 'course.submitted',
    subjectType: 'course',
    subjectId: String(id),
    regionCode: provinceCode,
    details: { source: submission.source, providerId: submission.providerId },
  });
  return id;
}

/** The course as pending, without an audit entry (an import writes one for the whole file). */
export async function insertPendingCourse(
  trx: Trx,
  submission: Omit<CourseSubmission, 'actorLabel'>,
): Promise<{ id: number; provinceCode: string | null }> {
  const { draft } = submission;
  const region =
    draft.communeCode === null
      ? null
      : await trx
          .selectFrom('regions')
          .select('province_code')
          .where('code', '=', draft.communeCode)
          .where('level', '=', 'commune')
          .executeTakeFirstOrThrow();
  const provinceCode = region?.province_code ?? null;
  const course = await trx
    .insertInto('courses')
    .values({
      provider_id: submission.providerId,
      title: draft.title,
      occupation: draft.occupation,
      level: draft.level,
      online: draft.online,
      commune_code: draft.communeCode,
      province_code: provinceCode,
      address: draft.address,
      starts_on: draft.startsOn,
      duration_days: draft.durationDays,
      schedule: draft.schedule,
      seats: draft.seats,
      fee_vnd: draft.feeVnd,
      support_text: draft.supportText,
      priority_support: draft.prioritySupport,
      support_amount_vnd: draft.supportAmountVnd,
      contact: draft.contact,
      status: 'pending',
      source: submission.source,
      submitted_by: submission.submittedBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { id: course.id, provinceCode };
}
