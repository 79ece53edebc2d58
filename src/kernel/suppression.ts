/**
 * Small-cell suppression for reports (issue 6: "any cell under 5 people is shown as '<5'"), used by the CLI table
 * and CSV, /thongke and the dashboard. Pure.
 *
 * A table is data rows of numbers (null: not known), some columns counting people, and optionally the totals a
 * reader also sees: a total row (one total per column) and a total column (one total per row).
 *
 * - Primary: a people cell from 1 to 4 is shown as "<5" (0 is shown: nobody is no one to identify). Totals are
 *   cells too and follow the same rule.
 * - Secondary: a hidden cell must not be recoverable by subtracting the shown cells from a shown total. So in a
 *   column whose total is shown (or a row whose total is shown) where exactly one data cell is hidden, the next
 *   smallest non-zero people cell of that line is hidden as well (shown as "…"); when there is none, the line's
 *   total is hidden instead. Hiding a cell can leave another line with exactly one, so this repeats until no line
 *   has exactly one. A line without a shown total gives nothing away by subtraction and is left as it is: the
 *   funnel's columns are different measures, not parts of a whole, so its rows have no total.
 * Only people columns are suppressed; counts of vacancies, messages and the like are shown as they are.
 */
export const SMALL_CELL = 5;
export const SMALL_CELL_LABEL = '<5';
/** A cell hidden so that a "<5" cell cannot be worked out from a total. */
export const HIDDEN_CELL_LABEL = '…';

/** A number to show, "<5", "…" (hidden by secondary suppression), or null (not known). */
export type ShownCell = number | typeof SMALL_CELL_LABEL | typeof HIDDEN_CELL_LABEL | null;

export interface TableToSuppress {
  /** Data rows, one value per column. */
  rows: readonly (readonly (number | null)[])[];
  /** Per column: true when it counts people. */
  people: readonly boolean[];
  /** The total row a reader sees with this table (per column), if any. */
  totalRow?: readonly (number | null)[] | null;
  /** The total column a reader sees (one total per data row), if any. */
  totalColumn?: readonly (number | null)[] | null;
}

export interface SuppressedTable {
  rows: ShownCell[][];
  totalRow: ShownCell[] | null;
  totalColumn: ShownCell[] | null;
}

export function isSmallCount(value: number | null): boolean {
  return value !== null && value > 0 && value < SMALL_CELL;
}

/** One people count as it may be shown on its own (no total beside it): the number, "<5", or null. */
export function shownPeopleCount(value: number | null): ShownCell {
  return isSmallCount(value) ? SMALL_CELL_LABEL : value;
}

type Mark = 'shown' | 'small' | 'hidden';

export function suppressTable(table: TableToSuppress): SuppressedTable {
  const { rows, people } = table;
  const width = people.length;
  const marks: Mark[][] = rows.map((row) =>
    people.map((isPeople, c) => (isPeople && isSmallCount(row[c] ?? null) ? 'small' : 'shown')),
  );
  const totalRow = table.totalRow ?? null;
  const totalColumn = table.totalColumn ?? null;
  const totalRowMarks: Mark[] | null = totalRow
    ? people.map((isPeople, c) => (isPeople && isSmallCount(totalRow[c] ?? null) ? 'small' : 'shown'))
    : null;
  // The total column holds people when every column it adds up does (a table of people by group).
  const totalColumnIsPeople = people.length > 0 && people.every(Boolean);
  const totalColumnMarks: Mark[] | null = totalColumn
    ? totalColumn.map((v) => (totalColumnIsPeople && isSmallCount(v) ? 'small' : 'shown'))
    : null;

  const value = (r: number, c: number): number | null => rows[r]?.[c] ?? null;
  const hiddenIn = (cells: { r: number; c: number }[]) => cells.filter(({ r, c }) => marks[r]![c] !== 'shown');
  /** Hide the smallest non-zero people cell of the line that is still shown; false when there is none. */
  const hideNextSmallest = (cells: { r: number; c: number }[]): boolean => {
    let best: { r: number; c: number } | null = null;
    for (const cell of cells) {
      const v = value(cell.r, cell.c);
      if (!people[cell.c] || marks[cell.r]![cell.c] !== 'shown' || v === null || v === 0) continue;
      if (best === null || v < (value(best.r, best.c) ?? Infinity)) best = cell;
    }
    if (best === null) return false;
    marks[best.r]![best.c] = 'hidden';
    return true;
  };

  for (let changed = true; changed; ) {
    changed = false;
    if (totalRow && totalRowMarks) {
      for (let c = 0; c < width; c++) {
        if (!people[c] || totalRowMarks[c] !== 'shown' || totalRow[c] === null) continue;
        const column = rows.map((_, r) => ({ r, c }));
        if (hiddenIn(column).length !== 1) continue;
        if (!hideNextSmallest(column)) totalRowMarks[c] = 'hidden';
        changed = true;
      }
    }
    if (totalColumn && totalColumnMarks) {
      for (let r = 0; r < rows.length; r++) {
        if (totalColumnMarks[r] !== 'shown' || totalColumn[r] === null) continue;
        const line = people.map((_, c) => ({ r, c })).filter(({ c }) => people[c]);
        if (hiddenIn(line).length !== 1) continue;
        if (!hideNextSmallest(line)) totalColumnMarks[r] = 'hidden';
        changed = true;
      }
    }
  }

  const show = (mark: Mark, v: number | null): ShownCell =>
    v === null ? null : mark === 'small' ? SMALL_CELL_LABEL : mark === 'hidden' ? HIDDEN_CELL_LABEL : v;
  return {
    rows: rows.map((row, r) => people.map((_, c) => show(marks[r]![c]!, row[c] ?? null))),
    totalRow: totalRow && totalRowMarks ? people.map((_, c) => show(totalRowMarks[c]!, totalRow[c] ?? null)) : null,
    totalColumn: totalColumn && totalColumnMarks ? totalColumn.map((v, r) => show(totalColumnMarks[r]!, v)) : null,
  };
}
