import { parseArgs } from 'node:util';
import type { Config } from '../app/config.ts';
import { vietnamIsoDate } from '../kernel/time.ts';
import { openCliDatabase } from './service-context.ts';
import { funnelBreakdownCsv, funnelCsv, funnelTable } from '../reporting/funnel-format.ts';
import { computeFunnel, resolveScope, type FunnelBreakdownId } from '../reporting/funnel.ts';
import { UsageError } from './usage-error.ts';

/**
 * npm run cli -- report [--region CODE] [--from DATE] [--to DATE] [--format table|csv] [--breakdown ID]
 * The funnel (src/reporting/funnel.ts) per province, or per commune of --region (a province or commune code), for
 * the days from --from to --to in Vietnam (dd/mm/yyyy or yyyy-mm-dd; default: the first of this month to today;
 * --to alone: from the first of its month). The table shows every measure by area, then every breakdown; the CSV
 * is the area table, or with --breakdown one breakdown table. Area names and counts only; small counts of people
 * show as "<5" (and a cell that would give one away by subtraction as "…").
 */
const FORMATS = ['table', 'csv'] as const;
const BREAKDOWNS: readonly FunnelBreakdownId[] = [
  'priority_group',
  'sex',
  'age_band',
  'occupation',
  'former_district',
  'month',
];

export async function reportCommand(
  config: Config,
  args: string[],
  print: (line: string) => void,
  now = new Date(),
): Promise<void> {
  let values;
  try {
    ({ values } = parseArgs({
      args,
      options: {
        region: { type: 'string' },
        from: { type: 'string' },
        to: { type: 'string' },
        format: { type: 'string' },
        breakdown: { type: 'string' },
      },
      strict: true,
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const format = values.format ?? 'table';
  if (!(FORMATS as readonly string[]).includes(format))
    throw new UsageError(`--format must be one of ${FORMATS.join(', ')}`);
  const breakdown = values.breakdown ?? null;
  if (breakdown !== null && !(BREAKDOWNS as readonly string[]).includes(breakdown))
    throw new UsageError(`--breakdown must be one of ${BREAKDOWNS.join(', ')}`);
  if (breakdown !== null && format !== 'csv')
    throw new UsageError('--breakdown goes with --format csv (the table shows every breakdown)');
  const region = values.region ?? null;
  if (region !== null && !/^\d{2}$|^\d{5}$/.test(region))
    throw new UsageError('--region is a 2-digit province code (e.g. 19) or a 5-digit commune code');
  const to = values.to === undefined ? vietnamIsoDate(now) : reportDate('--to', values.to);
  const from = values.from === undefined ? `${to.slice(0, 8)}01` : reportDate('--from', values.from);
  if (from > to) throw new UsageError(`--from (${dmy(from)}) is after --to (${dmy(to)})`);

  const database = await openCliDatabase(config);
  try {
    const scope = await resolveScope(database.db, region);
    if (scope === null) throw new UsageError(`no province or commune has the code ${region}`);
    const report = await computeFunnel(database.db, scope, { from, to });
    const lines =
      format === 'table'
        ? funnelTable(report)
        : breakdown === null
          ? funnelCsv(report)
          : funnelBreakdownCsv(report, breakdown as FunnelBreakdownId);
    if (lines === null)
      throw new UsageError(`--breakdown ${breakdown} is only for a province (--region with a 2-digit code)`);
    for (const line of lines) print(line);
  } finally {
    await database.close();
  }
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
