/**
 * Shorthands people use for a few cities ("tphcm", "sài gòn", "hn"), which no name in the data matches.
 *
 * Keys are folded (see src/kernel/fold.ts) and bare: a province type word in front (tỉnh, thành phố, tp, t.p) is
 * stripped as for real names, so "hcm" also covers "tp hcm", "tp.hcm" and "thành phố hcm", in search, as a
 * trailing province ("quan 1 tphcm") and in oldToNew. A key equal to a real name ("ha noi", "hue",
 * "tp da nang") is not listed: the name already finds it.
 *
 * Rules for adding one:
 * - widely used, and not ambiguous: "dn" (Đà Nẵng / Đồng Nai / Đắk Nông) and "ct" (Cần Thơ / …) are left out;
 * - the place was one province under this name before and after 2025 (the six cities), because `oldToNew`
 *   also reads the alias as the old province of the same name. A shorthand of a merged-away province
 *   ("brvt") would need its own old-province mapping first;
 * - a real commune with the same folded name (Phường Sài Gòn) is still found: search returns both.
 * test/unit/geo/aliases.test.ts checks every code against the data and every key for collisions.
 */

export interface ProvinceAlias {
  /** Folded shorthand, without a type word: "hcm", "sai gon". */
  readonly key: string;
  /** 2-digit province code it stands for. */
  readonly provinceCode: string;
  /** Why it is here, in one line. */
  readonly reason: string;
}

export const PROVINCE_ALIASES: readonly ProvinceAlias[] = [
  {
    key: 'tphcm',
    provinceCode: '79',
    reason: '"TPHCM", the usual written short form of Thành phố Hồ Chí Minh, typed as one word',
  },
  {
    key: 'hcm',
    provinceCode: '79',
    reason: '"HCM" / "TP HCM" / "TP.HCM": initials of Hồ Chí Minh, on signs, job posts and forms',
  },
  {
    key: 'sai gon',
    provinceCode: '79',
    reason: "Sài Gòn, the city's everyday name (Phường Sài Gòn 26740 is also found)",
  },
  { key: 'saigon', provinceCode: '79', reason: '"Saigon" written as one word, as in English and brand names' },
  { key: 'sg', provinceCode: '79', reason: '"SG" for Sài Gòn in chat; no unit in the data folds to "sg"' },
  { key: 'hn', provinceCode: '01', reason: '"HN" / "TP HN": initials of Hà Nội, common in chat and job posts' },
  { key: 'hp', provinceCode: '31', reason: '"HP": initials of Hải Phòng, common in chat and job posts' },
  {
    key: 'thua thien hue',
    provinceCode: '46',
    reason: "Thừa Thiên Huế, the province's name until it became Thành phố Huế on 2025-01-01",
  },
];

/** Folded alias key -> province code. */
export const PROVINCE_CODE_BY_ALIAS: ReadonlyMap<string, string> = new Map(
  PROVINCE_ALIASES.map((alias) => [alias.key, alias.provinceCode]),
);
