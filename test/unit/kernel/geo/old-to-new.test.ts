import { describe, expect, it } from 'vitest';
import { oldToNew } from '../../../../src/kernel/geo/index.ts';

const codes = (...args: Parameters<typeof oldToNew>) => oldToNew(...args).map((c) => c.code);

const MEO_VAC = ['00721', '00769', '00778', '00787', '00802', '00808', '00817'];
const AN_HOI = ['26878', '26882']; // Phường An Hội Đông, Phường An Hội Tây

describe('oldToNew', () => {
  it.each<[Parameters<typeof oldToNew>, string[]]>([
    [['Hà Giang', 'Mèo Vạc'], MEO_VAC],
    [['Tỉnh Hà Giang', 'Huyện Mèo Vạc'], MEO_VAC],
    [['ha giang', 'meo vac'], MEO_VAC],
    [['HA GIANG', 'h. meo vac'], MEO_VAC],
    [['ha giang', 'meo vac', 'xa pa vi'], ['00769']],
    [['ha giang', 'meo vac', 'thi tran meo vac'], ['00769']],
    [['ha giang', 'meo vac', 'Pải Lủng'], ['00721']],
    [['Thành phố Hồ Chí Minh', 'Quận Gò Vấp', 'Phường 13'], AN_HOI],
    [['ho chi minh', 'go vap', 'phuong 13'], AN_HOI],
    [['tp ho chi minh', 'q go vap', 'p13'], AN_HOI],
    [['Hải Phòng', 'Lê Chân', 'Niệm Nghĩa'], ['11407']],
  ])('%j -> %j', (args, expected) => {
    expect(codes(...args)).toEqual(expected);
  });

  it('returns more than one commune for a split old commune', () => {
    const communes = oldToNew('Thành phố Hồ Chí Minh', 'Quận Gò Vấp', 'Phường 13');
    expect(communes.map((c) => c.name)).toEqual(['Phường An Hội Đông', 'Phường An Hội Tây']);
  });

  it('maps a whole old province to de-duplicated communes sorted by code', () => {
    const bacKan = oldToNew('Bắc Kạn');
    const list = bacKan.map((c) => c.code);
    expect(list.length).toBeGreaterThan(30);
    expect(new Set(list).size).toBe(list.length);
    expect(list).toEqual([...list].sort());
    expect(new Set(bacKan.map((c) => c.provinceCode))).toEqual(new Set(['19']));
  });

  it.each<Parameters<typeof oldToNew>>([
    ['Atlantis'],
    [''],
    ['   '],
    ['Hà Giang', 'Nowhere'],
    ['Hà Giang', 'Mèo Vạc', 'Nowhere'],
    ['Hà Giang', 'Gò Vấp'],
    ['Thái Nguyên', 'Mèo Vạc'],
  ])('unknown %j -> []', (...args) => {
    expect(oldToNew(...args)).toEqual([]);
  });
});
