import { formatNumber } from '../kernel/i18n/format.ts';
import { vietnamIsoDate, vietnamWallClock } from '../kernel/time.ts';
import type { ShownCell } from '../kernel/suppression.ts';
import type { ReportTable } from './dashboard-tables.ts';
import { aligned } from './funnel-format.ts';
import { csvField } from './spreadsheet-text.ts';
import {
  EVENT_MEASURES,
  EVENT_PEOPLE_MEASURES,
  eventTotal,
  type EventCounts,
  type EventFactsForReport,
  type EventHeader,
  type EventReport,
} from './events-report.ts';

/**
 * The event reports as text for `npm run cli -- events` and `event-report`: an aligned table for the terminal, CSV
 * (UTF-8 BOM first, so Excel reads the Vietnamese names right) and the tables an XLSX workbook is made of. English
 * headers, as the rest of the CLI. Pure.
 */
const LABELS: Readonly<Record<(typeof EVENT_MEASURES)[number], string>> = {
  employers: 'Employers',
  vacancies: 'Vacancies',
  headcount: 'Headcount',
  registered: 'Registered',
  attended: 'Attended',
  interviewed: 'Interviewed',
  offered: 'Offered',
  hired: 'Hired',
};

/** Vietnam time, as officials write it: 20/11/2026 08:00. */
export function eventTime(at: Date): string {
  const c = vietnamWallClock(at);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(c.d)}/${two(c.m)}/${c.y} ${two(c.h)}:${two(c.min)}`;
}

const HEADER_KEYS = ['id', 'date', 'kind', 'status', 'title', 'place'] as const;

function headerCells(h: EventHeader, date: (at: Date) => string): string[] {
  const place = [h.village, h.placeName].filter((p) => p !== null).join(', ');
  return [String(h.id), date(h.startsAt), h.kind, h.status, h.title, place];
}

const vi = (n: number) => formatNumber('vi', n, 0);
const counts = (c: EventCounts, number: (n: number) => string) => EVENT_MEASURES.map((m) => number(c[m]));

/** One row per event: its id, date, kind, status, title and place, then the standard columns. */
export function eventsTable(events: readonly EventFactsForReport[]): string[] {
  if (events.length === 0) return ['No events in that period and area.'];
  return aligned(
    ['Id', 'Date', 'Kind', 'Status', 'Title', 'Place', ...EVENT_MEASURES.map((m) => LABELS[m])],
    events.map((e) => [...headerCells(e.header, eventTime), ...counts(eventTotal(e), vi)]),
    null,
    HEADER_KEYS.length,
  );
}

function csvLines(rows: readonly (readonly string[])[]): string[] {
  const lines = rows.map((row) => row.map(csvField).join(','));
  lines[0] = `\uFEFF${lines[0] ?? ''}`;
  return lines;
}

export function eventsCsv(events: readonly EventFactsForReport[]): string[] {
  return csvLines([
    [...HEADER_KEYS, ...EVENT_MEASURES],
    ...events.map((e) => [...headerCells(e.header, (at) => vietnamIsoDate(at)), ...counts(eventTotal(e), String)]),
  ]);
}

const cell = (c: ShownCell): number | string | null => c;

/**
 * One event's report as tables: the total, by employer, by priority group (small cells as "<5"). The same tables
 * give the CSV (one after the other, a blank line between) and the XLSX sheets.
 */
export function eventReportTables(report: EventReport): ReportTable[] {
  const table = (id: string, title: string, keyHeader: string, measures: readonly string[]): ReportTable => ({
    id,
    title,
    keyHeaders: [keyHeader],
    // The funnel's measure ids do not apply: the headers say what the columns are.
    measures: [],
    measureHeaders: measures.map((m) => LABELS[m as keyof typeof LABELS]),
    rows: [],
    notes: [],
  });
  const total = table('event', `Event ${report.header.id}`, 'Event', EVENT_MEASURES);
  total.rows.push({ keys: [report.header.title], values: EVENT_MEASURES.map((m) => report.total[m]), isTotal: true });
  const employers = table('employers', 'By employer', 'Employer', EVENT_MEASURES);
  for (const e of report.byEmployer)
    employers.rows.push({ keys: [e.name], values: EVENT_MEASURES.map((m) => e.counts[m]), isTotal: false });
  const groups = table('priority_group', 'By priority group', 'Priority group', EVENT_PEOPLE_MEASURES);
  for (const g of report.byPriorityGroup)
    groups.rows.push({ keys: [g.group], values: EVENT_PEOPLE_MEASURES.map((m) => cell(g.cells[m])), isTotal: false });
  groups.notes.push('Counts of people under 5 are shown as <5; a worker can be in several groups.');
  return [total, employers, groups];
}

export function eventReportCsv(report: EventReport): string[] {
  const sections = eventReportTables(report).map((t) =>
    [[t.title], [...t.keyHeaders, ...t.measureHeaders], ...t.rows.map((r) => [...r.keys, ...r.values.map(text)])].map(
      (row) => row.map(csvField).join(','),
    ),
  );
  const lines = [
    `Event,${csvField(report.header.title)},${eventTime(report.header.startsAt)},${report.header.kind}`,
    '',
    ...sections.flatMap((s, i) => (i === 0 ? s : ['', ...s])),
  ];
  lines[0] = `\uFEFF${lines[0]}`;
  return lines;
}

function text(v: number | string | null): string {
  return v === null ? '' : String(v);
}
