/**
 * Changes to administrative units after the package's data (Resolution 202/2025/QH15, 1 July 2025).
 * Codes are stable; names and types are versioned here, each entry with the date it takes effect and its
 * legal source. Only add entries checked against a primary source (official gazette / NSO list); never guess.
 * Applied by src/kernel/geo/apply-overrides.ts when `effectiveFrom <= asOf` (the loader uses today's date in Vietnam).
 */

interface OverrideBase {
  /** Stable id, shown in Geo.appliedOverrides and logs. */
  readonly id: string;
  /** YYYY-MM-DD, Vietnam time. */
  readonly effectiveFrom: string;
  /** Legal act or dataset that establishes the change. */
  readonly source: string;
}

export interface ProvinceRenameOverride extends OverrideBase {
  readonly kind: 'province_rename';
  readonly provinceCode: string;
  readonly name: string;
  readonly placeType: string;
}

/** Rename and/or re-type a commune (e.g. a xã becoming a phường); the code stays. */
export interface CommuneRenameOverride extends OverrideBase {
  readonly kind: 'commune_rename';
  readonly communeCode: string;
  /** Full name with type prefix: "Phường …". */
  readonly name: string;
}

export interface CommuneAddOverride extends OverrideBase {
  readonly kind: 'commune_add';
  readonly communeCode: string;
  readonly name: string;
  readonly provinceCode: string;
}

export type GeoOverride = ProvinceRenameOverride | CommuneRenameOverride | CommuneAddOverride;

/*
 * TODO(effective 2026-04-30): Resolution 30/2026/QH16 establishes Đồng Nai (province code 75) as a
 * centrally-run city and 237/NQ-UBTVQH16 creates 10 new wards there (listed in the release notes of
 * thanglequoc/vietnamese-provinces-database; see reference/vietnam-domain.md §1.1). Not entered yet: the
 * official name and the wards' names/codes must be taken from the published list, not guessed. Entry shape:
 *
 *   { id: 'dong-nai-city', kind: 'province_rename', effectiveFrom: '2026-04-30',
 *     provinceCode: '75', name: '<official name>', placeType: 'Thành phố Trung Ương',
 *     source: 'Resolution 30/2026/QH16' },
 *   { id: 'dong-nai-ward-<code>', kind: 'commune_rename', effectiveFrom: '2026-04-30',
 *     communeCode: '<5-digit code>', name: 'Phường <official name>', source: '237/NQ-UBTVQH16' },
 *   // or kind: 'commune_add' with provinceCode '75' if a ward gets a new code.
 */
export const GEO_OVERRIDES: readonly GeoOverride[] = [];
