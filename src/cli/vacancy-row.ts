import { formatDeadlineVi, MAX_DEADLINE_DAYS, parseDeadline } from '../kernel/deadline.ts';
import { vietnamIsoDate } from '../kernel/time.ts';
import { fold, tidy } from '../kernel/fold.ts';
import { isOccupationKey, matchOccupations, OCCUPATIONS, type OccupationKey } from '../kernel/occupations/index.ts';
import { scamReasons } from '../kernel/scam/index.ts';
import { parseWage } from '../kernel/wage/index.ts';
import type { VacancyDraft } from '../kernel/vacancy/draft.ts';
import {
  CONTACT_LENGTH,
  EMPLOYER_LENGTH,
  isSkip,
  MAX_HEADCOUNT,
  MIN_HEADCOUNT,
  parseHeadcount,
  REQUIREMENTS_LENGTH,
  TITLE_LENGTH,
  wageIsReadable,
} from '../features/posting/parse.ts';
import { loadGeo, search, type Commune, type Province } from '../kernel/geo/index.ts';
import type { Column, CsvRecord } from './vacancy-csv.ts';

/**
 * One row of a vacancy list → the vacancy it describes, or every problem with it (not just the first), each
 * naming its column in words an admin can act on. The rules are the posting flow's (src/features/posting):
 * the same length bounds, headcount, wage reading, deadline reading and scam shield, so an imported vacancy is
 * the vacancy the same answers would make in chat. Where chat would ask back (two communes of one name), a file
 * cannot, so that is a problem to fix in the file.
 * Pure: no I/O; the clock comes in as `now`.
 */

/** A validated row: what the posting flow submits, plus the commune's province. */
export interface ImportedVacancy extends VacancyDraft {
  provinceCode: string;
}

export interface RowProblem {
  /** The column at fault; null for the row as a whole (too many fields). */
  column: Column | null;
  message: string;
}

export type RowVerdict = { kind: 'ok'; vacancy: ImportedVacancy } | { kind: 'bad'; problems: RowProblem[] };

export interface RowContext {
  now: Date;
  /** The file has a province column (so the advice for an ambiguous commune is to fill it, not to add it). */
  hasProvinceColumn: boolean;
}

/** "line 7, commune: …" — how a problem is printed. */
export function describeProblem(line: number, problem: RowProblem): string {
  return problem.column === null
    ? `line ${line}: ${problem.message}`
    : `line ${line}, ${problem.column}: ${problem.message}`;
}

/** Communes listed by name in an "ambiguous" or "did you mean" message; the rest are counted. */
const MAX_LISTED = 6;

export type Found<T> = { ok: true; value: T } | { ok: false; message: string };
const found = <T>(value: T): Found<T> => ({ ok: true, value });
const problem = <T>(message: string): Found<T> => ({ ok: false, message });

export function validateVacancyRow(record: Pick<CsvRecord, 'values' | 'extraFields'>, context: RowContext): RowVerdict {
  const problems: RowProblem[] = [];
  const v = record.values;
  /** The value, or undefined when the column has a problem (recorded). */
  const take = <T>(column: Column, result: Found<T>): T | undefined => {
    if (result.ok) return result.value;
    problems.push({ column, message: result.message });
    return undefined;
  };

  if (record.extraFields > 0) {
    problems.push({
      column: null,
      message: `${record.extraFields} more field${record.extraFields > 1 ? 's' : ''} than the header has columns; a value with a comma must be in double quotes`,
    });
  }
  const employerName = take('employer', requiredText(v.employer, EMPLOYER_LENGTH, 'the company or household name'));
  const title = take('title', requiredText(v.title, TITLE_LENGTH, 'the job title, e.g. "Công nhân may"'));
  const occupation = take('occupation', readOccupation(v.occupation ?? '', title ?? null));
  const province = take('province', readProvince(v.province ?? ''));
  // With a province that does not read, the commune is not looked for (its advice would be about the province).
  const commune =
    province === undefined
      ? undefined
      : take('commune', readCommune(v.commune ?? '', province, context.hasProvinceColumn));
  const headcount = take('headcount', readHeadcount(v.headcount ?? ''));
  const wageRaw = take('wage', readWage(v.wage ?? ''));
  const requirements = take('requirements', readRequirements(v.requirements ?? ''));
  const deadline = take('deadline', readDeadline(v.deadline ?? '', context.now));
  const contact = take('contact', requiredText(v.contact, CONTACT_LENGTH, 'a phone number or how to apply'));
  const overseasColumn = take('overseas', readYesNo(v.overseas ?? ''));

  if (
    problems.length > 0 ||
    employerName === undefined ||
    title === undefined ||
    occupation === undefined ||
    commune === undefined ||
    headcount === undefined ||
    wageRaw === undefined ||
    requirements === undefined ||
    deadline === undefined ||
    contact === undefined ||
    overseasColumn === undefined
  ) {
    return { kind: 'bad', problems };
  }

  // As draftOf (src/features/posting/draft.ts) does, with the overseas column as a second source.
  const wage = parseWage(wageRaw);
  const overseas = overseasColumn === true || occupation === 'overseas_work';
  const reasons = scamReasons({
    title,
    description: requirements ?? '',
    wage,
    occupation,
    overseas,
    employerName,
    contact,
  });
  return {
    kind: 'ok',
    vacancy: {
      employerName,
      title,
      occupation,
      communeCode: commune.code,
      provinceCode: commune.provinceCode,
      headcount,
      wageRaw,
      wage,
      requirements,
      deadline,
      contact,
      overseas,
      scamReasons: reasons,
    },
  };
}

// --- the columns --------------------------------------------------------------------------------

function characters(text: string): number {
  return [...text].length;
}

export function requiredText(
  raw: string | undefined,
  bounds: { readonly min: number; readonly max: number },
  what: string,
): Found<string> {
  const text = tidy(raw ?? '');
  if (text === '') return problem(`is empty; write ${what}`);
  const length = characters(text);
  if (length < bounds.min || length > bounds.max)
    return problem(`must be ${bounds.min}–${bounds.max} characters long; it has ${length}`);
  return found(text);
}

/** Optional: empty, "không" or "-" is none. */
function readRequirements(raw: string): Found<string | null> {
  const text = tidy(raw);
  if (text === '' || isSkip(text)) return found(null);
  const length = characters(text);
  if (length < REQUIREMENTS_LENGTH.min || length > REQUIREMENTS_LENGTH.max) {
    return problem(
      `must be at most ${REQUIREMENTS_LENGTH.max} characters long; it has ${length} (shorten it, or leave it empty)`,
    );
  }
  return found(text);
}

const OCCUPATION_LIST = OCCUPATIONS.map((o) => `"${o.vi}"`).join('; ');

/**
 * A category's key ("garment", "overseas_work"), its name in Vietnamese or English, or free text naming exactly one
 * category ("thợ may"); empty: the title's category when the title names exactly one (as the posting flow does).
 */
export function readOccupation(raw: string, title: string | null): Found<OccupationKey> {
  const text = tidy(raw);
  if (text === '') {
    const fromTitle = title === null ? [] : matchOccupations(title);
    const only = fromTitle.length === 1 ? fromTitle[0] : undefined;
    if (only !== undefined) return found(only.key);
    return problem(`is empty and the title names no single occupation; write one of: ${OCCUPATION_LIST}`);
  }
  const folded = fold(text);
  const key = folded.replace(/ /g, '_');
  if (isOccupationKey(key)) return found(key);
  const byName = OCCUPATIONS.find((o) => fold(o.vi) === folded || fold(o.en) === folded);
  if (byName !== undefined) return found(byName.key);
  const matches = matchOccupations(text);
  const best = matches[0];
  if (best === undefined) return problem(`"${text}" is not an occupation we know; write one of: ${OCCUPATION_LIST}`);
  const tied = matches.filter((m) => m.score === best.score);
  if (tied.length > 1) {
    const names = tied.map((m) => OCCUPATIONS.find((o) => o.key === m.key)?.vi ?? m.key);
    return problem(`"${text}" names ${tied.length} occupations (${names.join(', ')}); write one`);
  }
  return found(best.key);
}

/** Optional: a 2-digit code or a name ("Thái Nguyên", "tp hcm"); empty is null. */
export function readProvince(raw: string): Found<Province | null> {
  const text = tidy(raw);
  if (text === '') return found(null);
  const geo = loadGeo();
  if (/^\d{1,2}$/.test(text)) {
    const byCode = geo.provinceByCode.get(text.padStart(2, '0'));
    return byCode === undefined ? problem(`no province has the code ${text}`) : found(byCode);
  }
  const candidates = search(text).filter((c) => c.kind === 'province');
  const named = candidates.filter((c) => c.tier !== 'fuzzy');
  const provinces = named.flatMap((c) => (c.kind === 'province' ? [c.province] : []));
  const only = provinces[0];
  if (provinces.length === 1 && only !== undefined) return found(only);
  if (provinces.length > 1)
    return problem(
      `"${text}" matches ${provinces.length} provinces (${provinces.map(provinceLabel).join('; ')}); write its 2-digit code`,
    );
  const near = candidates.flatMap((c) => (c.kind === 'province' ? [c.province] : []));
  const hint =
    near.length > 0
      ? `; did you mean ${near
          .slice(0, MAX_LISTED)
          .map((p) => p.name)
          .join(', ')}?`
      : '; write its name (e.g. "Thái Nguyên") or its 2-digit code (e.g. 19)';
  return problem(`no province is called "${text}"${hint}`);
}

function provinceLabel(province: Province): string {
  return `${province.name} (${province.code})`;
}

function communeLabel(commune: Commune): string {
  const province = loadGeo().provinceByCode.get(commune.provinceCode);
  return `${commune.name}, ${province?.name ?? commune.provinceCode} (${commune.code})`;
}

function listed(communes: readonly Commune[]): string {
  const shown = communes.slice(0, MAX_LISTED).map(communeLabel).join('; ');
  return communes.length > MAX_LISTED ? `${shown}; and ${communes.length - MAX_LISTED} more` : shown;
}

/**
 * A 5-digit commune code, or a name that fits exactly one commune (in the province, when one is given). Among
 * the communes that match by name (not by a near spelling), only those at the best tier count: "Xã Tân Phong"
 * written with its type word is the xã, not Phường Tân Phong. Former districts never stand for a commune.
 */
export function readCommune(raw: string, province: Province | null, hasProvinceColumn: boolean): Found<Commune> {
  const text = tidy(raw);
  if (text === '') return problem('is empty; write the commune or ward where the job is');
  const geo = loadGeo();
  const inProvince = province === null ? '' : ` in ${province.name}`;
  if (/^\d{5}$/.test(text)) {
    const byCode = geo.communeByCode.get(text);
    if (byCode === undefined) return problem(`no commune has the code ${text}`);
    if (province !== null && byCode.provinceCode !== province.code)
      return problem(`${communeLabel(byCode)} is not${inProvince}`);
    return found(byCode);
  }

  const candidates = search(text, province?.code);
  const communes = candidates.filter((c) => c.kind === 'commune');
  const named = communes.filter((c) => c.tier !== 'fuzzy');
  const bestTier = named[0]?.tier;
  const best = named.filter((c) => c.tier === bestTier).flatMap((c) => (c.kind === 'commune' ? [c.commune] : []));
  const only = best[0];
  if (best.length === 1 && only !== undefined) return found(only);

  if (best.length > 1) {
    const advice =
      province !== null
        ? 'write the full name with "Xã" or "Phường", or the 5-digit commune code'
        : hasProvinceColumn
          ? 'fill in the province column, or write the 5-digit commune code'
          : 'add the province column, or write the 5-digit commune code';
    return problem(`"${text}" matches ${best.length} communes${inProvince} (${listed(best)}); ${advice}`);
  }

  const provinceNamed = candidates.find((c) => c.tier !== 'fuzzy' && c.kind === 'province');
  if (provinceNamed?.kind === 'province')
    return problem(
      `"${text}" is a province; write the commune or ward where the job is (and the province in the province column)`,
    );
  const district = candidates.find((c) => c.tier !== 'fuzzy' && c.kind === 'former_district');
  if (district?.kind === 'former_district') {
    return problem(
      `"${text}" is a former district (${district.district.name}, ${district.district.oldProvince}), now ${district.communes.length} communes (${listed(district.communes)}); write the commune`,
    );
  }

  const near = communes.flatMap((c) => (c.kind === 'commune' ? [c.commune] : []));
  if (near.length > 0) return problem(`no commune is called "${text}"${inProvince}; did you mean ${listed(near)}?`);
  return problem(`no commune is called "${text}"${inProvince}; check the spelling (communes since 1 July 2025)`);
}

function readHeadcount(raw: string): Found<number> {
  const text = tidy(raw);
  if (text === '') return problem(`is empty; write how many people are wanted (${MIN_HEADCOUNT}–${MAX_HEADCOUNT})`);
  const answer = parseHeadcount(text);
  switch (answer.kind) {
    case 'ok':
      return found(answer.headcount);
    case 'out_of_range':
      return problem(`must be between ${MIN_HEADCOUNT} and ${MAX_HEADCOUNT}; it is ${answer.value}`);
    case 'unreadable':
      return problem(`"${text}" is not one whole number of people; write e.g. 50`);
  }
}

/** As written (tidied), when the wage module reads an amount, "thỏa thuận" or a piece rate from it. */
function readWage(raw: string): Found<string> {
  const text = tidy(raw);
  if (text === '') return problem('is empty; write the pay, e.g. "8-10 triệu/tháng", "300k/ngày" or "thỏa thuận"');
  if (characters(text) > 200) return problem(`must be at most 200 characters long; it has ${characters(text)}`);
  if (!wageIsReadable(parseWage(text)))
    return problem(
      `"${text}" is not a wage we can read; write an amount ("8-10 triệu/tháng", "300k/ngày"), "thỏa thuận" or "theo sản phẩm"`,
    );
  return found(text);
}

function readDeadline(raw: string, now: Date): Found<string> {
  const text = tidy(raw);
  if (text === '') return problem('is empty; write the last day to apply as dd/mm/yyyy');
  const answer = parseDeadline(text, now);
  switch (answer.kind) {
    case 'date':
      return found(answer.date);
    case 'past':
      return problem(`${formatDeadlineVi(answer.date)} has passed (today is ${formatDeadlineVi(vietnamIsoDate(now))})`);
    case 'too_far':
      return problem(`${formatDeadlineVi(answer.date)} is more than ${MAX_DEADLINE_DAYS} days away`);
    case 'invalid':
      return problem(`"${text}" is not a date; write dd/mm/yyyy or yyyy-mm-dd`);
  }
}

const YES = new Set(['co', 'yes', 'y', '1', 'true', 'x', 'dung']);
const NO = new Set(['khong', 'ko', 'no', 'n', '0', 'false', 'sai']);

/** Optional yes/no; empty is null (then the occupation decides, as in chat). */
function readYesNo(raw: string): Found<boolean | null> {
  const folded = fold(raw);
  if (folded === '') return found(null);
  if (YES.has(folded)) return found(true);
  if (NO.has(folded)) return found(false);
  return problem(`"${tidy(raw)}" is not yes or no; write có or không (or leave it empty)`);
}
