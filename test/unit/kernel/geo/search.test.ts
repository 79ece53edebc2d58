import { describe, expect, it } from 'vitest';
import { label } from './candidate-label.ts';
import { loadGeo, search, type Candidate, type MatchTier } from '../../../../src/kernel/geo/index.ts';

function labels(text: string, withinProvince?: string): string[] {
  return search(text, withinProvince).map(label);
}

function tiers(text: string, withinProvince?: string): [string, MatchTier][] {
  return search(text, withinProvince).map((c) => [label(c), c.tier]);
}

const MEO_VAC_COMMUNES = ['00769', '00802', '00817', '00778', '00787', '00808', '00721'];

describe('search: Mèo Vạc, new commune and former district', () => {
  it.each([[undefined], ['08']])('"meo vac" (withinProvince %s) offers both', (withinProvince) => {
    const results = search('meo vac', withinProvince);
    expect(results.map(label)).toEqual(['commune:00769', 'former_district:Tỉnh Hà Giang/Huyện Mèo Vạc']);

    const [commune, district] = results;
    expect(commune).toMatchObject({
      kind: 'commune',
      tier: 'bare',
      commune: { name: 'Xã Mèo Vạc' },
      province: { code: '08' },
    });
    if (district?.kind !== 'former_district') throw new Error('expected a former district');
    expect(district.tier).toBe('former');
    expect(district.district).toMatchObject({ name: 'Huyện Mèo Vạc', oldProvince: 'Tỉnh Hà Giang' });
    expect([...district.district.communeCodes].sort()).toEqual([...MEO_VAC_COMMUNES].sort());
    expect(district.communes.map((c) => c.code)).toEqual(district.district.communeCodes);
  });

  it.each([
    ['Huyện Mèo Vạc', ['former_district:Tỉnh Hà Giang/Huyện Mèo Vạc']],
    ['h. meo vac', ['former_district:Tỉnh Hà Giang/Huyện Mèo Vạc']],
    ['thi tran meo vac', ['commune:00769']],
    ['meo vac ha giang', ['commune:00769', 'former_district:Tỉnh Hà Giang/Huyện Mèo Vạc']],
    ['meo vac tuyen quang', ['commune:00769', 'former_district:Tỉnh Hà Giang/Huyện Mèo Vạc']],
  ])('%j -> %j', (text, expected) => {
    expect(labels(text)).toEqual(expected);
  });

  it('finds nothing for Mèo Vạc inside Thái Nguyên', () => {
    expect(search('meo vac', '19')).toEqual([]);
  });
});

describe('search: ties are all returned', () => {
  it('"van lang" in Thái Nguyên gives Văn Lang 02143 and Văn Lăng 05665', () => {
    const results = search('van lang', '19');
    expect(results.map(label)).toEqual(['commune:02143', 'commune:05665']);
    expect(results.map((c) => (c.kind === 'commune' ? c.commune.name : ''))).toEqual(['Xã Văn Lang', 'Xã Văn Lăng']);
    expect(results.every((c) => c.tier === 'bare')).toBe(true);
  });

  it.each(['van lang thai nguyen', 'Văn Lang, Thái Nguyên', 'xa van lang tinh thai nguyen'])(
    'a trailing province works like withinProvince: %j',
    (text) => {
      expect(labels(text)).toEqual(['commune:02143', 'commune:05665']);
    },
  );

  it('an exact spelling ranks first but does not hide the other', () => {
    expect(tiers('Văn Lăng', '19')).toEqual([
      ['commune:05665', 'exact'],
      ['commune:02143', 'bare'],
    ]);
  });

  // reference/vietnam-domain.md §1.3 lists 8 same-type pairs; the last two rows differ in type too.
  it.each([
    ['19', 'van lang', ['02143', '05665']],
    ['31', 'cam giang', ['10888', '10903']],
    ['51', 'son ha', ['21289', '21292']],
    ['51', 'ba to', ['21484', '21523']],
    ['75', 'loc thanh', ['25280', '25294']],
    ['80', 'tan thanh', ['25534', '27826']],
    ['82', 'tan thanh', ['29938', '30157']],
    ['79', 'thanh an', ['25807', '27676']],
    ['38', 'dong tien', ['15724', '15853']],
    ['82', 'my tho', ['28261', '30076']],
  ])('in province %s, %j gives communes %j', (province, text, codes) => {
    const communes = search(text, province).flatMap((c) => (c.kind === 'commune' ? [c.commune.code] : []));
    expect(communes).toEqual(codes);
  });

  it('returns every commune of every within-province folded collision in the data', () => {
    const groups = new Map<string, string[]>();
    for (const commune of loadGeo().communes) {
      const key = `${commune.provinceCode}|${commune.bareFolded}`;
      groups.set(key, [...(groups.get(key) ?? []), commune.code]);
    }
    const collisions = [...groups].filter(([, codes]) => codes.length > 1);
    expect(collisions).toHaveLength(10);
    for (const [key, codes] of collisions) {
      const [province, bare] = key.split('|') as [string, string];
      const found = search(bare, province).flatMap((c) => (c.kind === 'commune' ? [c.commune.code] : []));
      expect(found).toEqual(codes);
    }
  });
});

describe('search: tiers and ranking', () => {
  it('"thai nguyen" gives province 19 first', () => {
    const [first] = search('thai nguyen');
    expect(first).toMatchObject({ kind: 'province', province: { code: '19', name: 'Thái Nguyên' } });
  });

  it.each<[string, string | undefined, [string, MatchTier][]]>([
    ['Phường Đức Xuân', undefined, [['commune:01840', 'exact']]],
    ['phường đức xuân', undefined, [['commune:01840', 'exact']]],
    ['Đức Xuân', undefined, [['commune:01840', 'exact']]],
    ['phuong duc xuan', undefined, [['commune:01840', 'folded']]],
    ['PHUONG  DUC-XUAN', undefined, [['commune:01840', 'folded']]],
    ['duc xuan', undefined, [['commune:01840', 'bare']]],
    ['p duc xuan', undefined, [['commune:01840', 'bare']]],
    ['P. Đức Xuân', undefined, [['commune:01840', 'bare']]],
    ['xa duc xuan', undefined, [['commune:01840', 'bare']]],
    [
      'Thái Nguyên',
      undefined,
      [
        ['province:19', 'exact'],
        ['former_district:Tỉnh Thái Nguyên/Thành phố Thái Nguyên', 'former'],
      ],
    ],
    ['Tỉnh Thái Nguyên', undefined, [['province:19', 'exact']]],
    ['tinh thai nguyen', undefined, [['province:19', 'folded']]],
    ['thanh pho ha noi', undefined, [['province:01', 'folded']]],
    ['ha noi', undefined, [['province:01', 'bare']]],
    ['TP. Hồ Chí Minh', undefined, [['province:79', 'bare']]],
    ['t.p ho chi minh', undefined, [['province:79', 'bare']]],
    [
      'phuong phu tho',
      '25',
      [
        ['commune:07942', 'folded'],
        ['province:25', 'bare'],
      ],
    ],
    ['ia mo', undefined, [['commune:23938', 'bare']]],
    ['q1', undefined, [['former_district:Thành phố Hồ Chí Minh/Quận 1', 'former']]],
    ['Quận 1', undefined, [['former_district:Thành phố Hồ Chí Minh/Quận 1', 'former']]],
  ])('%j (within %s) -> %j', (text, withinProvince, expected) => {
    expect(tiers(text, withinProvince)).toEqual(expected);
  });

  it('puts the province before same-named communes of the same tier', () => {
    expect(labels('Phú Thọ')).toEqual([
      'province:25',
      'commune:07942',
      'commune:27226',
      'commune:30034',
      'former_district:Tỉnh Phú Thọ/Thị xã Phú Thọ',
    ]);
  });

  it.each(['thai nguyen', 'meo vac', 'tan thanh', 'Phú Thọ', 'thanh hoa', 'duc xuann', 'chau thanh'])(
    'orders %j by tier, then score, deterministically',
    (text) => {
      const results = search(text);
      const rank: Record<MatchTier, number> = { exact: 0, folded: 1, bare: 2, former: 3, fuzzy: 4 };
      for (let i = 1; i < results.length; i += 1) {
        const [a, b] = [results[i - 1], results[i]] as [Candidate, Candidate];
        expect(rank[a.tier]).toBeLessThanOrEqual(rank[b.tier]);
        if (a.tier === b.tier) expect(a.score).toBeGreaterThanOrEqual(b.score);
      }
      expect(search(text).map(label)).toEqual(results.map(label));
    },
  );

  it('lists every old district sharing a name, across old provinces', () => {
    const districts = search('chau thanh').filter((c) => c.kind === 'former_district');
    expect(districts.length).toBeGreaterThan(5);
    expect(new Set(districts.map((c) => (c.kind === 'former_district' ? c.district.oldProvince : ''))).size).toBe(
      districts.length,
    );
  });
});

describe('search: fuzzy suggestions', () => {
  it.each([
    ['duc xuann', 'commune:01840'],
    ['phuong duc xuam', 'commune:01840'],
    ['meo vak', 'commune:00769'],
    ['thai nguyeen', 'province:19'],
    ['van lamg thai nguyen', 'commune:02143'],
  ])('%j suggests %s first', (text, expected) => {
    const results = search(text);
    expect(results[0] && label(results[0])).toBe(expected);
    expect(results.every((c) => c.tier === 'fuzzy')).toBe(true);
    expect(results.length).toBeLessThanOrEqual(20);
  });

  it('keeps fuzzy within the province', () => {
    expect(labels('van lamg', '19')).toEqual(['commune:02143', 'commune:05665']);
  });

  it('does not fuzz short text', () => {
    expect(search('mèo')).toEqual([]);
  });

  it('is not offered when something matched better', () => {
    expect(search('duc xuan').every((c) => c.tier !== 'fuzzy')).toBe(true);
  });
});

describe('search: garbage in, [] out', () => {
  it.each([
    ['xyzzy qqq'],
    [''],
    ['   '],
    ['!!! ??'],
    ['1'],
    ['a'.repeat(5000)],
    ['Mèo Vạc '.repeat(700)],
    ['\u0000\u200b'],
  ])('%j', (text) => {
    expect(search(text)).toEqual([]);
  });

  it('returns [] for an unknown withinProvince', () => {
    expect(search('van lang', '99')).toEqual([]);
  });

  it('returns [] for a non-string at runtime', () => {
    expect(search(null as unknown as string)).toEqual([]);
  });
});
