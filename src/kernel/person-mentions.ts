import { findPhoneNumbers } from './phone.ts';

/**
 * Taking one person's name and phone number out of a text that mentions them (a choice label another chat keeps,
 * "Lò Thị Mai, 0912 345 678 — Đã quan tâm"), whatever the spelling: the name in any letter case, the number as
 * +84…, 84… or 0…, with or without spaces, dots or dashes. Each mention becomes "…". Pure.
 */
export const MENTION_REMOVED = '…';

export interface PersonMentioned {
  fullName: string | null;
  phoneE164: string | null;
}

/** The digits that identify a Vietnamese number however it is written: "+84 912 345 678" → "912345678". */
function significantDigits(written: string): string {
  const digits = written.replace(/\D/g, '');
  if (digits.startsWith('84') && digits.length === 11) return digits.slice(2);
  if (digits.startsWith('0')) return digits.slice(1);
  return digits;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function withoutMentions(text: string, person: PersonMentioned): string {
  let out = text.normalize('NFC');
  const name = person.fullName?.normalize('NFC').trim();
  if (name) out = out.replace(new RegExp(escapeRegExp(name), 'giu'), MENTION_REMOVED);
  if (person.phoneE164) {
    const theirs = significantDigits(person.phoneE164);
    for (const written of findPhoneNumbers(out)) {
      if (significantDigits(written) === theirs) out = out.split(written).join(MENTION_REMOVED);
    }
  }
  return out;
}
