import { catalogueText, resolveLang, type Lang } from '../kernel/i18n/index.ts';
import { messages, t } from './messages.ts';
import { suppressTable } from '../kernel/suppression.ts';
import {
  FUNNEL_MEASURES,
  PEOPLE_MEASURES,
  type FunnelCounts,
  type FunnelMeasure,
  type FunnelReport,
} from './funnel.ts';

/**
 * A funnel report as the tables the dashboard shows and exports: the areas (with the total last), then every
 * breakdown, with the same columns as the report gives them. One model for the page, the CSV and the XLSX, so the
 * three never disagree. Small counts of people are suppressed here (`shown`), never in the report module's numbers.
 * Generic over the measures: a measure or breakdown added to the report appears without a change here. Pure.
 */

/** What a cell shows: the number, "<5" for a small count of people, or null when not known. */
export type Shown = number | string | null;

export interface ReportTableRow {
  /** The text cells before the numbers: [code, name] for an area, [name] for a breakdown row. */
  keys: string[];
  values: Shown[];
  isTotal: boolean;
  /** An area row: its province or commune code (for drilling down). */
  regionCode?: string;
}

export interface ReportTable {
  /** 'areas' or the breakdown id ('month', 'sex', …). */
  id: string;
  title: string;
  keyHeaders: string[];
  measures: readonly FunnelMeasure[];
  measureHeaders: string[];
  rows: ReportTableRow[];
  /** What a reader must know to read the table right (from the catalogue's funnel.note.<id>, when there is one). */
  notes: string[];
}

/** The one place counts become what may be shown: a table's rows and the total row shown with them. */
function suppressed(
  measures: readonly FunnelMeasure[],
  rows: (number | null)[][],
  totalRow: (number | null)[] | null,
): { rows: Shown[][]; totalRow: Shown[] | null } {
  const result = suppressTable({ rows, people: measures.map((m) => PEOPLE_MEASURES.has(m)), totalRow });
  return { rows: result.rows, totalRow: result.totalRow };
}

/** A catalogue text that may not exist for every id (notes exist for some breakdowns only). */
export function optionalText(lang: Lang, key: string): string | null {
  return catalogueText(messages, resolveLang(lang), key) ?? null;
}

export function measureLabel(lang: Lang, measure: FunnelMeasure): string {
  return optionalText(lang, `funnel.measure.${measure}`) ?? measure;
}

function areaTable(report: FunnelReport, lang: Lang): ReportTable {
  const byProvince = report.groupBy === 'province';
  const values = (counts: FunnelCounts) => FUNNEL_MEASURES.map((m) => counts[m]);
  const cells = suppressed(FUNNEL_MEASURES, report.rows.map(values), values(report.total));
  return {
    id: 'areas',
    title: t(lang, byProvince ? 'dashboard.table.by_province' : 'dashboard.table.by_commune'),
    keyHeaders: [
      t(lang, 'dashboard.column.code'),
      t(lang, byProvince ? 'dashboard.column.province' : 'dashboard.column.commune'),
    ],
    measures: FUNNEL_MEASURES,
    measureHeaders: FUNNEL_MEASURES.map((m) => measureLabel(lang, m)),
    rows: [
      ...report.rows.map((r, i) => ({
        keys: [r.code, r.name],
        values: cells.rows[i] ?? [],
        isTotal: false,
        regionCode: r.code,
      })),
      { keys: ['', t(lang, 'funnel.total')], values: cells.totalRow ?? [], isTotal: true },
    ],
    notes: [],
  };
}

/** A breakdown; one whose rows add up to the report's total (sex, age band, month) shows that total below them. */
function breakdownTable(report: FunnelReport, breakdown: FunnelReport['breakdowns'][number], lang: Lang): ReportTable {
  const { measures } = breakdown;
  const total = breakdown.addsUp ? measures.map((m) => report.total[m]) : null;
  const cells = suppressed(
    measures,
    breakdown.rows.map((r) => measures.map((m) => r.values[m] ?? null)),
    total,
  );
  const rows: ReportTableRow[] = breakdown.rows.map((r, i) => ({
    keys: [r.name],
    values: cells.rows[i] ?? [],
    isTotal: false,
  }));
  if (cells.totalRow !== null) rows.push({ keys: [t(lang, 'funnel.total')], values: cells.totalRow, isTotal: true });
  return {
    id: breakdown.id,
    title: optionalText(lang, `funnel.breakdown.${breakdown.id}`) ?? breakdown.id,
    keyHeaders: [t(lang, 'dashboard.column.group')],
    measures,
    measureHeaders: measures.map((m) => measureLabel(lang, m)),
    rows,
    notes: (breakdown.notes ?? []).map((key) => optionalText(lang, key) ?? key),
  };
}

export function dashboardTables(report: FunnelReport, lang: Lang): ReportTable[] {
  return [areaTable(report, lang), ...report.breakdowns.map((b) => breakdownTable(report, b, lang))];
}
