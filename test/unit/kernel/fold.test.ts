import { describe, expect, it } from 'vitest';
import { collapseSpaces, fold, tidy } from '../../../src/kernel/fold.ts';

describe('fold', () => {
  it.each([
    ['Thợ May', 'tho may'],
    ['Mèo Vạc', 'meo vac'],
    ['ĐỒNG VĂN', 'dong van'],
    ['đặt cọc', 'dat coc'],
    ['Hòa Bình', 'hoa binh'],
    ['Hoà Bình', 'hoa binh'],
    ['Thủy', 'thuy'],
    ['Thuỷ', 'thuy'],
    ["B'Lao", 'blao'],
    ['B’Lao', 'blao'],
    ['Xã  Văn   Lăng', 'xa van lang'],
    ['  phụ-hồ, xây dựng! ', 'phu ho xay dung'],
    ['Ư Ơ ư ơ', 'u o u o'],
    ['7tr5/tháng', '7tr5 thang'],
    // decomposed input (NFD from some keyboards) folds the same as precomposed
    ['Me\u0300o Va\u0323c', 'meo vac'],
    ['０９１２ ＡＢＣ', '0912 abc'],
    ['', ''],
  ])('fold(%j) = %j', (input, expected) => {
    expect(fold(input)).toBe(expected);
  });
});

describe('tidy', () => {
  it('normalises to NFC and collapses spaces', () => {
    const tidied = tidy('  Me\u0300o   Va\u0323c ');
    expect(tidied).toBe('Mèo Vạc');
    expect(tidied).toBe(tidied.normalize('NFC'));
  });
});

describe('collapseSpaces', () => {
  it.each([
    ['Mèo Vạc   và \t Lũng Cú', 'Mèo Vạc và Lũng Cú'],
    ['Mèo Vạc \n và Lũng Cú', 'Mèo Vạc\nvà Lũng Cú'],
    ['a\r\n\r\nb', 'a\nb'],
    [' a ', ' a '],
    ['\u00a0\u2003', ' '],
    ['', ''],
  ])('%j -> %j', (input, expected) => {
    expect(collapseSpaces(input)).toBe(expected);
  });

  it('makes every run of whitespace one character, so a long run is one separator', () => {
    expect(collapseSpaces(`x${' '.repeat(4096)}y${'\n \t'.repeat(1000)}z`)).toBe('x y\nz');
  });
});
