import { loadEvent, type EventFacts } from '../../db/events.ts';
import type { Lang } from '../../kernel/i18n/index.ts';
import type { OutboundMessage } from '../../kernel/message.ts';
import type { Renderer } from '../../messaging/delivery/render.ts';
import { eventCard } from './card.ts';
import { t } from './messages.ts';

/**
 * The announcement, rendered at send time from the event (so the seats left are current): the heading, the event
 * card, and the two choices the event-registration feature answers.
 */
export const registerChoiceId = (eventId: number): string => `event.register.${eventId}`;
export const jobsChoiceId = (eventId: number): string => `event.jobs.${eventId}`;

export function announcementMessage(lang: Lang, event: EventFacts): OutboundMessage {
  return {
    text: `${t(lang, 'events.announcement.heading')}\n\n${eventCard(lang, event)}`,
    choices: [
      { id: registerChoiceId(event.id), label: t(lang, 'events.announcement.register') },
      { id: jobsChoiceId(event.id), label: t(lang, 'events.announcement.jobs') },
    ],
  };
}

export const eventRenderer: Renderer = {
  async render(db, target) {
    const event = await loadEvent(db, target.refId);
    if (!event) return { ok: false, skip: 'event missing' };
    if (event.status === 'cancelled' || event.status === 'held') return { ok: false, skip: `event ${event.status}` };
    return { ok: true, message: announcementMessage(target.lang, event) };
  },
  // The same for everyone in a language for a short while (the seats left may lag by the cache's 30 s).
  cacheKey: (target) => `event:${target.refId}:${target.lang}`,
};
