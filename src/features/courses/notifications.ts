import { sql } from 'kysely';
import type { NotificationKind } from '../../messaging/delivery/notification-kind.ts';
import { courseRenderer } from './announcement.ts';
import { COURSE_KIND } from './audience.ts';
import { courseApprovedJob } from './fanout.ts';

/** A course's announcement (ref = courses.id), no longer wanted once the course is not approved or has started. */
export const courseAnnouncements: NotificationKind = {
  kind: COURSE_KIND,
  renderer: courseRenderer,
  followsAlertSettings: true,
  fanout: courseApprovedJob,
  liveness: {
    joins: sql`LEFT JOIN courses ann_co ON n.kind = 'course' AND ann_co.id = n.ref_id`,
    skipWhen: (today) =>
      sql`WHEN n.kind = 'course' AND ann_co.status IS DISTINCT FROM 'approved'
        THEN 'course ' || coalesce(ann_co.status, 'missing')
      WHEN n.kind = 'course' AND ann_co.starts_on <= ${today}::date THEN 'course started'`,
  },
};
