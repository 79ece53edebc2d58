import { describe, expect, it } from 'vitest';
import { fold } from '../../../../src/kernel/fold.ts';
import { EXPECTED_COMMUNES, EXPECTED_PROVINCES, loadGeo } from '../../../../src/kernel/geo/index.ts';

const geo = loadGeo();

describe('loadGeo: counts and shape', () => {
  it('has 34 provinces and 3,321 communes', () => {
    expect(EXPECTED_PROVINCES).toBe(34);
    expect(EXPECTED_COMMUNES).toBe(3321);
    expect(geo.provinces).toHaveLength(34);
    expect(geo.communes).toHaveLength(3321);
    expect(geo.provinceByCode.size).toBe(34);
    expect(geo.communeByCode.size).toBe(3321);
  });

  it('is memoised', () => {
    expect(loadGeo()).toBe(geo);
  });

  it('counts 687 phường, 2,621 xã and 13 đặc khu', () => {
    const byType = new Map<string, number>();
    for (const commune of geo.communes) byType.set(commune.typePrefix, (byType.get(commune.typePrefix) ?? 0) + 1);
    expect(Object.fromEntries(byType)).toEqual({ Phường: 687, Xã: 2621, 'Đặc khu': 13 });
  });

  it('groups communes by province, sorted by code', () => {
    let total = 0;
    for (const [code, communes] of geo.communesByProvince) {
      total += communes.length;
      expect(communes.every((c) => c.provinceCode === code)).toBe(true);
      expect(communes.map((c) => c.code)).toEqual([...communes.map((c) => c.code)].sort());
    }
    expect(total).toBe(3321);
    expect(geo.communesByProvince.get('19')).toHaveLength(92);
  });

  it('keeps names NFC and derives folded and bare names', () => {
    for (const province of geo.provinces) {
      expect(province.name).toBe(province.name.normalize('NFC'));
      expect(province.nameFolded).toBe(fold(province.name));
      expect(province.bareFolded).toBe(fold(province.bareName));
      expect(province.bareName).not.toMatch(/^(Thành phố|Tỉnh) /);
    }
    for (const commune of geo.communes) {
      expect(commune.name).toBe(commune.name.normalize('NFC'));
      expect(commune.name).toBe(`${commune.typePrefix} ${commune.bareName}`);
      expect(commune.nameFolded).toBe(fold(commune.name));
      expect(commune.bareFolded).toBe(fold(commune.bareName));
      expect(commune.code).toMatch(/^\d{5}$/);
      expect(geo.provinceByCode.has(commune.provinceCode)).toBe(true);
    }
  });

  it.each([
    ['01', 'Thành phố Hà Nội', 'Hà Nội'],
    ['19', 'Thái Nguyên', 'Thái Nguyên'],
    ['79', 'Thành phố Hồ Chí Minh', 'Hồ Chí Minh'],
  ])('province %s is %s (bare %s)', (code, name, bareName) => {
    expect(geo.provinceByCode.get(code)).toMatchObject({ name, bareName });
  });

  it.each([
    ['01840', 'Phường Đức Xuân', '19'],
    ['00769', 'Xã Mèo Vạc', '08'],
    ['02143', 'Xã Văn Lang', '19'],
    ['05665', 'Xã Văn Lăng', '19'],
  ])('commune %s is %s in %s', (code, name, provinceCode) => {
    expect(geo.communeByCode.get(code)).toMatchObject({ name, provinceCode });
  });
});

describe('loadGeo: repairs', () => {
  it('gives Xã Ia Mơ its NSO code 23938, not 23737', () => {
    expect(geo.communeByCode.get('23938')).toMatchObject({ name: 'Xã Ia Mơ', provinceCode: '52' });
    expect(geo.communeByCode.has('23737')).toBe(false);
  });

  it('reports what it repaired', () => {
    expect(geo.repairs).toEqual({
      communeCodesFixed: 1,
      duplicateRowsDropped: 128,
      rowsWithoutOldUnitDropped: 5,
      targetCodeMissing: 431,
      targetCodeOtherCommune: 22,
      splitRowsKept: 810,
    });
    expect(geo.appliedOverrides).toEqual([]);
  });

  it('has no link pointing at a missing commune', () => {
    const missing = geo.links.filter((link) => !geo.communeByCode.has(link.newCommuneCode));
    expect(missing).toEqual([]);
  });

  it('has no duplicate links', () => {
    const keys = new Set(
      geo.links.map((l) => JSON.stringify([l.oldProvince, l.oldDistrict, l.oldCommune, l.oldCode, l.newCommuneCode])),
    );
    expect(keys.size).toBe(geo.links.length);
    expect(geo.links).toHaveLength(10_977 - 128 - 5);
  });

  it('keeps one link per coded old commune and keeps the uncoded split rows', () => {
    const coded = geo.links.filter((l) => l.oldCode !== null);
    expect(coded).toHaveLength(10_034);
    expect(new Set(coded.map((l) => l.oldCode)).size).toBe(10_034);
    expect(geo.links.filter((l) => l.oldCode === null)).toHaveLength(810);
  });

  it('resolves targets by name, not by the data’s own new code (Niệm Nghĩa -> An Biên 11407)', () => {
    const link = geo.links.find((l) => l.oldCommune === 'Phường Niệm Nghĩa' && l.oldDistrict === 'Quận Lê Chân');
    expect(link?.newCommuneCode).toBe('11407');
  });
});

describe('loadGeo: former districts', () => {
  it('rebuilds 697 old districts, each inside one new province', () => {
    expect(geo.formerDistricts).toHaveLength(697);
    for (const district of geo.formerDistricts) {
      expect(district.provinceCodes).toHaveLength(1);
      expect(district.communeCodes.length).toBeGreaterThan(0);
    }
  });

  it('maps Huyện Mèo Vạc (Tỉnh Hà Giang) to 7 communes of Tuyên Quang', () => {
    const meoVac = geo.formerDistricts.find((d) => d.name === 'Huyện Mèo Vạc');
    expect(meoVac).toMatchObject({ oldProvince: 'Tỉnh Hà Giang', bareName: 'Mèo Vạc', provinceCodes: ['08'] });
    expect(meoVac?.communeCodes).toEqual(['00721', '00769', '00778', '00787', '00802', '00808', '00817']);
  });
});
