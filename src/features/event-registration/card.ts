import type { EventFacts } from '../../db/events.ts';
import type { Lang } from '../../kernel/i18n/index.ts';
import { eventCard as sharedEventCard } from '../events/card.ts';
import { t } from './messages.ts';

/**
 * The event as a ticket and a reminder show it: the events part's card (kind, title, day and time, place or link;
 * without the seats left, which a ticket holder need not read), and that attending is free. Pure.
 */
export type CardFacts = Pick<EventFacts, 'kind' | 'title' | 'startsAt' | 'communeCode' | 'address' | 'onlineUrl'>;

export function eventCard(lang: Lang, event: CardFacts): string {
  return `${sharedEventCard(lang, event)}\n${t(lang, 'eventreg.card.free')}`;
}
