/**
 * Vietnamese mobile numbers: normalise what a worker types to E.164, mask them for display and logs,
 * and find them in free text (for log redaction).
 *
 * Rules from reference/vietnam-domain.md §3.2:
 * - strip spaces, dots, dashes and brackets; accept +84, 84, 0084 and the common mistake +840…;
 * - parse with `libphonenumber-js/mobile`, region VN; a valid mobile number is stored as E.164;
 * - a 10-digit number with a real Vietnamese mobile prefix that the metadata rejects → ask to confirm;
 * - an old 11-digit 01xx number → propose the converted 10-digit number and ask to confirm.
 *
 * Pure: no I/O, no clock.
 */
import { parsePhoneNumberFromString } from 'libphonenumber-js/mobile';

export type PhoneResult =
  | { kind: 'valid'; e164: string; national: string }
  | { kind: 'confirm'; e164: string; national: string; reason: 'unusual_prefix' | 'old_11_digit' }
  | {
      kind: 'invalid';
      reason: 'empty' | 'too_short' | 'too_long' | 'not_vietnamese_mobile' | 'not_a_number';
    };

export type InvalidPhoneReason = Extract<PhoneResult, { kind: 'invalid' }>['reason'];

/**
 * 10-digit mobile prefixes in use (national form, with the leading 0).
 * From the doc's tables: the converted prefixes (032–039, 056, 058, 059, 070, 076–079, 081–085) and the
 * 10-digit prefixes that stayed (086, 090–094, 096–099); plus 087, 095 (accepted by the metadata, listed
 * as valid in the doc's measurements) and 052, 055, 088, 089, which are real network prefixes whose
 * sub-ranges the metadata partly rejects (doc: 0891…, 052…, 055…). Not here on purpose: 050, 053, 074, 080
 * (unallocated) and 030, 031, 051 (allowed by the metadata's pattern but not in any table we have).
 */
export const VN_MOBILE_PREFIXES: ReadonlySet<string> = new Set([
  '032',
  '033',
  '034',
  '035',
  '036',
  '037',
  '038',
  '039',
  '052',
  '055',
  '056',
  '058',
  '059',
  '070',
  '076',
  '077',
  '078',
  '079',
  '081',
  '082',
  '083',
  '084',
  '085',
  '086',
  '087',
  '088',
  '089',
  '090',
  '091',
  '092',
  '093',
  '094',
  '095',
  '096',
  '097',
  '098',
  '099',
]);

/**
 * Old 11-digit prefix → new 10-digit prefix (converted 15 Sep 2018 – 30 Jun 2019; the last 7 digits stay).
 * Source: reference/vietnam-domain.md §3.2.
 */
export const OLD_PREFIX_TO_NEW: Readonly<Record<string, string>> = {
  // MobiFone
  '0120': '070',
  '0121': '079',
  '0122': '077',
  '0126': '076',
  '0128': '078',
  // VinaPhone
  '0123': '083',
  '0124': '084',
  '0125': '085',
  '0127': '081',
  '0129': '082',
  // Viettel
  '0162': '032',
  '0163': '033',
  '0164': '034',
  '0165': '035',
  '0166': '036',
  '0167': '037',
  '0168': '038',
  '0169': '039',
  // Vietnamobile
  '0186': '056',
  '0188': '058',
  // Gmobile
  '0199': '059',
};

/** Separators people put inside a number: whitespace, dots, dashes (incl. en/em dash), brackets. */
const SEPARATORS = /[\s.\-\u2010-\u2015()[\]{}]/g;

/**
 * Normalise a phone number typed by a user. The input must be just the number (with separators);
 * text around it ("sđt 0912…") is `not_a_number` — use `findPhoneNumbers` to pull numbers out of text.
 */
export function normalizePhone(input: string): PhoneResult {
  // NFKC turns full-width digits (０９１２…) from some keyboards into ASCII.
  const text = input.normalize('NFKC').trim();
  if (text === '') return { kind: 'invalid', reason: 'empty' };

  const compact = text.replace(SEPARATORS, '');
  if (!/^\+?\d+$/.test(compact)) return { kind: 'invalid', reason: 'not_a_number' };

  const national = toNationalForm(compact);
  if (national === null) return { kind: 'invalid', reason: 'not_vietnamese_mobile' };

  if (national.length < 10) return { kind: 'invalid', reason: 'too_short' };
  if (national.length === 11) return classifyElevenDigits(national);
  if (national.length > 11) return { kind: 'invalid', reason: 'too_long' };
  return classifyTenDigits(national);
}

/**
 * Turns the compact digits into a national-form candidate (leading 0 when it had a country code),
 * or null for another country's number. Digits without 0 or 84 are returned as they are, so the
 * length checks reject them (we do not guess a missing leading 0).
 */
function toNationalForm(compact: string): string | null {
  let rest: string | null = null;
  if (compact.startsWith('+')) {
    if (!compact.startsWith('+84')) return null;
    rest = compact.slice(3);
  } else if (compact.startsWith('00')) {
    if (!compact.startsWith('0084')) return null;
    rest = compact.slice(4);
  } else if (compact.startsWith('84') && (compact.length === 11 || compact.length === 12)) {
    // 84 + 9-digit subscriber number, or 84 + 0 + 9 digits. A national number never starts with 8.
    rest = compact.slice(2);
  }
  if (rest === null) return compact;
  // "+840912…": the trunk 0 kept after the country code (a common mistake).
  if (rest.startsWith('0')) rest = rest.slice(1);
  return `0${rest}`;
}

function classifyTenDigits(national: string): PhoneResult {
  if (!national.startsWith('0')) return { kind: 'invalid', reason: 'not_vietnamese_mobile' };
  // No subscriber number has started with 01 since 2019; the metadata still allows a few odd 01x ranges.
  if (national.startsWith('01')) return { kind: 'invalid', reason: 'not_vietnamese_mobile' };

  const e164 = `+84${national.slice(1)}`;
  const parsed = parsePhoneNumberFromString(national, 'VN');
  const libValid = parsed !== undefined && parsed.country === 'VN' && parsed.isValid();
  const knownPrefix = VN_MOBILE_PREFIXES.has(national.slice(0, 3));

  if (libValid && knownPrefix) return { kind: 'valid', e164: parsed.number, national };
  if (libValid || knownPrefix) return { kind: 'confirm', e164, national, reason: 'unusual_prefix' };
  return { kind: 'invalid', reason: 'not_vietnamese_mobile' };
}

function classifyElevenDigits(national: string): PhoneResult {
  if (!national.startsWith('01')) {
    // 02x… is a landline (area code + number); anything else is a mobile number with a digit too many.
    return national.startsWith('02')
      ? { kind: 'invalid', reason: 'not_vietnamese_mobile' }
      : { kind: 'invalid', reason: 'too_long' };
  }
  const newPrefix = OLD_PREFIX_TO_NEW[national.slice(0, 4)];
  if (newPrefix === undefined) return { kind: 'invalid', reason: 'not_vietnamese_mobile' };
  const converted = `${newPrefix}${national.slice(-7)}`;
  return { kind: 'confirm', e164: `+84${converted.slice(1)}`, national: converted, reason: 'old_11_digit' };
}

/**
 * Masked form for display and logs, keeping the last 3 digits: "+84912345678" → "+84 91x xxx 678".
 * Anything that is not a +84 mobile number in E.164 gets every digit but the last 3 replaced by "x".
 */
export function maskPhone(e164: string): string {
  const vn = /^\+84(\d{9})$/.exec(e164);
  if (vn?.[1] !== undefined) {
    const nsn = vn[1];
    return `+84 ${nsn.slice(0, 2)}x xxx ${nsn.slice(6)}`;
  }
  const digitCount = (e164.match(/\d/g) ?? []).length;
  let seen = 0;
  return e164.replace(/\d/g, (d) => (++seen > digitCount - 3 ? d : 'x'));
}

/** What may sit between digit groups of one number: 1–3 of space, dot, dash, brackets (not a newline). */
const GROUP_GAP = /^[ \t\u00a0.\-\u2010-\u2015()]{1,3}$/;
const MIN_DIGITS = 9;
const MAX_DIGITS = 12;

interface DigitGroup {
  start: number; // index of the first character of the match (incl. a leading "+" / "(+")
  end: number; // index after the last digit
  digits: string;
  plus: boolean;
}

/**
 * Phone-number-looking substrings of free text, in order, exactly as written (for redaction).
 * Generous on purpose: any run of 9–12 digits, written with or without spaces/dots/dashes/brackets,
 * optionally led by "+" (e.g. "+84", "(+84)"). A 4-digit year, a 6-digit wage ("500000") or a
 * thousands-grouped amount ("8.500.000", "1.200.000.000") does not match. When a run of groups holds more
 * than 12 digits ("năm 2024 0912 345 678"), it is split into windows that start like a phone number.
 */
export function findPhoneNumbers(text: string): string[] {
  const found: string[] = [];
  for (const chain of digitChains(text)) {
    for (const window of phoneWindows(chain)) {
      const first = window[0];
      const last = window[window.length - 1];
      if (first === undefined || last === undefined) continue;
      if (looksLikeMoney(window, text)) continue;
      found.push(text.slice(first.start, last.end));
    }
  }
  return found;
}

function digitChains(text: string): DigitGroup[][] {
  const chains: DigitGroup[][] = [];
  let current: DigitGroup[] = [];
  for (const m of text.matchAll(/\d+/g)) {
    const index = m.index;
    const lead = /\(?\+$/.exec(text.slice(Math.max(0, index - 2), index));
    const group: DigitGroup = {
      start: lead ? index - lead[0].length : index,
      end: index + m[0].length,
      digits: m[0],
      plus: lead !== null,
    };
    const previous = current[current.length - 1];
    const linked = previous !== undefined && !group.plus && GROUP_GAP.test(text.slice(previous.end, index));
    if (!linked && current.length > 0) {
      chains.push(current);
      current = [];
    }
    current.push(group);
  }
  if (current.length > 0) chains.push(current);
  return chains;
}

function digitCount(groups: readonly DigitGroup[]): number {
  return groups.reduce((n, g) => n + g.digits.length, 0);
}

function startsLikePhone(group: DigitGroup): boolean {
  return group.plus || group.digits.startsWith('0') || group.digits.startsWith('84');
}

function phoneWindows(chain: DigitGroup[]): DigitGroup[][] {
  const total = digitCount(chain);
  if (total < MIN_DIGITS) return [];
  if (total <= MAX_DIGITS) return [chain];
  const windows: DigitGroup[][] = [];
  let i = 0;
  while (i < chain.length) {
    const head = chain[i];
    if (head === undefined) break;
    if (!startsLikePhone(head)) {
      i += 1;
      continue;
    }
    let j = i;
    let sum = 0;
    while (j < chain.length && sum + (chain[j]?.digits.length ?? 0) <= MAX_DIGITS) {
      sum += chain[j]?.digits.length ?? 0;
      j += 1;
    }
    if (sum >= MIN_DIGITS) {
      windows.push(chain.slice(i, j));
      i = j;
    } else {
      i += 1;
    }
  }
  return windows;
}

/** "1.200.000.000": 1–3 digits, then groups of exactly 3 joined by single dots; not led by 0, "84" or "+". */
function looksLikeMoney(groups: readonly DigitGroup[], text: string): boolean {
  const [first, ...rest] = groups;
  if (first === undefined || rest.length === 0) return false;
  if (first.plus || first.digits.startsWith('0') || first.digits === '84') return false;
  if (first.digits.length > 3) return false;
  let previous = first;
  for (const g of rest) {
    if (g.digits.length !== 3) return false;
    if (text.slice(previous.end, g.start) !== '.') return false;
    previous = g;
  }
  return true;
}
