import type { NotificationKind } from '../../messaging/delivery/notification-kind.ts';
import type { Renderer } from '../../messaging/delivery/render.ts';
import { formatDate } from '../../kernel/i18n/index.ts';
import { DECLINE_PREFIX, JOIN_PREFIX } from './flow.ts';
import { t } from './messages.ts';
import { clockTime } from './steps.ts';
import { UPCOMING_STATUSES } from './access.ts';

/**
 * An employer's invitation to an event (ref = events.id, one per employer's owner), written when an official invites
 * them (effects.ts): "Tham gia phiên" / "Không tham gia", answered through the door flow's answer step. Skipped when
 * the event is no longer ahead or the employer already answered (joined or declined in the meantime).
 */
export const INVITATION_KIND = 'event_invite';
/** After new vacancy alerts' urgency, ahead of broadcasts (src/messaging/fanout/recipients.ts). */
export const INVITATION_PRIORITY = 2;

export const invitationRenderer: Renderer = {
  async render(db, target) {
    if (target.personId === null) return { ok: false, skip: 'an invitation goes to a person' };
    const row = await db
      .selectFrom('events as ev')
      .innerJoin('event_employers as ee', 'ee.event_id', 'ev.id')
      .innerJoin('employers as e', 'e.id', 'ee.employer_id')
      .select(['ev.id', 'ev.title', 'ev.starts_at', 'e.name'])
      .where('ev.id', '=', target.refId)
      .where('ev.status', 'in', UPCOMING_STATUSES)
      .where('ev.starts_at', '>', new Date())
      .where('ee.status', '=', 'invited')
      .where('e.owner_person_id', '=', target.personId)
      .orderBy('e.id')
      .executeTakeFirst();
    if (!row) return { ok: false, skip: 'the event is over or the invitation was answered' };
    const { lang } = target;
    return {
      ok: true,
      message: {
        text: t(lang, 'event_door.invitation', {
          employer: row.name,
          title: row.title,
          date: formatDate(lang, row.starts_at),
          time: clockTime(row.starts_at),
        }),
        choices: [
          { id: `${JOIN_PREFIX}${row.id}`, label: t(lang, 'event_door.choice.join') },
          { id: `${DECLINE_PREFIX}${row.id}`, label: t(lang, 'event_door.choice.decline') },
        ],
        prompt: t(lang, 'event_door.invitation_question'),
      },
    };
  },
};

export const eventInvitations: NotificationKind = {
  kind: INVITATION_KIND,
  renderer: invitationRenderer,
  followsAlertSettings: false,
};
