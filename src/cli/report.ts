import type { Config } from '../app/config.ts';
import { openCliDatabase } from './service-context.ts';
import { funnelBreakdownCsv, funnelCsv, funnelTable } from '../reporting/funnel-format.ts';
import { computeFunnel, resolveScope, type FunnelBreakdownId } from '../reporting/funnel.ts';
import { trainingCsv, trainingTableLines } from '../reporting/training-format.ts';
import { computeTrainingReport } from '../reporting/training-report.ts';
import { readReportArgs } from './report-args.ts';
import { UsageError } from './usage-error.ts';

/**
 * npm run cli -- report [--region CODE] [--from DATE] [--to DATE] [--format table|csv] [--breakdown ID]
 * The funnel (src/reporting/funnel.ts) per province, or per commune of --region (a province or commune code), for
 * the days from --from to --to in Vietnam (dd/mm/yyyy or yyyy-mm-dd; default: the first of this month to today;
 * --to alone: from the first of its month). The table shows every measure by area, then every breakdown; the CSV
 * is the area table, or with --breakdown one breakdown table ('training': vocational training by course level,
 * trade and priority group, src/reporting/training-report.ts). Area names and counts only; small counts of people
 * show as "<5" (and a cell that would give one away by subtraction as "…").
 */
const TRAINING = 'training';
const BREAKDOWNS: readonly (FunnelBreakdownId | typeof TRAINING)[] = [
  'priority_group',
  'sex',
  'age_band',
  'occupation',
  'former_district',
  'month',
  TRAINING,
];

export async function reportCommand(
  config: Config,
  args: string[],
  print: (line: string) => void,
  now = new Date(),
): Promise<void> {
  const { region, from, to, format, own } = readReportArgs(args, now, ['breakdown']);
  const breakdown = own.breakdown ?? null;
  if (breakdown !== null && !(BREAKDOWNS as readonly string[]).includes(breakdown))
    throw new UsageError(`--breakdown must be one of ${BREAKDOWNS.join(', ')}`);
  if (breakdown !== null && format !== 'csv')
    throw new UsageError('--breakdown goes with --format csv (the table shows every breakdown)');

  const database = await openCliDatabase(config);
  try {
    const scope = await resolveScope(database.db, region);
    if (scope === null) throw new UsageError(`no province or commune has the code ${region}`);
    const period = { from, to };
    if (breakdown === TRAINING) {
      for (const line of trainingCsv(await computeTrainingReport(database.db, scope, period))) print(line);
      return;
    }
    const report = await computeFunnel(database.db, scope, period);
    const lines =
      format === 'table'
        ? [...funnelTable(report), ...trainingTableLines(await computeTrainingReport(database.db, scope, period))]
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
