import { describe, expect, it } from 'vitest';
import {
  shownPeopleCount,
  suppressTable,
  type ShownCell,
  type TableToSuppress,
} from '../../../src/kernel/suppression.ts';

const P = true; // a people column
const N = false; // a count of something else (vacancies, messages)

describe('shownPeopleCount: one count on its own', () => {
  it.each<[number | null, ShownCell]>([
    [0, 0],
    [1, '<5'],
    [4, '<5'],
    [5, 5],
    [1234, 1234],
    [null, null],
  ])('%s → %s', (value, shown) => {
    expect(shownPeopleCount(value)).toBe(shown);
  });
});

describe('suppressTable', () => {
  it.each<
    [string, TableToSuppress, { rows: ShownCell[][]; totalRow?: ShownCell[] | null; totalColumn?: ShownCell[] | null }]
  >([
    [
      'primary only: 1–4 people hidden, 0 and 5 shown, other columns untouched',
      { rows: [[0, 1, 4, 5, 3]], people: [P, P, P, P, N] },
      { rows: [[0, '<5', '<5', 5, 3]] },
    ],
    ['not known stays not known', { rows: [[null, 2]], people: [P, P] }, { rows: [[null, '<5']] }],
    [
      'a column with one small cell and a shown total: the next smallest non-zero cell goes too',
      { rows: [[3], [0], [7], [20], [9]], people: [P], totalRow: [39] },
      { rows: [['<5'], [0], ['…'], [20], [9]], totalRow: [39] },
    ],
    [
      'two small cells in a column already protect each other',
      { rows: [[3], [2], [7]], people: [P], totalRow: [12] },
      { rows: [['<5'], ['<5'], [7]], totalRow: [12] },
    ],
    [
      'no total shown: nothing to subtract from, nothing more hidden',
      { rows: [[3], [7], [20]], people: [P] },
      { rows: [['<5'], [7], [20]] },
    ],
    [
      'a small total hides itself and the column needs nothing more',
      { rows: [[3], [0]], people: [P], totalRow: [3] },
      { rows: [['<5'], [0]], totalRow: ['<5'] },
    ],
    [
      'the only other cells are zero: the total is hidden instead',
      { rows: [[3], [0], [0]], people: [P], totalRow: [8] },
      { rows: [['<5'], [0], [0]], totalRow: ['…'] },
    ],
    [
      'columns of other things never take part',
      {
        rows: [
          [2, 1],
          [6, 1],
          [8, 1],
        ],
        people: [P, N],
        totalRow: [16, 3],
      },
      {
        rows: [
          ['<5', 1],
          ['…', 1],
          [8, 1],
        ],
        totalRow: [16, 3],
      },
    ],
    [
      'with a total column, rows are protected as well, and a second pass follows the cells hidden by the first',
      // 2 is small: its column hides 9 below it, its row hides 6; the second row then has one hidden cell (9) → 7 goes.
      {
        rows: [
          [2, 6, 10],
          [9, 7, 12],
          [11, 13, 15],
        ],
        people: [P, P, P],
        totalRow: [22, 26, 37],
        totalColumn: [18, 28, 39],
      },
      {
        rows: [
          ['<5', '…', 10],
          ['…', '…', 12],
          [11, 13, 15],
        ],
        totalRow: [22, 26, 37],
        totalColumn: [18, 28, 39],
      },
    ],
  ])('%s', (_name, table, expected) => {
    const result = suppressTable(table);
    expect(result.rows).toEqual(expected.rows);
    expect(result.totalRow).toEqual(expected.totalRow ?? null);
    expect(result.totalColumn).toEqual(expected.totalColumn ?? null);
  });

  it('never leaves a line with a shown total and exactly one hidden cell', () => {
    // A pseudo-random table, checked against the rule itself rather than by hand.
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % 12;
    for (let round = 0; round < 200; round++) {
      const rows = Array.from({ length: 6 }, () => Array.from({ length: 4 }, () => next()));
      const totalRow = [0, 1, 2, 3].map((c) => rows.reduce((sum, row) => sum + row[c]!, 0));
      const totalColumn = rows.map((row) => row.reduce((a, b) => a + b, 0));
      const result = suppressTable({ rows, people: [P, P, P, P], totalRow, totalColumn });
      const hidden = (cell: ShownCell) => cell === '<5' || cell === '…';
      for (let c = 0; c < 4; c++) {
        if (typeof result.totalRow![c] === 'number')
          expect(result.rows.filter((row) => hidden(row[c]!)).length).not.toBe(1);
      }
      result.rows.forEach((row, r) => {
        if (typeof result.totalColumn![r] === 'number') expect(row.filter(hidden).length).not.toBe(1);
      });
    }
  });
});
