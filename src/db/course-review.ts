import { sql, type Kysely, type RawBuilder, type Transaction } from 'kysely';
import { writeAudit } from './audit-log.ts';
import { type CourseFacts, loadCourse } from './courses.ts';
import { withinOfficialScope } from './region-scope.ts';
import type { Database } from './schema.ts';

/**
 * Courses waiting for an official in /duyet, as vacancies do (src/db/vacancy-review.ts), every query carrying the
 * scope in SQL. A course in a commune is within the scope of the officials of its province or commune (and of
 * country-wide officials and admins); an online course with no commune is within the scope of country-wide officials
 * and admins, and of the official who posted it (it belongs to no province).
 */
type Db = Kysely<Database> | Transaction<Database>;

export interface PendingCourse extends CourseFacts {
  /** Who submitted it: their name, or null (imported, or a person with no name left). */
  submittedBy: string | null;
  source: 'chat' | 'import';
}

/** The SQL condition "the course `c` is within the person's official or admin scope". */
function inScope(personId: number): RawBuilder<boolean> {
  return sql<boolean>`(${withinOfficialScope(personId, sql`c.province_code`, sql`c.commune_code`)}
    OR (c.province_code IS NULL AND c.submitted_by = ${personId}
      AND EXISTS (SELECT 1 FROM roles pr WHERE pr.person_id = ${personId} AND pr.revoked_at IS NULL
        AND pr.role IN ('official', 'admin'))))`;
}

export async function countCourseReviewQueue(db: Db, personId: number): Promise<number> {
  const row = await db
    .selectFrom('courses as c')
    .select(sql<number>`count(*)::int`.as('n'))
    .where('c.status', '=', 'pending')
    .where(inScope(personId))
    .executeTakeFirst();
  return row?.n ?? 0;
}

/** Oldest first, at most `limit`. */
export async function loadCourseReviewQueue(db: Db, personId: number, limit = 20): Promise<PendingCourse[]> {
  const rows = await db
    .selectFrom('courses as c')
    .leftJoin('people as s', 's.id', 'c.submitted_by')
    .select([
      'c.id',
      'c.source',
      // Their registered name, else the name their chat shows (an official or provider need not register).
      sql<string | null>`coalesce(s.full_name, (
        SELECT ci.display_name FROM channel_identities ci
        WHERE ci.person_id = s.id AND ci.display_name IS NOT NULL
        ORDER BY ci.last_seen_at DESC LIMIT 1))`.as('submitter'),
    ])
    .where('c.status', '=', 'pending')
    .where(inScope(personId))
    .orderBy('c.submitted_at')
    .orderBy('c.id')
    .limit(limit)
    .execute();
  const courses = await Promise.all(rows.map((row) => loadCourse(db, row.id)));
  return rows.flatMap((row, i) => {
    const course = courses[i];
    return course ? [{ ...course, submittedBy: row.submitter, source: row.source }] : [];
  });
}

export interface DecidedCourse {
  title: string;
  /** Who to tell: the submitter and the provider's owner. */
  submittedBy: number | null;
  providerOwner: number | null;
}

/** Approve or reject, only if still pending and within scope, with an audit entry; null when it did not apply. */
export async function decideCourse(
  trx: Transaction<Database>,
  personId: number,
  courseId: number,
  decision: 'approve' | 'reject',
  reason: string | null,
): Promise<DecidedCourse | null> {
  const updated = await trx
    .updateTable('courses as c')
    .set({
      status: decision === 'approve' ? 'approved' : 'rejected',
      decided_at: sql`now()`,
      decided_by: personId,
      reject_reason: decision === 'reject' ? reason : null,
    })
    .where('c.id', '=', courseId)
    .where('c.status', '=', 'pending')
    .where(inScope(personId))
    .returning([
      'c.title',
      'c.province_code',
      'c.submitted_by',
      (eb) =>
        eb.selectFrom('providers as p').select('p.owner_person_id').whereRef('p.id', '=', 'c.provider_id').as('owner'),
    ])
    .executeTakeFirst();
  if (!updated) return null;
  await writeAudit(trx, {
    actorPersonId: personId,
    actorLabel: 'official',
    action: decision === 'approve' ? 'course.approved' : 'course.rejected',
    subjectType: 'course',
    subjectId: String(courseId),
    regionCode: updated.province_code,
    details: reason ? { reason } : {},
  });
  return { title: updated.title, submittedBy: updated.submitted_by, providerOwner: updated.owner ?? null };
}
