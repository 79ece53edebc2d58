import { parseArgs } from 'node:util';
import { vietnamIsoDate } from '../kernel/time.ts';
import { UsageError } from './usage-error.ts';

/**
 * The period, area and format that `report` and `events` read: --from and --to (dd/mm/yyyy or yyyy-mm-dd, Vietnam
 * days; default: the first of this month to today; --to alone: from the first of its month), --region (a province
 * or commune code by its shape; the command looks it up) and --format table|csv, plus the command's own string
 * options, as given. Anything else is a UsageError (exit code 2). Pure: `now` is passed.
 */
export const REPORT_FORMATS = ['table', 'csv'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export interface ReportArgs<K extends string> {
  /** 'YYYY-MM-DD', at most `to`. */
  from: string;
  /** 'YYYY-MM-DD'. */
  to: string;
  region: string | null;
  format: ReportFormat;
  /** The command's own options (report: --breakdown), for it to check. */
  own: Partial<Record<K, string>>;
}

const COMMON = ['region', 'from', 'to', 'format'] as const;

export function readReportArgs<K extends string = never>(
  args: string[],
  now: Date,
  ownOptions: readonly K[] = [],
): ReportArgs<K> {
  const options = Object.fromEntries([...COMMON, ...ownOptions].map((name) => [name, { type: 'string' as const }]));
  let values: Record<string, unknown>;
  try {
    ({ values } = parseArgs({ args, options, strict: true }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const text = (name: string): string | undefined => {
    const value = values[name];
    return typeof value === 'string' ? value : undefined;
  };
  const format = text('format') ?? 'table';
  if (!isFormat(format)) throw new UsageError(`--format must be one of ${REPORT_FORMATS.join(', ')}`);
  const region = text('region') ?? null;
  if (region !== null && !/^\d{2}$|^\d{5}$/.test(region))
    throw new UsageError('--region is a 2-digit province code (e.g. 19) or a 5-digit commune code');
  const toText = text('to');
  const fromText = text('from');
  const to = toText === undefined ? vietnamIsoDate(now) : reportDate('--to', toText);
  const from = fromText === undefined ? `${to.slice(0, 8)}01` : reportDate('--from', fromText);
  if (from > to) throw new UsageError(`--from (${dmy(from)}) is after --to (${dmy(to)})`);
  const own: Partial<Record<K, string>> = {};
  for (const name of ownOptions) {
    const value = text(name);
    if (value !== undefined) own[name] = value;
  }
  return { from, to, region, format, own };
}

function isFormat(value: string): value is ReportFormat {
  return (REPORT_FORMATS as readonly string[]).includes(value);
}

/** dd/mm/yyyy (or d/m/yyyy, with - or . too) or yyyy-mm-dd → 'YYYY-MM-DD'; anything else is a usage error. */
export function reportDate(option: string, text: string): string {
  const trimmed = text.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(trimmed);
  const vn = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$/.exec(trimmed);
  const [y, m, d] = iso ? [iso[1], iso[2], iso[3]] : vn ? [vn[4], vn[3], vn[1]] : [];
  const year = Number(y);
  const month = Number(m);
  const day = Number(d);
  const real =
    y !== undefined && month >= 1 && month <= 12 && day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (!real) throw new UsageError(`${option} ${JSON.stringify(text)} is not a date; write dd/mm/yyyy or yyyy-mm-dd`);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function dmy(iso: string): string {
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
}
