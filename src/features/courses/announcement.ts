import { sql, type Kysely } from 'kysely';
import { type CourseFacts, loadCourse } from '../../db/courses.ts';
import type { Database } from '../../db/schema.ts';
import type { Lang } from '../../kernel/i18n/index.ts';
import type { OutboundMessage } from '../../kernel/message.ts';
import { vietnamIsoDate } from '../../kernel/time.ts';
import type { Renderer } from '../../messaging/delivery/render.ts';
import { COURSE_AUDIENCE } from './audience.ts';
import { courseMessage } from './card.ts';
import { t } from './messages.ts';

/**
 * A course's announcement ('course' notification, ref = courses.id), rendered at send time from the course (so the
 * seats left are current): a heading that says why the person gets it — a new course near them, or, for someone
 * who has found no work in their trade for a month, "Chưa có việc hợp với bạn?" — then the card with its three
 * choices. A person of a priority group who consented to it reads the support first.
 */
export interface AnnouncementReader {
  /** Why they got it (notifications.score, src/features/courses/audience.ts). */
  audience: 'wants' | 'unmatched';
  priorityFirst: boolean;
}

export function announcementHeading(lang: Lang, course: Pick<CourseFacts, 'online'>, reader: AnnouncementReader) {
  if (reader.audience === 'unmatched') return t(lang, 'courses.announcement.heading_unmatched');
  return t(lang, course.online ? 'courses.announcement.heading_online' : 'courses.announcement.heading');
}

/** Pure. */
export function courseAnnouncement(lang: Lang, course: CourseFacts, reader: AnnouncementReader): OutboundMessage {
  return courseMessage(lang, course, {
    priorityFirst: reader.priorityFirst,
    heading: announcementHeading(lang, course, reader),
  });
}

/** How the person reads it; null when they said "Không quan tâm" to the course since it was written. */
async function readerOf(db: Kysely<Database>, notificationId: number): Promise<AnnouncementReader | null> {
  const { rows } = await sql<{ score: number; priority: boolean; dismissed: boolean }>`
    SELECT n.score, coalesce(wp.priority_groups <> '{}' AND EXISTS (
      SELECT 1 FROM consents pc
      WHERE pc.person_id = n.person_id AND pc.purpose = 'priority_status' AND pc.withdrawn_at IS NULL),
      false) AS priority,
      EXISTS (SELECT 1 FROM course_dismissals d WHERE d.person_id = n.person_id AND d.course_id = n.ref_id) AS dismissed
    FROM notifications n LEFT JOIN worker_profiles wp ON wp.person_id = n.person_id
    WHERE n.id = ${notificationId}`.execute(db);
  const row = rows[0];
  if (row?.dismissed) return null;
  return {
    audience: row?.score === COURSE_AUDIENCE.unmatched ? 'unmatched' : 'wants',
    priorityFirst: row?.priority === true,
  };
}

/** Not cached: the heading and the order of the card depend on the person. */
export const courseRenderer: Renderer = {
  async render(db, target) {
    const course = await loadCourse(db, target.refId);
    if (!course) return { ok: false, skip: 'course missing' };
    if (course.status !== 'approved') return { ok: false, skip: `course ${course.status}` };
    if (course.startsOn <= vietnamIsoDate(new Date())) return { ok: false, skip: 'course started' };
    const reader = await readerOf(db, target.notificationId);
    if (reader === null) return { ok: false, skip: 'not interested' };
    return { ok: true, message: courseAnnouncement(target.lang, course, reader) };
  },
};
