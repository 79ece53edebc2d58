import type { Kysely } from 'kysely';
import { loadEvent } from '../../db/events.ts';
import type { Database } from '../../db/schema.ts';
import type { NotificationKind } from '../../messaging/delivery/notification-kind.ts';
import type { Renderer, RenderResult } from '../../messaging/delivery/render.ts';
import { EVENING_REMINDER_KIND, SOON_REMINDER_KIND } from '../../messaging/schedule/event-reminders.ts';
import { t } from './messages.ts';
import { MOVED_UP_KIND, ownRegistration } from './seats.ts';
import { ticketMessage } from './ticket.ts';

/**
 * What a registered worker is sent (ref = event_registrations.id): the reminders the evening before and two hours
 * before (src/messaging/schedule/event-reminders.ts writes them), and "a seat is free for you" when they move up
 * from the waiting list. Rendered at send time with the ticket as it stands and "Không đến được"; skipped once the
 * registration is no longer a seat (cancelled, erased) or the event is cancelled or over.
 */
type Headline = 'eventreg.remind_evening' | 'eventreg.remind_soon' | 'eventreg.moved_up';

function ticketRenderer(headline: Headline): Renderer {
  return {
    async render(db: Kysely<Database>, target): Promise<RenderResult> {
      if (target.personId === null) return { ok: false, skip: 'not a person' };
      const row = await db
        .selectFrom('event_registrations')
        .select('event_id')
        .where('id', '=', target.refId)
        .where('person_id', '=', target.personId)
        .executeTakeFirst();
      const event = row ? await loadEvent(db, row.event_id) : null;
      if (!event || !['scheduled', 'announced'].includes(event.status) || event.startsAt <= new Date())
        return { ok: false, skip: 'event over or cancelled' };
      const own = await ownRegistration(db, event.id, target.personId);
      if (own?.status !== 'registered') return { ok: false, skip: 'no longer registered' };
      const ticket = ticketMessage(target.lang, event, { ...own, registrationId: own.id, status: 'registered' });
      return {
        ok: true,
        message: { ...ticket, text: `${t(target.lang, headline, { title: event.title })}\n\n${ticket.text}` },
      };
    },
  };
}

const kind = (name: string, headline: Headline): NotificationKind => ({
  kind: name,
  renderer: ticketRenderer(headline),
  followsAlertSettings: false,
});

export const eventRegistrationNotifications: readonly NotificationKind[] = [
  kind(EVENING_REMINDER_KIND, 'eventreg.remind_evening'),
  kind(SOON_REMINDER_KIND, 'eventreg.remind_soon'),
  kind(MOVED_UP_KIND, 'eventreg.moved_up'),
];
