import { sql } from 'kysely';
import type { NotificationKind } from '../../messaging/delivery/notification-kind.ts';
import { broadcastCreatedJob } from '../../messaging/fanout/jobs.ts';
import { broadcastRenderer } from './notification.ts';

/** An official's broadcast (ref = broadcasts.id), no longer wanted once cancelled. */
export const broadcasts: NotificationKind = {
  kind: 'broadcast',
  renderer: broadcastRenderer,
  followsAlertSettings: true,
  fanout: broadcastCreatedJob,
  liveness: {
    joins: sql`LEFT JOIN broadcasts b ON n.kind = 'broadcast' AND b.id = n.ref_id`,
    skipWhen: () =>
      sql`WHEN n.kind = 'broadcast' AND (b.id IS NULL OR b.status = 'cancelled') THEN 'broadcast cancelled'`,
  },
};
