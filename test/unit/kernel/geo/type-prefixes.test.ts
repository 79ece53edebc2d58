import { describe, expect, it } from 'vitest';
import {
  districtBareName,
  oldCommuneBareName,
  provinceBareName,
  splitCommuneName,
  splitNumberedAbbreviation,
  stripDistrictPrefix,
  stripProvincePrefix,
  stripUnitPrefix,
} from '../../../../src/kernel/geo/type-prefixes.ts';

describe('stored names', () => {
  it.each([
    ['Xã Văn Lăng', { typePrefix: 'Xã', bareName: 'Văn Lăng' }],
    ['Phường Văn Miếu - Quốc Tử Giám', { typePrefix: 'Phường', bareName: 'Văn Miếu - Quốc Tử Giám' }],
    ['Đặc khu Côn Đảo', { typePrefix: 'Đặc khu', bareName: 'Côn Đảo' }],
    ['Thị trấn Mèo Vạc', null],
    ['Văn Lăng', null],
  ])('splitCommuneName(%j)', (name, expected) => {
    expect(splitCommuneName(name)).toEqual(expected);
  });

  it.each([
    [provinceBareName, 'Thành phố Hà Nội', 'Hà Nội'],
    [provinceBareName, 'Tỉnh Hà Giang', 'Hà Giang'],
    [provinceBareName, 'Thái Nguyên', 'Thái Nguyên'],
    [districtBareName, 'Huyện Mèo Vạc', 'Mèo Vạc'],
    [districtBareName, 'Thị xã Phú Thọ', 'Phú Thọ'],
    [districtBareName, 'Quận 1', '1'],
    [oldCommuneBareName, 'Thị trấn Mèo Vạc', 'Mèo Vạc'],
    [oldCommuneBareName, 'Phường 13', '13'],
  ])('%o(%j) = %j', (fn, name, expected) => {
    expect(fn(name)).toBe(expected);
  });
});

describe('folded user text', () => {
  it.each([
    [stripUnitPrefix, 'p duc xuan', 'duc xuan'],
    [stripUnitPrefix, 'phuong duc xuan', 'duc xuan'],
    [stripUnitPrefix, 'dac khu con dao', 'con dao'],
    [stripUnitPrefix, 'tp ho chi minh', 'ho chi minh'],
    [stripUnitPrefix, 't p ho chi minh', 'ho chi minh'],
    [stripUnitPrefix, 'duc xuan', null],
    [stripUnitPrefix, 'phuong', null],
    [stripDistrictPrefix, 'huyen meo vac', 'meo vac'],
    [stripDistrictPrefix, 'thi xa phu tho', 'phu tho'],
    [stripDistrictPrefix, 'q 1', '1'],
    [stripDistrictPrefix, 'meo vac', null],
    [stripProvincePrefix, 'tinh ha giang', 'ha giang'],
    [stripProvincePrefix, 'ha giang', null],
  ])('%o(%j) = %j', (fn, text, expected) => {
    expect(fn(text)).toBe(expected);
  });

  it.each([
    ['q1', 'q 1'],
    ['p13', 'p 13'],
    ['f13 go vap', 'f 13 go vap'],
    ['q1a', 'q1a'],
    ['phuong 13', 'phuong 13'],
  ])('splitNumberedAbbreviation(%j) = %j', (text, expected) => {
    expect(splitNumberedAbbreviation(text)).toBe(expected);
  });
});
