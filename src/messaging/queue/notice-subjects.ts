import { sql, type Kysely } from 'kysely';
import type { ParamValue } from '../../kernel/i18n/index.ts';
import { SHARES_CONTACT } from '../../db/applications.ts';
import type { Database } from '../../db/schema.ts';
import { ABOUT_APPLICATION, ABOUT_EMPLOYER, type NoticePayload } from './notices.ts';

/**
 * The params of a notice that names someone, read when it is sent (src/messaging/queue/notices.ts): a worker's name and
 * phone from their application, only while they share them ("Quan tâm" with sharing, the consent still held, not
 * erased); an employer's name from the employer. Null: the notice is no longer to be sent. A notice about a worker
 * who no longer shares is skipped rather than sent as "someone is interested": without a way to reach the worker
 * it tells the employer nothing they can act on, and an interest without sharing is not announced either.
 */
export type SubjectParams = { ok: true; params: Record<string, ParamValue> } | { ok: false; reason: string };

interface ApplicationRow {
  title: string;
  shares: boolean;
  name: string | null;
  phone: string | null;
}

export async function subjectParams(db: Kysely<Database>, notice: NoticePayload): Promise<SubjectParams> {
  if (ABOUT_APPLICATION.has(notice.key)) {
    if (notice.applicationId === undefined) return { ok: false, reason: 'no application' };
    const { rows } = await sql<ApplicationRow>`
      SELECT v.title, ${SHARES_CONTACT} AS shares, p.full_name AS name, p.phone_e164 AS phone
      FROM applications a JOIN vacancies v ON v.id = a.vacancy_id JOIN people p ON p.id = a.person_id
      WHERE a.id = ${notice.applicationId}`.execute(db);
    const row = rows[0];
    if (!row) return { ok: false, reason: 'no such application' };
    if (!row.shares) return { ok: false, reason: 'the worker no longer shares their contact' };
    return {
      ok: true,
      params: { title: row.title, name: row.name ?? '—', phone: row.phone ? localPhone(row.phone) : '—' },
    };
  }
  if (ABOUT_EMPLOYER.has(notice.key) && notice.employerId !== undefined) {
    const employer = await db
      .selectFrom('employers')
      .select('name')
      .where('id', '=', notice.employerId)
      .executeTakeFirst();
    return employer ? { ok: true, params: { name: employer.name } } : { ok: false, reason: 'no such employer' };
  }
  return { ok: true, params: {} };
}

/** +84912345678 → 0912345678: how people write and dial a number in Vietnam. */
function localPhone(e164: string): string {
  return e164.startsWith('+84') ? `0${e164.slice(3)}` : e164;
}
