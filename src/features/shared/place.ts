import { loadGeo, search } from '../../kernel/geo/index.ts';
import type { Candidate, Commune, FormerDistrict, Province } from '../../kernel/geo/index.ts';
import { z } from 'zod';
import { storedList } from './stored-fields.ts';

/**
 * From what a person typed to one commune, or to the question that narrows it down.
 *
 *   one commune at the best tier, no former district, no province at that tier  → that commune
 *   a province (and no commune at its tier)                                       → ask for a commune inside it
 *   several communes, a former district, or a province beside communes            → numbered choices
 *   only near misspellings                                                        → "did you mean" choices
 *   nothing                                                                       → not found
 * A former district that fits is listed as its communes (a commune of the same name first); several districts,
 * or one too big for the list, are offered as one choice each and expanded when chosen.
 * Shared by the flows that ask for a commune (registration: where the worker lives; posting: where the job is).
 */

/** A former district offered as one choice (`geo.d<index>`), kept so that the answer can be expanded. */
const PendingDistrict = z.object({
  name: z.string(),
  /** Old province without its type word: "Hà Giang". */
  province: z.string(),
  communeCodes: storedList(z.string()),
});
export type PendingDistrict = z.infer<typeof PendingDistrict>;

const OfferedOption = z.object({ id: z.string(), label: z.string() });
export type OfferedOption = z.infer<typeof OfferedOption>;

/** The disambiguation question on screen: its choices (to read a typed answer) and its district choices. */
const PendingPick = z.object({
  options: storedList(OfferedOption),
  districts: storedList(PendingDistrict),
});
export type PendingPick = z.infer<typeof PendingPick>;

/** A pick as a field of FlowState.data: choices of the wrong shape are dropped, anything else reads as no pick. */
export const storedPick = PendingPick.nullable().catch(null);

/** A pick read back from FlowState.data. */
export function readPick(value: unknown): PendingPick | null {
  return storedPick.parse(value);
}

/** At most this many numbered choices in one question (a phone screen). */
export const MAX_OPTIONS = 8;

/** Choice ids: `geo.<commune code>`, `geo.p.<province code>`, `geo.d<i>` (a district kept in the state). */
export const communeId = (code: string): string => `geo.${code}`;
export const provinceId = (code: string): string => `geo.p.${code}`;
export const districtId = (index: number): string => `geo.d${index}`;

export type ChoiceTarget =
  | { kind: 'commune'; commune: Commune; province: Province }
  | { kind: 'province'; province: Province }
  | { kind: 'district'; index: number }
  | { kind: 'unknown' };

export function readChoiceId(id: string): ChoiceTarget {
  const geo = loadGeo();
  const district = /^geo\.d(\d{1,2})$/.exec(id);
  if (district) return { kind: 'district', index: Number(district[1]) };
  const province = /^geo\.p\.(\d{2})$/.exec(id);
  if (province) {
    const found = geo.provinceByCode.get(province[1] ?? '');
    return found ? { kind: 'province', province: found } : { kind: 'unknown' };
  }
  const commune = /^geo\.(\d{5})$/.exec(id);
  if (commune) return communeTarget(commune[1] ?? '') ?? { kind: 'unknown' };
  return { kind: 'unknown' };
}

export function communeTarget(code: string): { kind: 'commune'; commune: Commune; province: Province } | null {
  const geo = loadGeo();
  const commune = geo.communeByCode.get(code);
  const province = commune ? geo.provinceByCode.get(commune.provinceCode) : undefined;
  return commune && province ? { kind: 'commune', commune, province } : null;
}

/** "Xã Văn Lăng (Thái Nguyên)": a commune with its province, to say back which one was understood. */
export function communeLabel(code: string): string {
  const target = communeTarget(code);
  return target ? `${target.commune.name} (${target.province.bareName})` : code;
}

export type PickOption =
  | { kind: 'commune'; commune: Commune; province: Province }
  | { kind: 'district'; index: number; district: PendingDistrict }
  | { kind: 'province'; province: Province };

export interface Pick {
  /** Why the question is asked: ties, a former district (named in the question), or near misspellings. */
  reason: 'several' | 'former' | 'fuzzy';
  /** The former district whose communes are listed, for the question's first line. */
  former: PendingDistrict | null;
  options: PickOption[];
  districts: PendingDistrict[];
  /** Some matches did not fit in the list. */
  truncated: boolean;
}

export type PlaceAnswer =
  | { kind: 'commune'; commune: Commune; province: Province }
  | { kind: 'province'; province: Province }
  | { kind: 'pick'; pick: Pick }
  | { kind: 'not_found' };

function pending(district: FormerDistrict): PendingDistrict {
  return {
    name: district.name,
    province: district.oldProvince.replace(/^(Tỉnh|Thành phố)\s+/u, ''),
    communeCodes: [...district.communeCodes],
  };
}

export function resolvePlace(text: string, withinProvince: string | null): PlaceAnswer {
  let candidates = search(text, withinProvince ?? undefined);
  if (withinProvince !== null && !candidates.some((c) => c.tier !== 'fuzzy')) {
    // Not in the province named before: maybe they live elsewhere after all; a real name anywhere beats a typo here.
    const everywhere = search(text);
    if (everywhere.some((c) => c.tier !== 'fuzzy')) candidates = everywhere;
  }
  if (candidates.length === 0) return { kind: 'not_found' };

  const named = candidates.filter((c) => c.tier !== 'fuzzy');
  if (named.length === 0) return { kind: 'pick', pick: buildPick(candidates, 'fuzzy') };

  const best = named[0]?.tier;
  const atBest = named.filter((c) => c.tier === best);
  const communesAtBest = atBest.filter((c) => c.kind === 'commune');
  const provincesAtBest = atBest.filter((c) => c.kind === 'province');
  const hasDistrict = named.some((c) => c.kind === 'former_district');

  const only = communesAtBest[0];
  if (communesAtBest.length === 1 && provincesAtBest.length === 0 && !hasDistrict && only?.kind === 'commune') {
    return { kind: 'commune', commune: only.commune, province: only.province };
  }
  const province = provincesAtBest[0];
  if (communesAtBest.length === 0 && provincesAtBest.length === 1 && province?.kind === 'province') {
    return { kind: 'province', province: province.province };
  }
  return { kind: 'pick', pick: buildPick(named, hasDistrict ? 'former' : 'several') };
}

/** The communes a former district became, as a question of their own (a district choice was picked). */
export function districtPick(district: PendingDistrict): Pick {
  const options = communeOptions(district.communeCodes);
  return {
    reason: 'former',
    former: district,
    options: options.slice(0, MAX_OPTIONS),
    districts: [],
    truncated: options.length > MAX_OPTIONS,
  };
}

function communeOptions(codes: readonly string[]): { kind: 'commune'; commune: Commune; province: Province }[] {
  return codes.flatMap((code) => communeTarget(code) ?? []);
}

function buildPick(candidates: readonly Candidate[], reason: Pick['reason']): Pick {
  const options: PickOption[] = [];
  const seen = new Set<string>();
  const addCommune = (commune: Commune, province: Province): void => {
    if (seen.has(commune.code)) return;
    seen.add(commune.code);
    options.push({ kind: 'commune', commune, province });
  };
  for (const c of candidates) if (c.kind === 'commune') addCommune(c.commune, c.province);

  const districts = candidates.flatMap((c) => (c.kind === 'former_district' ? [c.district] : []));
  const provinces = candidates.flatMap((c) => (c.kind === 'province' ? [c.province] : []));
  const kept: PendingDistrict[] = [];
  let former: PendingDistrict | null = null;
  const only = districts[0];
  const extra = only ? only.communeCodes.filter((code) => !seen.has(code)).length : 0;
  if (districts.length === 1 && only && options.length + extra + provinces.length <= MAX_OPTIONS) {
    // "meo vac": the commune of that name first, then the rest of the former district.
    former = pending(only);
    for (const target of communeOptions(only.communeCodes)) addCommune(target.commune, target.province);
  } else {
    for (const district of districts) {
      const index = kept.length;
      kept.push(pending(district));
      options.push({ kind: 'district', index, district: pending(district) });
    }
  }
  for (const province of provinces) options.push({ kind: 'province', province });

  return {
    reason: reason === 'fuzzy' ? 'fuzzy' : former !== null ? 'former' : 'several',
    former,
    options: options.slice(0, MAX_OPTIONS),
    districts: kept,
    truncated: options.length > MAX_OPTIONS,
  };
}

/** A commune of the province to show as an example ("ví dụ: Đức Xuân"): a plain name, not "Hà Giang 2". */
export function exampleCommune(provinceCode: string): string {
  const communes = loadGeo().communesByProvince.get(provinceCode) ?? [];
  return (communes.find((c) => !/\d/.test(c.bareName)) ?? communes[0])?.bareName ?? '';
}

/** "xã", "phường" or "xã/phường" for a list of communes. */
export function unitKind(codes: readonly string[]): 'commune' | 'ward' | 'mixed' {
  const geo = loadGeo();
  const prefixes = new Set(codes.map((code) => geo.communeByCode.get(code)?.typePrefix));
  if (prefixes.size === 1 && prefixes.has('Xã')) return 'commune';
  if (prefixes.size === 1 && prefixes.has('Phường')) return 'ward';
  return 'mixed';
}
