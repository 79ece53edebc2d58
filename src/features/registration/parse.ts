import { fold } from '../../kernel/fold.ts';
import { typedYesNo } from '../shared/yes-no.ts';
import { TIME_ZONE } from '../../kernel/i18n/index.ts';
import { isOccupationKey, matchOccupations } from '../../kernel/occupations/index.ts';
import { PRIORITY_GROUPS, type PriorityGroup } from '../../kernel/priority-groups.ts';

/** Youngest age that may register for work, and the age below which a parent or guardian must agree. */
export const MIN_AGE = 15;
export const GUARDIAN_BELOW_AGE = 16;
export const MAX_AGE = 90;

const yearFormat = new Intl.DateTimeFormat('en-US', { timeZone: TIME_ZONE, year: 'numeric' });

/** The calendar year in Vietnam at `now`. */
export function yearInVietnam(now: Date): number {
  return Number(yearFormat.format(now));
}

/** One way to read two digits: as the end of a year ("96": 1996) or as an age ("25": 25 years old, born 2001). */
export interface BirthReading {
  birthYear: number;
  as: 'year' | 'age';
}

export type BirthAnswer =
  | { kind: 'ok'; birthYear: number; age: number }
  /** Two digits: the readings that make a working age, for the person to confirm with one tap. */
  | { kind: 'guess'; readings: BirthReading[] }
  | { kind: 'too_young'; age: number }
  | { kind: 'out_of_range'; year: number }
  | { kind: 'unreadable' };

const AGE = /(?:^|\s)(\d{1,3})\s*(?:tuoi|t|years? old|years?|yrs?|yo)(?:\s|$)/;
const YEAR = /(?:^|\s)(\d{4})(?:\s|$)/g;
/** "96", "năm 96", "sinh năm 96", "sn 96": a year (or, alone, an age) written with two digits. */
const TWO_DIGITS = /^(?:(sinh nam|nam sinh|nam|sn)\s+)?(\d{2})$/;

/** The working-age readings of two digits: 19nn or 20nn as a year, and (typed alone) nn as an age. */
function twoDigitReadings(folded: string, currentYear: number): BirthReading[] | null {
  const match = TWO_DIGITS.exec(folded);
  if (match === null || match[2] === undefined) return null;
  const digits = Number(match[2]);
  const workingAge = (year: number) => currentYear - year >= MIN_AGE && currentYear - year <= MAX_AGE;
  const readings: BirthReading[] = [1900, 2000]
    .map((century) => ({ birthYear: century + digits, as: 'year' as const }))
    .filter((reading) => workingAge(reading.birthYear));
  if (match[1] === undefined && workingAge(currentYear - digits))
    readings.push({ birthYear: currentYear - digits, as: 'age' });
  return readings;
}

/**
 * "1998", "sinh năm 1998", "25 tuổi", "25 tuoi", "25t", "25 years old". Two digits ("96", "năm 96", "25") are
 * only guessed: a year or an age, the person confirms which with one tap (`guess`). Age is the age reached this
 * calendar year (year − birth year), the way ages are commonly counted; a typed age is taken as is.
 */
export function parseBirthYear(text: string, now: Date): BirthAnswer {
  const folded = fold(text);
  const currentYear = yearInVietnam(now);
  const readings = twoDigitReadings(folded, currentYear);
  if (readings !== null) return readings.length > 0 ? { kind: 'guess', readings } : { kind: 'unreadable' };
  const years = [...folded.matchAll(YEAR)].map((m) => Number(m[1]));
  let birthYear: number;
  if (years.length === 1 && years[0] !== undefined) {
    birthYear = years[0];
  } else {
    const age = years.length === 0 ? AGE.exec(folded) : null;
    if (age === null || age[1] === undefined) return { kind: 'unreadable' };
    birthYear = currentYear - Number(age[1]);
  }
  const age = currentYear - birthYear;
  if (age > MAX_AGE || age < 0) return { kind: 'out_of_range', year: birthYear };
  if (age < MIN_AGE) return { kind: 'too_young', age };
  return { kind: 'ok', birthYear, age };
}

const CONSENT_WORDS = {
  yes: new Set(['co', 'dong y', 'dongy', 'toi dong y', 'ok', 'oke', 'okay', 'yes', 'i agree', 'agree']),
  no: new Set(['khong', 'ko', 'k', 'khong dong y', 'no', 'disagree']),
};

const RIGHT_WORDS = {
  yes: new Set(['dung', 'dung roi', 'dung vay', 'phai', 'phai roi', 'vang', 'u', 'co', 'ok', 'oke', 'yes', 'right']),
  no: new Set(['khong', 'ko', 'k', 'sai', 'khong phai', 'khong dung', 'no', 'wrong']),
};

/** "Đúng", "phải rồi", "vâng" or "không", "sai" to a reading shown back ("Sinh năm 1996. Đúng không?"). */
export function rightOrWrong(text: string | null): 'yes' | 'no' | null {
  return typedYesNo(text, RIGHT_WORDS);
}

/** A clear typed yes or no ("có", "đồng ý", "không"); anything else is neither. */
export function yesNo(text: string | null): 'yes' | 'no' | null {
  return typedYesNo(text, CONSENT_WORDS);
}

export interface OccupationAnswer {
  /** Occupation keys, in the order named, without repeats. */
  keys: string[];
  /** "Khác (gõ tên việc)" was chosen. */
  more: boolean;
  /** Typed words named at least one occupation. */
  typed: boolean;
  /** A number outside the menu, or words that name no occupation with nothing else understood. */
  invalid: boolean;
}

/**
 * Reads a multi-select answer to the occupation menu: the ids the engine mapped ("1 4" → occ.factory,
 * occ.construction), menu numbers in the text (in case the engine did not map a mixed answer like
 * "1 và thợ hàn"), and free text through matchOccupations ("phụ hồ và thợ may").
 */
export function parseOccupations(
  text: string | null,
  ids: readonly string[],
  menu: readonly string[],
  moreId: string,
): OccupationAnswer {
  const keys: string[] = [];
  let more = false;
  let invalid = false;
  let typed = false;
  const add = (id: string): void => {
    if (id === moreId) more = true;
    else if (id.startsWith('occ.') && isOccupationKey(id.slice(4)) && !keys.includes(id.slice(4)))
      keys.push(id.slice(4));
  };
  for (const id of ids) add(id);
  if (text !== null) {
    const folded = fold(text);
    for (const token of folded.split(' ')) {
      if (!/^\d+$/.test(token)) continue;
      const id = menu[Number(token) - 1];
      if (id === undefined) invalid = true;
      else add(id);
    }
    const words = folded.replace(/\d+/g, ' ').trim();
    if (words !== '') {
      const matches = matchOccupations(text);
      for (const match of matches) add(`occ.${match.key}`);
      typed = matches.length > 0;
      // Words that name nothing count against the answer only when nothing else was understood
      // ("abc" → miss; "1 4 nhé" → factory, construction).
      if (matches.length === 0 && keys.length === 0 && !more && ids.length === 0) invalid = true;
    }
  }
  return { keys, more, typed, invalid };
}

// ---------------------------------------------------------------------------------------------------------
// The optional extras after the profile is saved: name, phone (src/kernel/phone.ts), priority groups; and an hour.
// ---------------------------------------------------------------------------------------------------------

const SKIP_WORDS = new Set([
  'bo qua',
  'boqua',
  'de sau',
  'desau',
  'sau',
  'khi khac',
  'thoi',
  'khong can',
  'skip',
  'later',
  'not now',
  'pass',
]);

/** "bỏ qua", "để sau", "thôi", "skip": the person leaves an optional question for later. */
export function isSkip(text: string | null): boolean {
  return text !== null && SKIP_WORDS.has(fold(text));
}

const DECLINE_WORDS = new Set(['khong', 'ko', 'k', 'no', 'khong muon', 'khong dong y']);

/** "không": for an optional question, the same as leaving it for later. */
export function isDecline(text: string | null): boolean {
  return text !== null && DECLINE_WORDS.has(fold(text));
}

/** Replies that are not a name, whatever their letters ("cảm ơn", "ok", "xin chào"). */
const NOT_NAMES = new Set([
  'cam on',
  'cam on ban',
  'cam on nhieu',
  'ok',
  'oke',
  'okay',
  'vang',
  'da',
  'co',
  'dung',
  'dong y',
  'xin chao',
  'chao',
  'chao ban',
  'hello',
  'hi',
  'alo',
  'thanks',
  'thank you',
  'yes',
  'roi',
  'duoc',
  'ten',
  'ho ten',
  'name',
]);
export const NAME_MIN = 2;
export const NAME_MAX = 60;
const NAME_SHAPE = /^\p{L}[\p{L}\p{M} .'’-]*$/u;

function capitalise(word: string): string {
  return word.charAt(0).toLocaleUpperCase('vi') + word.slice(1).toLocaleLowerCase('vi');
}

/**
 * A name as the person wants to be called: 2–60 characters, letters with spaces, dots, hyphens or apostrophes
 * ("Lò Thị Mai", "lo thi mai", "H'Hen Niê"). Typed all in lower or upper case, each word gets a capital.
 * Anything else (digits, a sentence of thanks) is null.
 */
export function parseName(text: string): string | null {
  const name = text.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (name.length < NAME_MIN || name.length > NAME_MAX || !NAME_SHAPE.test(name)) return null;
  if ((name.match(/\p{L}/gu) ?? []).length < 2 || NOT_NAMES.has(fold(name))) return null;
  const oneCase = name === name.toLocaleLowerCase('vi') || name === name.toLocaleUpperCase('vi');
  return oneCase ? name.split(' ').map(capitalise).join(' ') : name;
}

const PHONE_WORDS = {
  yes: new Set(['co', 'dung', 'dung roi', 'phai', 'chinh xac', 'ok', 'oke', 'yes', 'right', 'correct']),
  no: new Set(['khong', 'ko', 'k', 'sai', 'khong phai', 'no', 'wrong']),
};

/** Whether the number shown back is right: "đúng", "phải", "sai", "không". */
export function phoneYesNo(text: string | null): 'yes' | 'no' | null {
  return typedYesNo(text, PHONE_WORDS);
}

/** "0912 345 678": a 10-digit national number as people write it. */
export function spacedPhone(national: string): string {
  return /^\d{10}$/.test(national) ? `${national.slice(0, 4)} ${national.slice(4, 7)} ${national.slice(7)}` : national;
}

/** "+84912345678" → "0912 345 678". */
export function localPhone(e164: string): string {
  return /^\+84\d{9}$/.test(e164) ? spacedPhone(`0${e164.slice(3)}`) : e164;
}

/** Only the last 3 digits of a stored number: "xxxx xxx 678" (a summary may be read over a shoulder). */
export function lastThreeDigits(e164: string): string {
  return `xxxx xxx ${e164.replace(/\D/g, '').slice(-3)}`;
}

export type PriorityAnswer =
  | { kind: 'groups'; groups: PriorityGroup[] }
  | { kind: 'none' }
  /** "1 6": a group and "none"; "1 2": two household statuses (a household is one of poor, near-poor, newly out). */
  | { kind: 'invalid'; reason: 'unreadable' | 'none_and_groups' | 'two_household' };

const NONE_WORDS = new Set([
  'khong',
  'ko',
  'k',
  'khong co',
  'khong thuoc',
  'khong thuoc nhom nao',
  'khong nhom nao',
  'none',
  'no',
  'nothing',
]);
const HOUSEHOLD: readonly PriorityGroup[] = ['poor', 'near_poor', 'newly_out_of_poverty'];

/** Group names typed as words, most specific first ("cận nghèo" before "nghèo"). */
const GROUP_WORDS: readonly [RegExp, PriorityGroup][] = [
  [/\bcan ngheo\b|\bnear poor\b/, 'near_poor'],
  [/\bthoat ngheo\b|\bout of poverty\b/, 'newly_out_of_poverty'],
  [/\bdan toc\b|\bethnic\b/, 'ethnic_minority'],
  [/\bkhuyet tat\b|\bdisab/, 'disability'],
];

/**
 * The multi-select of priority groups: the ids the engine mapped ("1 4"), or words ("hộ cận nghèo, dân tộc").
 * `noneId` is the "none of these" choice.
 */
export function parsePriorityGroups(
  text: string | null,
  ids: readonly string[],
  menu: Readonly<Record<string, PriorityGroup>>,
  noneId: string,
): PriorityAnswer {
  const groups: PriorityGroup[] = [];
  let none = false;
  const add = (group: PriorityGroup): void => {
    if (!groups.includes(group)) groups.push(group);
  };
  for (const id of ids) {
    if (id === noneId) none = true;
    const group = menu[id];
    if (group !== undefined) add(group);
  }
  if (ids.length === 0 && text !== null) {
    const folded = fold(text);
    if (NONE_WORDS.has(folded)) none = true;
    else {
      let rest = ` ${folded} `;
      for (const [pattern, group] of GROUP_WORDS) {
        if (pattern.test(rest)) add(group);
        rest = rest.replace(pattern, ' ');
      }
      if (/\bngheo\b|\bpoor\b/.test(rest)) add('poor');
    }
  }
  if (none && groups.length > 0) return { kind: 'invalid', reason: 'none_and_groups' };
  if (none) return { kind: 'none' };
  if (groups.length === 0) return { kind: 'invalid', reason: 'unreadable' };
  if (groups.filter((g) => HOUSEHOLD.includes(g)).length > 1) return { kind: 'invalid', reason: 'two_household' };
  return { kind: 'groups', groups: PRIORITY_GROUPS.filter((g) => groups.includes(g)) };
}

/**
 * An hour for the daily message: "12 giờ", "8h", "8 giờ tối", "lúc 18h", "20:00". A bare number is not read
 * (it is a choice number). Returns 0–23, or null.
 */
export function parseHour(text: string | null): number | null {
  if (text === null) return null;
  const folded = fold(text).replace(/^(?:vao )?(?:luc |khoang )/, '');
  const match = /^(\d{1,2})(?: ?(h|g|gio)(?: ?00)?| 00)?(?: (sang|trua|chieu|toi|dem|am|pm))?$/.exec(folded);
  if (match === null || (match[2] === undefined && match[3] === undefined && !/ 00$/.test(folded))) return null;
  let hour = Number(match[1]);
  const part = match[3];
  if (hour > 23) return null;
  if ((part === 'chieu' || part === 'toi' || part === 'dem' || part === 'pm') && hour < 12) hour += 12;
  if (part === 'trua' && hour < 6) hour += 12;
  if ((part === 'sang' || part === 'am') && hour === 12) hour = 0;
  return hour;
}
