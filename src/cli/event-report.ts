import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import type { Config } from '../app/config.ts';
import { eventReportCsv, eventReportTables, eventTime } from '../reporting/events-format.ts';
import { eventFacts, eventHeader } from '../reporting/events-queries.ts';
import { shapeEventReport } from '../reporting/events-report.ts';
import { tablesXlsx } from '../reporting/render-xlsx.ts';
import { openCliDatabase } from './service-context.ts';
import { UsageError } from './usage-error.ts';

/**
 * npm run cli -- event-report --id N [--format csv|xlsx] [--out FILE]
 * One event's report: its standard columns, then by employer and by priority group (counts under 5 as "<5").
 * CSV is printed; XLSX (exceljs) is written to --out (required: a workbook is not for the terminal).
 */
const FORMATS = ['csv', 'xlsx'] as const;

export async function eventReportCommand(
  config: Config,
  args: string[],
  print: (line: string) => void,
): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args,
      options: { id: { type: 'string' }, format: { type: 'string' }, out: { type: 'string' } },
      strict: true,
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (values.id === undefined || !/^\d{1,15}$/.test(values.id)) throw new UsageError('--id N: the event number');
  const format = values.format ?? 'csv';
  if (!(FORMATS as readonly string[]).includes(format))
    throw new UsageError(`--format must be one of ${FORMATS.join(', ')}`);
  if (format === 'xlsx' && values.out === undefined) throw new UsageError('--format xlsx needs --out FILE.xlsx');

  const database = await openCliDatabase(config);
  try {
    const header = await eventHeader(database.db, Number(values.id));
    if (header === null) {
      print(`No event has the number ${values.id}.`);
      return 1;
    }
    const [facts] = await eventFacts(database.db, [header]);
    const report = shapeEventReport(facts!);
    if (format === 'csv') {
      for (const line of eventReportCsv(report)) print(line);
      return 0;
    }
    const workbook = await tablesXlsx(eventReportTables(report), {
      sheetName: 'Event',
      lines: [
        ['Event', `${header.id}: ${header.title}`],
        ['Starts', `${eventTime(header.startsAt)} (Vietnam time)`],
        ['Place', [header.village, header.placeName].filter((p) => p !== null).join(', ')],
      ],
    });
    await writeFile(values.out!, workbook);
    print(`Wrote ${values.out}`);
    return 0;
  } finally {
    await database.close();
  }
}
