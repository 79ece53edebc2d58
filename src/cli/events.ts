import type { Config } from '../app/config.ts';
import { eventsCsv, eventsTable } from '../reporting/events-format.ts';
import { eventFacts, eventHeaders } from '../reporting/events-queries.ts';
import { readReportArgs } from './report-args.ts';
import { openCliDatabase } from './service-context.ts';
import { UsageError } from './usage-error.ts';

/**
 * npm run cli -- events [--from DATE] [--to DATE] [--region CODE] [--format table|csv]
 * One row per job fair, online session or village meeting starting in the period (Vietnam days; default: the first
 * of this month to today) and taking place in --region (a province or commune code), with the standard columns:
 * employers, vacancies, headcount, registered, attended, interviewed, offered, hired.
 */
export async function eventsCommand(
  config: Config,
  args: string[],
  print: (line: string) => void,
  now = new Date(),
): Promise<void> {
  const { region, from, to, format } = readReportArgs(args, now);

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
