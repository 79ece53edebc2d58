import { parseArgs } from 'node:util';
import type { Config } from '../app/config.ts';
import { vietnamIsoDate } from '../kernel/time.ts';
import { eventsCsv, eventsTable } from '../reporting/events-format.ts';
import { eventFacts, eventHeaders } from '../reporting/events-queries.ts';
import { reportDate } from './report.ts';
import { openCliDatabase } from './service-context.ts';
import { UsageError } from './usage-error.ts';

/**
 * npm run cli -- events [--from DATE] [--to DATE] [--region CODE] [--format table|csv]
 * One row per job fair, online session or village meeting starting in the period (Vietnam days; default: the first
 * of this month to today) and taking place in --region (a province or commune code), with the standard columns:
 * employers, vacancies, headcount, registered, attended, interviewed, offered, hired.
 */
const FORMATS = ['table', 'csv'] as const;

export async function eventsCommand(
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
      },
      strict: true,
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const format = values.format ?? 'table';
  if (!(FORMATS as readonly string[]).includes(format))
    throw new UsageError(`--format must be one of ${FORMATS.join(', ')}`);
  const region = values.region ?? null;
  if (region !== null && !/^\d{2}$|^\d{5}$/.test(region))
    throw new UsageError('--region is a 2-digit province code (e.g. 19) or a 5-digit commune code');
  const to = values.to === undefined ? vietnamIsoDate(now) : reportDate('--to', values.to);
  const from = values.from === undefined ? `${to.slice(0, 8)}01` : reportDate('--from', values.from);
  if (from > to) throw new UsageError(`--from (${from}) is after --to (${to})`);

  const database = await openCliDatabase(config);
  try {
    if (region !== null) {
      const known = await database.db
        .selectFrom('regions')
        .select('code')
        .where('code', '=', region)
        .executeTakeFirst();
      if (!known) throw new UsageError(`no province or commune has the code ${region}`);
    }
    const facts = await eventFacts(database.db, await eventHeaders(database.db, { from, to, regionCode: region }));
    for (const line of format === 'table' ? eventsTable(facts) : eventsCsv(facts)) print(line);
  } finally {
    await database.close();
  }
}
