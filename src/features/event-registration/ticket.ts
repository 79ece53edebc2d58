import type { Lang } from '../../kernel/i18n/index.ts';
import { ticketQrPath } from '../../kernel/events/ticket-qr-path.ts';
import type { OutboundMessage } from '../../kernel/message.ts';
import { type CardFacts, eventCard } from './card.ts';
import { cancelChoiceId } from './choices.ts';
import { t } from './messages.ts';

/**
 * The ticket as the worker gets it, right after registering and whenever they register again: the code to show at
 * the door (or their place on the waiting list), the jobs they asked to be interviewed for, the event card, and
 * "Không đến được". The code is the whole ticket: the door types it (src/kernel/events/ticket-code.ts) or scans its
 * QR code, attached as a photo when the service has an https address (neither platform fetches from elsewhere).
 * Pure.
 */
export interface TicketFacts {
  registrationId: number;
  code: string;
  status: 'registered' | 'waiting' | 'attended';
  /** Their place on the waiting list (1 = next), when waiting. */
  place: number;
  /** Titles of the jobs they want an interview for. */
  interviews: readonly string[];
  again?: boolean;
}

export function ticketHeadline(lang: Lang, ticket: TicketFacts): string {
  if (ticket.status === 'waiting') return t(lang, 'eventreg.waiting', { place: ticket.place, code: ticket.code });
  const code = t(lang, ticket.again ? 'eventreg.ticket_again' : 'eventreg.ticket', { code: ticket.code });
  return `${code}\n${t(lang, 'eventreg.ticket_show')}`;
}

export function ticketText(lang: Lang, event: CardFacts, ticket: TicketFacts): string {
  const lines = [ticketHeadline(lang, ticket)];
  if (ticket.interviews.length > 0)
    lines.push(t(lang, 'eventreg.interviews', { titles: ticket.interviews.join(', ') }));
  return `${lines.join('\n')}\n\n${eventCard(lang, event)}`;
}

/** `imageBaseUrl`: the service's https address, or null (then the code alone). */
export function ticketMessage(
  lang: Lang,
  event: CardFacts,
  ticket: TicketFacts,
  imageBaseUrl: string | null = null,
): OutboundMessage {
  return {
    text: ticketText(lang, event, ticket),
    choices: [{ id: cancelChoiceId(ticket.registrationId), label: t(lang, 'eventreg.cancel') }],
    prompt: t(lang, 'eventreg.reply_prompt'),
    // A place on the waiting list is not a seat: no code to scan at the door.
    ...(imageBaseUrl && ticket.status !== 'waiting' ? { imageUrl: `${imageBaseUrl}${ticketQrPath(ticket.code)}` } : {}),
  };
}
