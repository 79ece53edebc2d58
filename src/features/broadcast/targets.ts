import { officialRegions, type RoleGrant } from '../../kernel/roles.ts';
import { collapseSpaces, fold } from '../../kernel/fold.ts';
import type { Lang } from '../../kernel/i18n/index.ts';
import { t } from './messages.ts';
import { loadGeo, search } from '../../kernel/geo/index.ts';
import type { Candidate, Province } from '../../kernel/geo/index.ts';
import { unitWord } from '../shared/place-messages.ts';
import { MAX_OPTIONS } from '../shared/place.ts';

/**
 * Where a broadcast goes, from what an official typed: their whole area, or names of communes, provinces or
 * former districts ("Mèo Vạc, Đồng Văn"), each limited to the official's scope.
 *
 * A scope is a region code (a province covers its communes; a commune only itself) or null (the whole country).
 * A name is searched everywhere, then kept to what lies in the official's scopes:
 *   one place in scope                              → taken (a former district → its communes in scope)
 *   several (a commune and a former district of the same name, two communes…), or only near misspellings
 *                                                   → numbered choices
 *   only places outside the scope                   → refused, naming the place and the official's area
 *   nothing                                         → not found
 * The flow checks every name before asking any choice, so a refusal never comes after a question.
 */
export interface TargetPart {
  /** How the place is named in messages: "Xã Lũng Cú (Tuyên Quang)", "cả vùng huyện Mèo Vạc cũ (7 xã)". */
  label: string;
  /** Commune and/or province codes. */
  codes: string[];
}

export interface TargetOption extends TargetPart {
  id: string;
}

export interface PendingPick {
  typed: string;
  reason: 'several' | 'fuzzy';
  options: TargetOption[];
}

export type NameOutcome =
  | { kind: 'part'; part: TargetPart }
  | { kind: 'pick'; pick: PendingPick }
  | { kind: 'outside'; typed: string; place: string }
  | { kind: 'not_found'; typed: string };

/** The scopes of an official's or admin's roles (null: the whole country, which covers every other); [] for others. */
export function officialScopes(roles: readonly RoleGrant[] | undefined): (string | null)[] {
  const codes = officialRegions(roles);
  if (codes.length === 0) return [];
  if (codes.includes(null)) return [null];
  const geo = loadGeo();
  const unique = [...new Set(codes)].filter(
    (c): c is string => c !== null && (geo.provinceByCode.has(c) || geo.communeByCode.has(c)),
  );
  // Provinces first, so a broadcast's scope is the widest one that holds it.
  return unique.sort((a, b) => a.length - b.length || a.localeCompare(b));
}

export function withinScope(code: string, scope: string | null): boolean {
  if (scope === null || code === scope) return true;
  return loadGeo().communeByCode.get(code)?.provinceCode === scope;
}

function withinAny(code: string, scopes: readonly (string | null)[]): boolean {
  return scopes.some((scope) => withinScope(code, scope));
}

/** The scope that holds every target (the first, i.e. widest, of the official's); undefined when none does. */
export function scopeFor(codes: readonly string[], scopes: readonly (string | null)[]): string | null | undefined {
  return scopes.find((scope) => codes.every((code) => withinScope(code, scope)));
}

const capitalize = (text: string): string => text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
const lowerFirst = (text: string): string => text.charAt(0).toLocaleLowerCase('vi') + text.slice(1);

/** "tỉnh Thái Nguyên", "thành phố Hà Nội". */
function provinceName(lang: Lang, province: Province): string {
  const city = province.placeType.startsWith('Thành phố');
  return t(lang, city ? 'broadcast.target.city_name' : 'broadcast.target.province_name', {
    province: province.bareName,
  });
}

/** "toàn tỉnh Thái Nguyên". */
function provinceLabel(lang: Lang, province: Province): string {
  return t(lang, 'broadcast.target.province', { name: provinceName(lang, province) });
}

/** An area by its name: "tỉnh Thái Nguyên", "Xã Lũng Cú (Tuyên Quang)", "cả nước". */
export function regionName(lang: Lang, code: string | null): string {
  const geo = loadGeo();
  if (code === null) return t(lang, 'broadcast.target.country');
  const province = geo.provinceByCode.get(code);
  if (province) return provinceName(lang, province);
  const commune = geo.communeByCode.get(code);
  const its = commune ? geo.provinceByCode.get(commune.provinceCode) : undefined;
  return commune && its ? t(lang, 'broadcast.target.commune', { commune: commune.name, province: its.bareName }) : code;
}

/** An area as a target: "toàn tỉnh Thái Nguyên", "Xã Lũng Cú (Tuyên Quang)", "cả nước". */
export function regionLabel(lang: Lang, code: string | null): string {
  const province = code === null ? undefined : loadGeo().provinceByCode.get(code);
  return province ? provinceLabel(lang, province) : regionName(lang, code);
}

/** The whole of one scope as a target: the country is its 34 provinces. */
export function areaPart(lang: Lang, scope: string | null): TargetPart {
  const codes = scope === null ? loadGeo().provinces.map((p) => p.code) : [scope];
  return { label: regionLabel(lang, scope), codes };
}

export const AREA_PREFIX = 'bc.area.';

/** One choice per scope: "Toàn địa bàn của bạn: tỉnh Thái Nguyên". */
export function areaChoices(lang: Lang, scopes: readonly (string | null)[]): TargetOption[] {
  return scopes.map((scope) => ({
    id: `${AREA_PREFIX}${scope ?? 'all'}`,
    ...areaPart(lang, scope),
    label: t(lang, 'broadcast.targets.area_choice', { area: regionName(lang, scope) }),
  }));
}

/** Answers that mean "the whole area" (when the official has one area). */
const WHOLE_AREA = new Set([
  'toan dia ban',
  'ca dia ban',
  'toan tinh',
  'ca tinh',
  'toan xa',
  'ca xa',
  'toan bo',
  'tat ca',
  'ca nuoc',
  'toan quoc',
  'all',
  'everywhere',
  'whole area',
]);

export function meansWholeArea(text: string | null): boolean {
  return text !== null && WHOLE_AREA.has(fold(text));
}

export const MAX_NAMES = 10;
/** The longest answer to "where to?": MAX_NAMES place names, each with its province, and the commas between them. */
export const TARGETS_TEXT_MAX = 400;

/** "Mèo Vạc, Đồng Văn và Lũng Cú" → three names; "Mèo Vạc, Đồng Văn, và Lũng Cú" and a "và" on a new line too. */
export function splitNames(text: string): string[] {
  return collapseSpaces(text)
    .split(/[,;\n]+(?:\s?(?:và|va|and|\+|&)\s)?|\s(?:và|va|and|\+|&)\s/iu)
    .map((name) => name.trim())
    .filter((name) => fold(name) !== '');
}

const TIER_RANK: Readonly<Record<Candidate['tier'], number>> = { exact: 0, folded: 1, bare: 2, former: 3, fuzzy: 4 };

/** What a candidate becomes as a target, its in-scope codes ([] when it lies wholly outside). */
function optionOf(lang: Lang, candidate: Candidate, scopes: readonly (string | null)[]): TargetPart {
  switch (candidate.kind) {
    case 'commune':
      return {
        label: t(lang, 'broadcast.target.commune', {
          commune: candidate.commune.name,
          province: candidate.province.bareName,
        }),
        codes: withinAny(candidate.commune.code, scopes) ? [candidate.commune.code] : [],
      };
    case 'province':
      return {
        label: provinceLabel(lang, candidate.province),
        codes: withinAny(candidate.province.code, scopes) ? [candidate.province.code] : [],
      };
    case 'former_district': {
      const all = candidate.district.communeCodes;
      const codes = all.filter((code) => withinAny(code, scopes));
      const shown = codes.length > 0 ? codes : all;
      return {
        label: t(lang, 'broadcast.target.district', {
          district: lowerFirst(candidate.district.name),
          count: shown.length,
          unit: unitWord(lang, shown),
        }),
        codes,
      };
    }
  }
}

/** A place as the subject of a sentence: "Phường Phổ Yên (Thái Nguyên)", "Thành phố Hà Nội", "Huyện Mèo Vạc cũ". */
function placeName(lang: Lang, candidate: Candidate): string {
  switch (candidate.kind) {
    case 'commune':
      return t(lang, 'broadcast.target.commune', {
        commune: candidate.commune.name,
        province: candidate.province.bareName,
      });
    case 'province':
      return capitalize(provinceName(lang, candidate.province));
    case 'former_district':
      return capitalize(t(lang, 'broadcast.target.former', { district: candidate.district.name }));
  }
}

export function resolveName(lang: Lang, typed: string, scopes: readonly (string | null)[]): NameOutcome {
  const candidates = search(typed);
  const named = candidates.filter((c) => c.tier !== 'fuzzy');
  const pool = named.length > 0 ? named : candidates;
  if (pool.length === 0) return { kind: 'not_found', typed };

  const parts = pool.map((candidate) => ({ candidate, part: optionOf(lang, candidate, scopes) }));
  const inScope = parts.filter((p) => p.part.codes.length > 0);
  const first = parts[0];
  if (inScope.length === 0)
    return first ? { kind: 'outside', typed, place: placeName(lang, first.candidate) } : { kind: 'not_found', typed };

  // Communes and provinces only at the best tier reached in scope ("Xã Đồng Văn" is not also "Phường Đồng Văn");
  // former districts of the same name are always offered.
  const places = inScope.filter((p) => p.candidate.kind !== 'former_district');
  const best = Math.min(...places.map((p) => TIER_RANK[p.candidate.tier]));
  const kept = inScope.filter((p) => p.candidate.kind === 'former_district' || TIER_RANK[p.candidate.tier] === best);
  const seen = new Set<string>();
  const unique: TargetPart[] = [];
  for (const { part } of kept) {
    const key = [...part.codes].sort().join(',');
    if (seen.has(key)) continue;
    seen.add(key);
    unique.push(part);
  }
  const reason = named.length > 0 ? 'several' : 'fuzzy';
  const only = unique[0];
  if (unique.length === 1 && only && reason === 'several') return { kind: 'part', part: only };
  const options = unique
    .slice(0, MAX_OPTIONS)
    .map((part, i) => ({ id: `bc.pick.${i}`, label: capitalize(part.label), codes: part.codes }));
  return { kind: 'pick', pick: { typed, reason, options } };
}

/** Every target code once, sorted; communes of a targeted province are dropped (the province covers them). */
export function flattenTargets(parts: readonly TargetPart[]): string[] {
  const codes = new Set(parts.flatMap((p) => p.codes));
  const communes = loadGeo().communeByCode;
  return [...codes].filter((code) => !codes.has(communes.get(code)?.provinceCode ?? '')).sort();
}

/** "Xã Lũng Cú (Tuyên Quang), cả vùng huyện Mèo Vạc cũ (7 xã)"; more than 3 places end with "và 2 nơi khác". */
export function targetSummary(lang: Lang, parts: readonly TargetPart[]): string {
  const labels = parts.map((p) => lowerFirstUnlessName(p.label));
  if (labels.length <= 3) return labels.join(', ');
  return t(lang, 'broadcast.target.and_more', { places: labels.slice(0, 3).join(', '), count: labels.length - 3 });
}

/** "Cả vùng…" → "cả vùng…" inside a sentence; "Xã Lũng Cú" keeps its capital (a proper name). */
function lowerFirstUnlessName(label: string): string {
  return /^(?:Cả|Toàn|All)\s/u.test(label) ? lowerFirst(label) : label;
}
