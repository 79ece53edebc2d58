import { describe, expect, it } from 'vitest';
import { label } from './candidate-label.ts';
import { fold } from '../../../../src/kernel/fold.ts';
import { PROVINCE_ALIASES } from '../../../../src/kernel/geo/aliases.ts';
import { loadGeo, oldToNew, search, type MatchTier } from '../../../../src/kernel/geo/index.ts';
import { provinceBareName, stripDistrictPrefix, stripUnitPrefix } from '../../../../src/kernel/geo/type-prefixes.ts';

const labels = (text: string, withinProvince?: string): string[] => search(text, withinProvince).map(label);
const tiers = (text: string, withinProvince?: string): [string, MatchTier][] =>
  search(text, withinProvince).map((c) => [label(c), c.tier]);
const codes = (...args: Parameters<typeof oldToNew>): string[] => oldToNew(...args).map((c) => c.code);

/** What each alias must stand for, by the data's own name: a valid but wrong code fails here too. */
const EXPECTED_NAMES: Record<string, string> = {
  tphcm: 'Thành phố Hồ Chí Minh',
  hcm: 'Thành phố Hồ Chí Minh',
  'sai gon': 'Thành phố Hồ Chí Minh',
  saigon: 'Thành phố Hồ Chí Minh',
  sg: 'Thành phố Hồ Chí Minh',
  hn: 'Thành phố Hà Nội',
  hp: 'Thành phố Hải Phòng',
  'thua thien hue': 'Thành phố Huế',
};

/** Real units that share an alias's folded name on purpose; search returns both. */
const KNOWN_SAME_NAME: Record<string, string[]> = { 'sai gon': ['26740'] };

describe('PROVINCE_ALIASES table', () => {
  const geo = loadGeo();

  it('lists exactly the expected aliases, each with a reason', () => {
    expect(PROVINCE_ALIASES.map((a) => a.key).sort()).toEqual(Object.keys(EXPECTED_NAMES).sort());
    for (const alias of PROVINCE_ALIASES) expect(alias.reason.length).toBeGreaterThan(10);
  });

  it.each(PROVINCE_ALIASES.map((a) => [a.key, a] as const))(
    '%j names a loaded province with the expected name',
    (key, alias) => {
      const province = geo.provinces.find((p) => p.code === alias.provinceCode);
      expect(province?.name).toBe(EXPECTED_NAMES[key]);
    },
  );

  it('has folded, unique keys that are no type word', () => {
    const keys = PROVINCE_ALIASES.map((a) => a.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of keys) {
      expect(fold(key)).toBe(key);
      expect(stripUnitPrefix(`${key} x`)).toBeNull();
      expect(stripDistrictPrefix(`${key} x`)).toBeNull();
    }
  });

  it('adds nothing a real name already finds, and collides only with the known same-named units', () => {
    const names = new Map<string, string[]>();
    const add = (key: string, what: string): void => void names.set(key, [...(names.get(key) ?? []), what]);
    for (const p of geo.provinces) {
      add(p.bareFolded, `province ${p.code}`);
      add(p.nameFolded, `province ${p.code}`);
    }
    for (const c of geo.communes) add(c.bareFolded, c.code);
    for (const d of geo.formerDistricts) {
      add(d.bareFolded, `district ${d.name}`);
      add(d.oldProvinceBareFolded, `old province ${d.oldProvince}`);
    }
    for (const alias of PROVINCE_ALIASES) expect(names.get(alias.key) ?? []).toEqual(KNOWN_SAME_NAME[alias.key] ?? []);
  });

  it('only names cities that were one province of the same name before 2025 (oldToNew relies on it)', () => {
    const oldProvinces = new Set(geo.links.map((l) => fold(provinceBareName(l.oldProvince))));
    for (const alias of PROVINCE_ALIASES) {
      const province = geo.provinceByCode.get(alias.provinceCode);
      expect(province?.placeType).toBe('Thành phố Trung Ương');
      expect(oldProvinces.has(province?.bareFolded ?? '')).toBe(true);
    }
  });

  it.each(['dn', 'ct', 'tp dn', 'tp ct'])('leaves the ambiguous %j out', (text) => {
    expect(PROVINCE_ALIASES.some((a) => a.key === fold(text))).toBe(false);
    expect(search(text)).toEqual([]);
  });
});

describe('search: city shorthands', () => {
  it.each<[string, [string, MatchTier][]]>([
    // Hồ Chí Minh
    ['tphcm', [['province:79', 'bare']]],
    ['TPHCM', [['province:79', 'bare']]],
    ['TP.HCM', [['province:79', 'bare']]],
    ['tp hcm', [['province:79', 'bare']]],
    ['Tp. HCM', [['province:79', 'bare']]],
    ['thành phố hcm', [['province:79', 'bare']]],
    ['hcm', [['province:79', 'bare']]],
    ['sg', [['province:79', 'bare']]],
    ['tp ho chi minh', [['province:79', 'bare']]],
    ['thanh pho ho chi minh', [['province:79', 'folded']]],
    // An alias never hides the real Phường Sài Gòn: both come back, by the usual tier and kind order.
    [
      'sai gon',
      [
        ['province:79', 'bare'],
        ['commune:26740', 'bare'],
      ],
    ],
    [
      'Sài Gòn',
      [
        ['commune:26740', 'exact'],
        ['province:79', 'bare'],
      ],
    ],
    ['phuong sai gon', [['commune:26740', 'folded']]],
    [
      'saigon',
      [
        ['province:79', 'bare'],
        ['commune:26740', 'fuzzy'],
      ],
    ],
    // Hà Nội
    ['hn', [['province:01', 'bare']]],
    ['HN', [['province:01', 'bare']]],
    ['tp hn', [['province:01', 'bare']]],
    ['TP. HN', [['province:01', 'bare']]],
    ['thành phố hn', [['province:01', 'bare']]],
    ['ha noi', [['province:01', 'bare']]],
    // Đà Nẵng, Huế, Hải Phòng, Cần Thơ
    ['tp da nang', [['province:48', 'bare']]],
    ['TP. Đà Nẵng', [['province:48', 'bare']]],
    ['hue', [['province:46', 'bare']]],
    ['tp hue', [['province:46', 'bare']]],
    ['TP. Huế', [['province:46', 'bare']]],
    ['thua thien hue', [['province:46', 'bare']]],
    ['Thừa Thiên Huế', [['province:46', 'bare']]],
    ['tinh thua thien hue', [['province:46', 'bare']]],
    ['hp', [['province:31', 'bare']]],
    ['tp can tho', [['province:92', 'bare']]],
  ])('%j -> %j', (text, expected) => {
    expect(tiers(text)).toEqual(expected);
  });

  it.each<[string, string, string[]]>([
    ['hcm', '79', ['province:79']],
    ['tp hcm', '79', ['province:79']],
    ['hcm', '01', []],
    ['sai gon', '79', ['province:79', 'commune:26740']],
    ['sai gon', '01', []],
    ['hn', '01', ['province:01']],
    ['hn', '79', []],
    ['thua thien hue', '46', ['province:46']],
    ['ben thanh hcm', '79', ['commune:26743']],
    ['ben thanh hcm', '01', []],
  ])('%j within %s -> %j', (text, withinProvince, expected) => {
    expect(labels(text, withinProvince)).toEqual(expected);
  });

  // A trailing shorthand narrows the search exactly like the city's full name does.
  it.each<[string, string]>([
    ['quan 1 tphcm', 'quan 1 ho chi minh'],
    ['quan 1 tp hcm', 'quan 1 ho chi minh'],
    ['q1 hcm', 'q1 ho chi minh'],
    ['go vap hcm', 'go vap ho chi minh'],
    ['ben thanh hcm', 'ben thanh ho chi minh'],
    ['ben thanh tp.hcm', 'ben thanh ho chi minh'],
    ['p ben thanh tphcm', 'p ben thanh ho chi minh'],
    ['ben thanh sai gon', 'ben thanh ho chi minh'],
    ['tan dinh sg', 'tan dinh ho chi minh'],
    ['hoan kiem hn', 'hoan kiem ha noi'],
    ['hoan kiem tp hn', 'hoan kiem ha noi'],
    ['le chan hp', 'le chan hai phong'],
    ['phu xuan thua thien hue', 'phu xuan hue'],
  ])('%j finds what %j finds', (shorthand, full) => {
    const expected = labels(full);
    expect(expected.length).toBeGreaterThan(0);
    expect(labels(shorthand)).toEqual(expected);
  });
});

describe('oldToNew: a city shorthand as the old province', () => {
  const AN_HOI = ['26878', '26882']; // Phường 13, Quận Gò Vấp -> An Hội Đông, An Hội Tây

  it.each<[Parameters<typeof oldToNew>, string[]]>([
    [['TP HCM', 'Quận Gò Vấp', 'Phường 13'], AN_HOI],
    [['tphcm', 'go vap', 'p13'], AN_HOI],
    [['TP.HCM', 'q go vap', 'p 13'], AN_HOI],
    [['Sài Gòn', 'Gò Vấp', 'Phường 13'], AN_HOI],
    [['hp', 'Lê Chân', 'Niệm Nghĩa'], ['11407']],
  ])('%j -> %j', (args, expected) => {
    expect(codes(...args)).toEqual(expected);
  });

  it.each<[Parameters<typeof oldToNew>, Parameters<typeof oldToNew>]>([
    [['TP HCM'], ['Thành phố Hồ Chí Minh']],
    [
      ['hcm', 'Quận 1'],
      ['Thành phố Hồ Chí Minh', 'Quận 1'],
    ],
    [
      ['saigon', 'quan 1'],
      ['Thành phố Hồ Chí Minh', 'Quận 1'],
    ],
    [['sg'], ['Thành phố Hồ Chí Minh']],
    [['hn'], ['Thành phố Hà Nội']],
    [
      ['TP HN', 'Hoàn Kiếm'],
      ['Thành phố Hà Nội', 'Quận Hoàn Kiếm'],
    ],
    [
      ['Hà Nội', 'Hoàn Kiếm'],
      ['Thành phố Hà Nội', 'Quận Hoàn Kiếm'],
    ],
    [['hp'], ['Thành phố Hải Phòng']],
    [['TP Đà Nẵng'], ['Thành phố Đà Nẵng']],
    [
      ['Đà Nẵng', 'Hải Châu'],
      ['Thành phố Đà Nẵng', 'Quận Hải Châu'],
    ],
    [['TP Cần Thơ'], ['Thành phố Cần Thơ']],
    [
      ['Cần Thơ', 'Ninh Kiều'],
      ['Thành phố Cần Thơ', 'Quận Ninh Kiều'],
    ],
    [['Huế'], ['Thành phố Huế']],
    [['Thừa Thiên Huế'], ['Thành phố Huế']],
    [
      ['tinh thua thien hue', 'Phú Xuân'],
      ['Thành phố Huế', 'Quận Phú Xuân'],
    ],
  ])('%j = %j', (shorthand, full) => {
    const expected = codes(...full);
    expect(expected.length).toBeGreaterThan(0);
    expect(codes(...shorthand)).toEqual(expected);
  });

  it('reads a city shorthand as the old city only, not the provinces merged into it in 2025', () => {
    const fromOldCity = new Set(
      loadGeo()
        .links.filter((l) => l.oldProvince === 'Thành phố Hồ Chí Minh')
        .map((l) => l.newCommuneCode),
    );
    const communes = codes('tphcm');
    expect(communes.length).toBeGreaterThan(100);
    expect(communes.filter((code) => !fromOldCity.has(code))).toEqual([]);
    expect(codes('tphcm').some((code) => codes('Bình Dương').includes(code) && !fromOldCity.has(code))).toBe(false);
  });

  it.each([['dn'], ['ct'], ['tp dn']])('ambiguous %j -> []', (text) => {
    expect(oldToNew(text)).toEqual([]);
  });
});
