import path from 'node:path';
import { parseArgs } from 'node:util';
import { sql, type Kysely } from 'kysely';
import type { Config } from '../app/config.ts';
import { writeAudit } from '../db/audit-log.ts';
import type { Database } from '../db/schema.ts';
import { createEvent } from '../features/events/effects.ts';
import { loadGeo } from '../kernel/geo/index.ts';
import { nextSendableTime, type QuietHoursRule } from '../kernel/quiet-hours.ts';
import { DAY_MS, fromVietnamWallClock, vietnamWallClock } from '../kernel/time.ts';
import { EVENT_TABLE, validateEventRow, type EventColumn, type ImportedEvent } from './event-csv.ts';
import { readCsvFile } from './csv-file.ts';
import { openCliDatabase } from './service-context.ts';
import { UsageError } from './usage-error.ts';
import { readCsvTable, type TableCsv } from './vacancy-csv.ts';

/**
 * npm run cli -- import-events FILE.csv [--region CODE] [--official ID]
 *
 * A season's job fairs and online sessions (event-csv.ts), created as /taophien creates them (the same effect:
 * the event, its announcement handed to the fan-out, the audit), within --region (a province or commune code; none:
 * the whole country). --official: the person who authors them, who must hold an official or admin role for exactly
 * that region (checked before anything is read further, exit 2). Each event is announced at its announce_at, else
 * ANNOUNCE_DAYS_BEFORE days before it starts at 08:00 Vietnam time (outside the quiet hours), or at once when that
 * moment has passed. A row with the same title, start and place as an event already there is skipped, so importing
 * a file again adds nothing.
 * Exit code 0 when every row was good, 1 when any was bad (the good ones are imported), 2 for wrong usage.
 */
export const ANNOUNCE_DAYS_BEFORE = 7;
const IMPORT_LOCK = 'knvl.import-events';

/** When an imported event is announced: 08:00 ANNOUNCE_DAYS_BEFORE days before, not before now nor in quiet hours. */
export function defaultAnnounceAt(startsAt: Date, now: Date, quiet: QuietHoursRule): Date {
  const { y, m, d } = vietnamWallClock(new Date(startsAt.getTime() - ANNOUNCE_DAYS_BEFORE * DAY_MS));
  const planned = fromVietnamWallClock(y, m, d, 8, 0);
  return nextSendableTime(planned.getTime() > now.getTime() ? planned : now, quiet);
}

export async function importEventsCommand(
  config: Config,
  args: string[],
  print: (line: string) => void,
  now = new Date(),
): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      options: { region: { type: 'string' }, official: { type: 'string' } },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const [file, ...extra] = parsed.positionals;
  if (file === undefined)
    throw new UsageError('give the CSV file: npm run cli -- import-events FILE.csv [--region CODE] [--official ID]');
  if (extra.length > 0) throw new UsageError(`one file at a time; got ${parsed.positionals.join(', ')}`);
  const region = parsed.values.region ?? null;
  const geo = loadGeo();
  if (region !== null && !geo.provinceByCode.has(region) && !geo.communeByCode.has(region))
    throw new UsageError(`--region ${region} is not a province or commune code`);
  const officialText = parsed.values.official;
  if (officialText !== undefined && !/^[1-9]\d{0,15}$/.test(officialText))
    throw new UsageError(`--official takes a person id (a number); got ${JSON.stringify(officialText)}`);
  const official = officialText === undefined ? null : Number(officialText);

  const csv: TableCsv<EventColumn> = await readCsvFile(file, (bytes) => readCsvTable(bytes, EVENT_TABLE));
  const database = await openCliDatabase(config);
  try {
    const where = region === null ? 'the whole country' : `region ${region}`;
    if (official !== null && !(await holdsScope(database.db, official, region)))
      throw new UsageError(`person ${official} holds no official or admin role for ${where}`);
    const outcome = await importEvents(database.db, csv, {
      now,
      region,
      official,
      quietHours: config.quietHours,
      fileName: path.basename(file),
    });
    for (const line of outcome.lines) print(line);
    return outcome.bad > 0 ? 1 : 0;
  } finally {
    await database.close();
  }
}

async function holdsScope(db: Kysely<Database>, personId: number, region: string | null): Promise<boolean> {
  const row = await db
    .selectFrom('roles')
    .select('id')
    .where('person_id', '=', personId)
    .where('revoked_at', 'is', null)
    .where('role', 'in', ['official', 'admin'])
    .where(sql<boolean>`region_code IS NOT DISTINCT FROM ${region}::text`)
    .executeTakeFirst();
  return row !== undefined;
}

export interface EventImportOptions {
  now: Date;
  region: string | null;
  official: number | null;
  quietHours: QuietHoursRule;
  fileName: string;
}

export interface EventImportOutcome {
  rows: number;
  created: number;
  skipped: number;
  bad: number;
  lines: string[];
}

export async function importEvents(
  db: Kysely<Database>,
  csv: TableCsv<EventColumn>,
  options: EventImportOptions,
): Promise<EventImportOutcome> {
  const notes: { line: number; text: string }[] = [];
  const good: { line: number; event: ImportedEvent }[] = [];
  for (const record of csv.records) {
    const verdict = validateEventRow(record, {
      now: options.now,
      region: options.region,
      quietHours: options.quietHours,
    });
    if (verdict.kind === 'ok') good.push({ line: record.line, event: verdict.event });
    else
      for (const p of verdict.problems)
        notes.push({ line: record.line, text: `line ${record.line}${p.column ? `, ${p.column}` : ''}: ${p.message}` });
  }
  const counts = { rows: csv.records.length, created: 0, skipped: 0, bad: csv.records.length - good.length };

  await db.transaction().execute(async (trx) => {
    await sql`SELECT pg_advisory_xact_lock(hashtext(${IMPORT_LOCK}))`.execute(trx);
    for (const { line, event } of good) {
      const existing = await trx
        .selectFrom('events')
        .select('id')
        .where('title', '=', event.title)
        .where('starts_at', '=', event.startsAt)
        .where(sql<boolean>`commune_code IS NOT DISTINCT FROM ${event.communeCode}::text`)
        .where(sql<boolean>`online_url IS NOT DISTINCT FROM ${event.onlineUrl}::text`)
        .executeTakeFirst();
      if (existing) {
        counts.skipped += 1;
        notes.push({ line, text: `line ${line}: skipped, already there as event ${existing.id}` });
        continue;
      }
      const announceAt = event.announceAt ?? defaultAnnounceAt(event.startsAt, options.now, options.quietHours);
      const draft = { ...event, scopeRegionCode: options.region, announceAt };
      const result = await createEvent(trx, options.official, draft, options.official === null ? 'cli' : 'official');
      if (result.ok) counts.created += 1;
      else {
        counts.bad += 1;
        notes.push({ line, text: `line ${line}: the place or a target is outside --region ${options.region ?? ''}` });
      }
    }
    await writeAudit(trx, {
      actorPersonId: options.official,
      actorLabel: 'cli',
      action: 'events.imported',
      subjectType: 'file',
      subjectId: options.fileName,
      regionCode: options.region,
      details: counts,
    });
  });
  const lines = notes.sort((a, b) => a.line - b.line).map((n) => n.text);
  lines.push(`Created ${counts.created} events, skipped ${counts.skipped}, bad ${counts.bad}.`);
  return { ...counts, lines };
}
