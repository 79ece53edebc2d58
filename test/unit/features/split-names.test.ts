import { describe, expect, it } from 'vitest';
import { splitNames } from '../../../src/features/broadcast/targets.ts';

/** /phatsong's "where to?": the places typed, one name each, whatever separates them. */
describe('splitNames', () => {
  it.each([
    ['Mèo Vạc, Đồng Văn và Lũng Cú', ['Mèo Vạc', 'Đồng Văn', 'Lũng Cú']],
    ['Mèo Vạc  và  Lũng Cú', ['Mèo Vạc', 'Lũng Cú']],
    ['Mèo Vạc \n và Lũng Cú', ['Mèo Vạc', 'Lũng Cú']],
    ['Mèo Vạc, Đồng Văn, và Lũng Cú', ['Mèo Vạc', 'Đồng Văn', 'Lũng Cú']],
    ['Mèo Vạc\nĐồng Văn;Lũng Cú', ['Mèo Vạc', 'Đồng Văn', 'Lũng Cú']],
    ['Mèo Vạc + Lũng Cú & Đồng Văn', ['Mèo Vạc', 'Lũng Cú', 'Đồng Văn']],
    ['Mèo Vạc,   and Lũng Cú', ['Mèo Vạc', 'Lũng Cú']],
    ['Vân Sơn, Văn Lang', ['Vân Sơn', 'Văn Lang']],
    [' , ;\n', []],
  ])('%j → %j', (text, names) => {
    expect(splitNames(text)).toEqual(names);
  });

  it('reads thousands of spaces, tabs and newlines around the names as separators', () => {
    const text = `${' '.repeat(4000)}Mèo Vạc${' \t'.repeat(2000)}và Lũng Cú${'\n'.repeat(100)},${' '.repeat(100)}Đồng Văn`;
    expect(splitNames(text)).toEqual(['Mèo Vạc', 'Lũng Cú', 'Đồng Văn']);
  });
});
