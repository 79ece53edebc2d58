/**
 * Administrative units of the 2025 two-level system (province -> commune/ward/special zone), plus the
 * links from pre-2025 units (old province -> old district -> old commune) to the new communes.
 * Names are NFC; every `...Folded` field is `fold()` of the name beside it (see src/kernel/fold.ts).
 */

/** Province-level unit: 6 centrally-run cities ("Thành phố Hà Nội") and 28 provinces ("Thái Nguyên"). */
export interface Province {
  /** 2-digit NSO code, e.g. "19". Stable across renames. */
  readonly code: string;
  /** NFC, as the data spells it: "Thái Nguyên", "Thành phố Hà Nội". */
  readonly name: string;
  readonly shortName: string;
  /** "Tỉnh" or "Thành phố Trung Ương". */
  readonly placeType: string;
  readonly nameFolded: string;
  /** Name without a leading "Thành phố " / "Tỉnh ": "Hà Nội", "Thái Nguyên". */
  readonly bareName: string;
  readonly bareFolded: string;
}

export type CommuneTypePrefix = 'Xã' | 'Phường' | 'Đặc khu';

/** Commune-level unit (xã, phường, đặc khu). */
export interface Commune {
  /** 5-digit NSO code, zero-padded, e.g. "00769". */
  readonly code: string;
  /** NFC with type prefix: "Xã Văn Lăng". */
  readonly name: string;
  readonly typePrefix: CommuneTypePrefix;
  /** Name without the type prefix: "Văn Lăng". */
  readonly bareName: string;
  readonly nameFolded: string;
  readonly bareFolded: string;
  readonly provinceCode: string;
}

/**
 * One old commune -> one new commune. An old commune that was split appears in several links
 * (the split rows carry `oldCode: null`), so old -> new is one-to-many.
 */
export interface OldUnitLink {
  /** NFC, with prefix as in the data: "Tỉnh Hà Giang", "Thành phố Hồ Chí Minh". */
  readonly oldProvince: string;
  /** "Huyện Mèo Vạc", "Quận Gò Vấp". */
  readonly oldDistrict: string;
  /** "Xã Pả Vi", "Phường 13". */
  readonly oldCommune: string;
  /** Old 5-digit code; null for the split rows, which the data lists without one. */
  readonly oldCode: string | null;
  /** Code of an existing new commune (resolved by name, never by the data's own new code). */
  readonly newCommuneCode: string;
}

/** A pre-2025 district; districts no longer exist, but people still name places by them. */
export interface FormerDistrict {
  /** "Huyện Mèo Vạc". */
  readonly name: string;
  /** "Mèo Vạc". */
  readonly bareName: string;
  readonly nameFolded: string;
  readonly bareFolded: string;
  /** Old province, as in the data: "Tỉnh Hà Giang". */
  readonly oldProvince: string;
  /** Folded old province without "Tỉnh"/"Thành phố": "ha giang". */
  readonly oldProvinceBareFolded: string;
  /** New communes the district's territory became, sorted by code. */
  readonly communeCodes: readonly string[];
  /** New provinces those communes are in, sorted by code. */
  readonly provinceCodes: readonly string[];
}

/** What the loader repaired or dropped, with counts (for logs, tests and the data report). */
export interface GeoRepairs {
  /** Commune codes replaced by a known-good code (Xã Ia Mơ 23737 -> 23938). */
  readonly communeCodesFixed: number;
  /** Mapping rows dropped because an identical row came earlier. */
  readonly duplicateRowsDropped: number;
  /** Mapping rows dropped because they carry no old province/district/commune at all. */
  readonly rowsWithoutOldUnitDropped: number;
  /** Rows whose own new code is not a commune code at all (target resolved by name instead). */
  readonly targetCodeMissing: number;
  /** Rows whose own new code is a real commune, but not the one their name + province say. */
  readonly targetCodeOtherCommune: number;
  /** Rows without an old code (the split cases), kept. */
  readonly splitRowsKept: number;
}

export interface Geo {
  /** Sorted by code. */
  readonly provinces: readonly Province[];
  /** Sorted by code. */
  readonly communes: readonly Commune[];
  readonly provinceByCode: ReadonlyMap<string, Province>;
  readonly communeByCode: ReadonlyMap<string, Commune>;
  /** Province code -> its communes, sorted by code. */
  readonly communesByProvince: ReadonlyMap<string, readonly Commune[]>;
  /** De-duplicated old -> new links, in data order. */
  readonly links: readonly OldUnitLink[];
  /** Sorted by old province, then district name. */
  readonly formerDistricts: readonly FormerDistrict[];
  readonly repairs: GeoRepairs;
  /** Ids of the overrides (src/kernel/geo/overrides.ts) that were applied. */
  readonly appliedOverrides: readonly string[];
}

/** How a search text matched a unit, best first. */
export type MatchTier = 'exact' | 'folded' | 'bare' | 'former' | 'fuzzy';

interface CandidateBase {
  readonly tier: MatchTier;
  /** 0..1, higher is better; consistent with the result order, not a probability. */
  readonly score: number;
}

export interface ProvinceCandidate extends CandidateBase {
  readonly kind: 'province';
  readonly province: Province;
}

export interface CommuneCandidate extends CandidateBase {
  readonly kind: 'commune';
  readonly commune: Commune;
  readonly province: Province;
}

export interface FormerDistrictCandidate extends CandidateBase {
  readonly kind: 'former_district';
  readonly district: FormerDistrict;
  /** The new communes the district became (same order as `district.communeCodes`). */
  readonly communes: readonly Commune[];
}

export type Candidate = ProvinceCandidate | CommuneCandidate | FormerDistrictCandidate;
