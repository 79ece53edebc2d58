import type { EventKind } from '../../db/schema.ts';
import { communeLabel } from '../shared/place.ts';
import { formatDate, formatNumber, type Lang } from '../../kernel/i18n/index.ts';
import { VIETNAM_OFFSET_MS } from '../../kernel/time.ts';
import { clock } from '../broadcast/when.ts';
import { t } from './messages.ts';

/**
 * An event as every message shows it (the announcement, the ticket, the reminders, the door): its kind, title,
 * Vietnam day and time, and its place or link; with the seats left when capped and counted. Pure.
 *
 *   🏢 Phiên giao dịch việc làm
 *   Phiên giao dịch việc làm xã Mèo Vạc tháng 12
 *   🕗 08:00, thứ Bảy 19/12/2026
 *   📍 Hội trường UBND xã, Xã Mèo Vạc (Tuyên Quang)
 */
export interface EventCardFacts {
  kind: EventKind;
  title: string;
  startsAt: Date;
  communeCode: string | null;
  address: string | null;
  onlineUrl: string | null;
  capacity?: number | null;
  /** Seats taken, when known: with a capacity, the seats left are shown. */
  seatsTaken?: number;
}

/** "thứ Bảy" / "Saturday": the Vietnam weekday of `at`. */
export function weekdayName(lang: Lang, at: Date): string {
  const day = new Date(at.getTime() + VIETNAM_OFFSET_MS).getUTCDay();
  return t(lang, `events.weekday.${day as 0 | 1 | 2 | 3 | 4 | 5 | 6}`);
}

/** "08:00, thứ Bảy 19/12/2026". */
export function eventWhen(lang: Lang, at: Date): string {
  return t(lang, 'events.card.time', { time: clock(at), weekday: weekdayName(lang, at), date: formatDate(lang, at) });
}

/** "Xã Mèo Vạc (Tuyên Quang)". */

/** "📍 Hội trường UBND xã, Xã Mèo Vạc (Tuyên Quang)" or "🔗 https://…"; null when neither is known. */
export function eventWhere(lang: Lang, event: EventCardFacts): string | null {
  if (event.onlineUrl !== null) return t(lang, 'events.card.link', { url: event.onlineUrl });
  if (event.communeCode === null) return null;
  const commune = communeLabel(event.communeCode);
  return event.address === null ? `📍 ${commune}` : t(lang, 'events.card.where', { address: event.address, commune });
}

export function eventCardLines(lang: Lang, event: EventCardFacts): string[] {
  const lines = [
    t(lang, `events.card.${event.kind}`),
    event.title,
    t(lang, 'events.card.when', { when: eventWhen(lang, event.startsAt) }),
  ];
  const where = eventWhere(lang, event);
  if (where !== null) lines.push(where);
  if (event.capacity != null && event.seatsTaken !== undefined) {
    const left = event.capacity - event.seatsTaken;
    lines.push(
      left > 0 ? t(lang, 'events.card.seats_left', { seats: formatNumber(lang, left) }) : t(lang, 'events.card.full'),
    );
  }
  return lines;
}

export function eventCard(lang: Lang, event: EventCardFacts): string {
  return eventCardLines(lang, event).join('\n');
}
