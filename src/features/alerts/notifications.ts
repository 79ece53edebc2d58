import { sql } from 'kysely';
import type { NotificationKind } from '../../messaging/delivery/notification-kind.ts';
import { vacancyApprovedJob } from '../../messaging/fanout/jobs.ts';
import { digestRenderer } from './digest.ts';
import { vacancyRenderer } from './vacancy-alert.ts';

/**
 * What a worker subscribed to: an alert per matching vacancy (ref = vacancies.id), and the daily digest (ref = the
 * Vietnam date). An alert is no longer wanted once its vacancy is not approved any more or past its deadline.
 */
export const vacancyAlerts: NotificationKind = {
  kind: 'vacancy',
  renderer: vacancyRenderer,
  followsAlertSettings: true,
  fanout: vacancyApprovedJob,
  liveness: {
    joins: sql`LEFT JOIN vacancies v ON n.kind = 'vacancy' AND v.id = n.ref_id`,
    skipWhen: (today) => sql`
      WHEN n.kind = 'vacancy' AND v.status IS DISTINCT FROM 'approved' THEN 'vacancy ' || coalesce(v.status, 'missing')
      WHEN n.kind = 'vacancy' AND v.deadline < ${today}::date THEN 'vacancy past its deadline'`,
  },
};

export const dailyDigests: NotificationKind = { kind: 'digest', renderer: digestRenderer, followsAlertSettings: false };
