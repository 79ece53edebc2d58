import { sql, type Transaction } from 'kysely';
import { writeAudit } from '../../db/audit-log.ts';
import type { Database } from '../../db/schema.ts';
import { effectHandlers, DONE } from '../../engine/feature.ts';
import type { MeetingDraft, MeetingsEffect } from './context.ts';
import { meetingTitle } from './data.ts';
import { t } from './messages.ts';

/**
 * Recording a village meeting (/hopthon): an events row, kind 'meeting', already 'held', with its village, the
 * attendees counted and the topics; audited, in the caller's transaction. Nothing is announced. As for events, the
 * scope is checked again in SQL: the author holds an active official or admin role for the meeting's scope, and the
 * commune lies within it.
 */
export type RecordMeetingResult = { ok: true; eventId: number } | { ok: false };

export async function recordMeeting(
  trx: Transaction<Database>,
  authorPersonId: number,
  meeting: MeetingDraft,
): Promise<RecordMeetingResult> {
  const scope = meeting.scopeRegionCode;
  const { rows } = await sql<{ allowed: boolean }>`
    SELECT EXISTS (
        SELECT 1 FROM roles r
        WHERE r.person_id = ${authorPersonId}::bigint AND r.revoked_at IS NULL AND r.role IN ('official', 'admin')
          AND r.region_code IS NOT DISTINCT FROM ${scope}::text)
      AND EXISTS (
        SELECT 1 FROM regions g
        WHERE g.code = ${meeting.communeCode} AND g.level = 'commune'
          AND (${scope}::text IS NULL OR g.code = ${scope}::text OR g.province_code = ${scope}::text)
      ) AS allowed`.execute(trx);
  if (!rows[0]?.allowed) return { ok: false };

  const row = await trx
    .insertInto('events')
    .values({
      kind: 'meeting',
      title: meetingTitle(meeting.village),
      starts_at: meeting.startsAt,
      commune_code: meeting.communeCode,
      official_person_id: authorPersonId,
      scope_region_code: scope,
      status: 'held',
      village: meeting.village,
      attendees_reported: meeting.attendees,
      topics: [...meeting.topics],
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await writeAudit(trx, {
    actorPersonId: authorPersonId,
    actorLabel: 'official',
    action: 'event.meeting_recorded',
    subjectType: 'event',
    subjectId: String(row.id),
    regionCode: scope,
    details: {
      communeCode: meeting.communeCode,
      startsAt: meeting.startsAt.toISOString(),
      attendees: meeting.attendees,
      topics: meeting.topics,
    },
  });
  return { ok: true, eventId: row.id };
}

export const meetingsEffects = effectHandlers<MeetingsEffect>({
  async record_meeting(trx, { personId }, { meeting }) {
    const result = await recordMeeting(trx, personId, meeting);
    return result.ok ? DONE : { ok: false, tell: (lang) => t(lang, 'event_meetings.refused') };
  },
});
