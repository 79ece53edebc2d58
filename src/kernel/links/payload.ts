import { loadGeo } from '../geo/index.ts';
import type { RegistrationLink } from './link.ts';
import { occupationOfTradeCode, tradeCodeOf } from './trade-codes.ts';

/**
 * The payload of a Telegram deep link, `https://t.me/<bot>?start=<payload>`: parts joined by "_", each a letter and
 * its value: `c05860` a commune, `omay` a trade (src/kernel/links/trade-codes.ts), `v12` a vacancy, `f3` a job fair
 * ("c05860_omay"). Telegram allows [A-Za-z0-9_-], at most 64 characters.
 *
 * An invite is also sent as "/start ABCD-EFGH" or "/start ABCDEFGH" (src/db/invites.ts inviteCodeIn): no part's
 * value holds "-", and a payload that is 8 letters and digits is read as an invite, never as a link; `linkPayload`
 * never writes one (a lone vacancy or fair number of 7 digits gets a leading zero). Pure.
 */
export const PAYLOAD_MAX_LENGTH = 64;
const TELEGRAM_LEGAL = /^[A-Za-z0-9_-]+$/;
const INVITE_SHAPED = /^[A-Za-z0-9]{4}-?[A-Za-z0-9]{4}$/;
const ID = /^\d{1,9}$/;

/** Whether a /start argument has the shape of an invite code: it is one, whatever else it might look like. */
export function isInviteShaped(payload: string): boolean {
  return INVITE_SHAPED.test(payload);
}

type Letter = 'c' | 'o' | 'v' | 'f';

function readPart(letter: Letter, value: string): RegistrationLink | null {
  switch (letter) {
    case 'c':
      return /^\d{5}$/.test(value) && loadGeo().communeByCode.has(value) ? { communeCode: value } : null;
    case 'o': {
      const occupation = occupationOfTradeCode(value);
      return occupation ? { occupation } : null;
    }
    case 'v':
    case 'f': {
      const id = ID.test(value) ? Number(value) : 0;
      if (id < 1) return null;
      return letter === 'v' ? { vacancyId: id } : { fairId: id };
    }
  }
}

/** "c05860_omay" → { communeCode: '05860', occupation: 'garment' }; null for anything that is not a valid link. */
export function parseLinkPayload(payload: string): RegistrationLink | null {
  if (payload.length > PAYLOAD_MAX_LENGTH || !TELEGRAM_LEGAL.test(payload) || isInviteShaped(payload)) return null;
  const seen = new Set<string>();
  let link: RegistrationLink = {};
  for (const part of payload.split('_')) {
    const letter = part.charAt(0);
    if (!'covf'.includes(letter) || letter === '' || seen.has(letter)) return null;
    seen.add(letter);
    const read = readPart(letter as Letter, part.slice(1));
    if (!read) return null;
    link = { ...link, ...read };
  }
  return link;
}

/** The payload for a link, parts in the order c, o, v, f; null when it names nothing a link can carry. */
export function linkPayload(link: RegistrationLink): string | null {
  const trade = link.occupation ? tradeCodeOf(link.occupation) : undefined;
  const parts = [
    link.communeCode === undefined ? null : `c${link.communeCode}`,
    trade === undefined ? null : `o${trade}`,
    link.vacancyId === undefined ? null : `v${link.vacancyId}`,
    link.fairId === undefined ? null : `f${link.fairId}`,
  ].filter((part): part is string => part !== null);
  if (parts.length === 0) return null;
  const payload = parts.join('_');
  // Only a lone v or f part can be 8 letters and digits: a leading zero keeps it from reading as an invite.
  return isInviteShaped(payload) ? `${payload.charAt(0)}0${payload.slice(1)}` : payload;
}
