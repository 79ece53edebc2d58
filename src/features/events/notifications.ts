import { sql } from 'kysely';
import type { NotificationKind } from '../../messaging/delivery/notification-kind.ts';
import { eventCreatedJob, NOTIFICATION_KIND } from './fanout.ts';
import { eventRenderer } from './notification.ts';

/** An event's announcement (ref = events.id), no longer wanted once the event is cancelled, held or started. */
export const eventAnnouncements: NotificationKind = {
  kind: NOTIFICATION_KIND,
  renderer: eventRenderer,
  followsAlertSettings: true,
  fanout: eventCreatedJob,
  liveness: {
    joins: sql`LEFT JOIN events ann_ev ON n.kind = 'event' AND ann_ev.id = n.ref_id`,
    skipWhen: () =>
      sql`WHEN n.kind = 'event' AND (ann_ev.id IS NULL OR ann_ev.status IN ('cancelled', 'held')) THEN 'event cancelled'
      WHEN n.kind = 'event' AND ann_ev.starts_at <= now() THEN 'event started'`,
  },
};
