import { suppressTable, HIDDEN_CELL_LABEL, SMALL_CELL_LABEL, type ShownCell } from '../kernel/suppression.ts';
import {
  FUNNEL_MEASURES,
  PEOPLE_MEASURES,
  type FunnelBreakdownId,
  type FunnelCounts,
  type FunnelNoteKey,
  type FunnelMeasure,
  type FunnelReport,
} from './funnel.ts';

/**
 * A funnel report as it may be shown: every table with its small counts of people suppressed (src/kernel/
 * suppression.ts), for the CLI, CSV exports and the dashboard. Pure.
 *
 * - The area table's columns add up to its total row, so a column with one hidden cell loses one more.
 * - Tables whose rows add up to the report's total (sex, age band, month) get that total as their total row.
 * - The other tables (priority group, occupation, former district) do not add up: a person is in several groups or
 *   trades, a commune in several districts. A former district is, though, the sum of its communes, which the area
 *   table shows: when exactly one of its communes is hidden in a column, the district's cell is hidden too.
 */
export interface ShownRow {
  key: string;
  name: string;
  cells: ShownCell[];
}

export interface ShownTable {
  measures: readonly FunnelMeasure[];
  rows: ShownRow[];
  /** The total row, where the rows add up to it; null otherwise. */
  total: ShownCell[] | null;
}

export interface ShownBreakdown extends ShownTable {
  id: FunnelBreakdownId;
  notes: readonly FunnelNoteKey[];
}

export interface ShownReport {
  areas: ShownTable;
  breakdowns: ShownBreakdown[];
}

const isHidden = (cell: ShownCell) => cell === SMALL_CELL_LABEL || cell === HIDDEN_CELL_LABEL;

function totalsOf(total: FunnelCounts, measures: readonly FunnelMeasure[]): (number | null)[] {
  return measures.map((m) => total[m]);
}

export function shownReport(report: FunnelReport): ShownReport {
  const measures = FUNNEL_MEASURES;
  const people = measures.map((m) => PEOPLE_MEASURES.has(m));
  const areaResult = suppressTable({
    rows: report.rows.map((r) => measures.map((m) => r[m])),
    people,
    totalRow: totalsOf(report.total, measures),
  });
  const areas: ShownTable = {
    measures,
    rows: report.rows.map((r, i) => ({ key: r.code, name: r.name, cells: areaResult.rows[i] ?? [] })),
    total: areaResult.totalRow,
  };
  const areaCell = new Map(areas.rows.map((r) => [r.key, r.cells]));

  const breakdowns = report.breakdowns.map((b): ShownBreakdown => {
    const columns = b.measures;
    const result = suppressTable({
      rows: b.rows.map((r) => columns.map((m) => r.values[m] ?? null)),
      people: columns.map((m) => PEOPLE_MEASURES.has(m)),
      totalRow: b.addsUp ? totalsOf(report.total, columns) : null,
    });
    const rows = b.rows.map((r, i): ShownRow => ({ key: r.key, name: r.name, cells: result.rows[i] ?? [] }));
    if (b.id === 'former_district' && report.groupBy === 'commune') {
      for (const row of rows) {
        const communes = report.rows
          .filter((a) => districtCommunes(b, row.key).has(a.code))
          .map((a) => areaCell.get(a.code) ?? []);
        columns.forEach((m, c) => {
          const column = measures.indexOf(m);
          if (!PEOPLE_MEASURES.has(m) || isHidden(row.cells[c] ?? null)) return;
          if (communes.filter((cells) => isHidden(cells[column] ?? null)).length === 1)
            row.cells[c] = HIDDEN_CELL_LABEL;
        });
      }
    }
    return { id: b.id, measures: columns, rows, total: result.totalRow, notes: b.notes ?? [] };
  });
  return { areas, breakdowns };
}

/** A former district's communes, as the report lists them with the breakdown. */
function districtCommunes(breakdown: FunnelReport['breakdowns'][number], key: string): ReadonlySet<string> {
  return new Set(breakdown.rows.find((r) => r.key === key)?.communeCodes ?? []);
}
