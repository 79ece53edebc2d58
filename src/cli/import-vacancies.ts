import path from 'node:path';
import { parseArgs } from 'node:util';
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Config } from '../app/config.ts';
import { formatDeadlineVi } from '../kernel/deadline.ts';
import { oneFile, readCsvFile } from './csv-file.ts';
import { openCliDatabase } from './service-context.ts';
import type { Database } from '../db/schema.ts';
import { officialsFor } from '../db/roles.ts';
import { addNotices } from '../messaging/queue/notices.ts';
import { addToOutbox } from '../messaging/queue/outbox.ts';
import { UsageError } from './usage-error.ts';
import { readVacancyCsv, type VacancyCsv } from './vacancy-csv.ts';
import { describeProblem, validateVacancyRow, type ImportedVacancy } from './vacancy-row.ts';
import { writeAudit } from '../db/audit-log.ts';

/**
 * npm run cli -- import-vacancies FILE.csv [--strict]
 *
 * Reads a vacancy list (src/cli/vacancy-csv.ts), checks every row (src/cli/vacancy-row.ts) and writes the good
 * ones in one transaction: the employer found by exact name among employers without an owner (imported ones) or
 * created; the vacancy with source 'import', 'approved' by the admin (decided now, handed to the fan-out through an
 * outbox row) or, when the scam shield finds reasons, 'pending' for an official with the reasons stored (and the
 * area's officials told, as for a vacancy posted in chat). A row whose employer, title, commune and deadline match
 * a vacancy already there is skipped, so importing a file again adds nothing. One audit_log row per run.
 *
 * Bad rows are reported by line and column. Exit code 0 when every row was good, 1 when any was bad (the good
 * ones are imported; with --strict nothing is), and 1 for a file that cannot be read as a vacancy list at all.
 */
export interface ImportCounts {
  /** Data rows read (blank rows not counted). */
  rows: number;
  approved: number;
  held: number;
  skipped: number;
  bad: number;
}

export interface ImportOutcome extends ImportCounts {
  /** --strict with bad rows: nothing was written. */
  refused: boolean;
  /** The output lines, in order. */
  lines: string[];
}

export const IMPORT_AUDIT_ACTION = 'vacancies.imported';
/** The key of the advisory lock that keeps two imports from creating the same employer or vacancy twice. */
const IMPORT_LOCK = 'knvl.import-vacancies';

export async function importVacanciesCommand(
  config: Config,
  args: string[],
  print: (line: string) => void,
  now = new Date(),
): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args, options: { strict: { type: 'boolean' } }, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const file = oneFile(
    parsed.positionals,
    'give the CSV file to import: npm run cli -- import-vacancies FILE.csv [--strict]',
  );
  const csv = await readCsvFile(file, readVacancyCsv);

  const database = await openCliDatabase(config);
  try {
    const outcome = await importVacancies(database.db, csv, {
      now,
      strict: parsed.values.strict === true,
      fileName: path.basename(file),
    });
    for (const line of outcome.lines) print(line);
    return outcome.bad > 0 ? 1 : 0;
  } finally {
    await database.close();
  }
}

export interface ImportOptions {
  now: Date;
  strict: boolean;
  /** For the audit log (the name only, not the path). */
  fileName: string;
}

export async function importVacancies(
  db: Kysely<Database>,
  csv: VacancyCsv,
  options: ImportOptions,
): Promise<ImportOutcome> {
  const lines: string[] = [];
  if (csv.records.length === 0) lines.push('The file has a header but no rows.');
  if (csv.ignored.length > 0)
    lines.push(`Ignored column${csv.ignored.length > 1 ? 's' : ''}: ${csv.ignored.map((c) => `"${c}"`).join(', ')}.`);
  /** What happened to each row worth a word (bad, skipped, held), printed in line order. */
  const notes: { line: number; text: string }[] = [];

  const context = { now: options.now, hasProvinceColumn: csv.columns.has('province') };
  const good: { line: number; vacancy: ImportedVacancy }[] = [];
  let bad = 0;
  for (const record of csv.records) {
    const verdict = validateVacancyRow(record, context);
    if (verdict.kind === 'ok') {
      good.push({ line: record.line, vacancy: verdict.vacancy });
    } else {
      bad += 1;
      for (const p of verdict.problems) notes.push({ line: record.line, text: describeProblem(record.line, p) });
    }
  }
  const counts: ImportCounts = { rows: csv.records.length, approved: 0, held: 0, skipped: 0, bad };
  const refused = options.strict && bad > 0;

  await db.transaction().execute(async (trx) => {
    if (!refused) {
      await sql`SELECT pg_advisory_xact_lock(hashtext(${IMPORT_LOCK}))`.execute(trx);
      for (const { line, vacancy } of good) {
        const result = await writeRow(trx, vacancy);
        switch (result.kind) {
          case 'skipped':
            counts.skipped += 1;
            notes.push({
              line,
              text: `line ${line}: skipped, already there as vacancy ${result.vacancyId} (same employer, title, commune and deadline ${formatDeadlineVi(vacancy.deadline)})`,
            });
            break;
          case 'held':
            counts.held += 1;
            notes.push({
              line,
              text: `line ${line}: held for an official to review (vacancy ${result.vacancyId}): ${vacancy.scamReasons.map((r) => `${r.code} "${r.evidence}"`).join(', ')}`,
            });
            break;
          case 'approved':
            counts.approved += 1;
            break;
        }
      }
    }
    await writeAudit(trx, {
      actorPersonId: null,
      actorLabel: 'cli',
      action: IMPORT_AUDIT_ACTION,
      subjectType: 'file',
      subjectId: options.fileName,
      details: { ...counts, imported: counts.approved + counts.held, strict: options.strict, refused },
    });
  });

  lines.push(...notes.sort((a, b) => a.line - b.line).map((n) => n.text));
  if (refused)
    lines.push(
      `Nothing imported (--strict): ${bad} of ${counts.rows} rows ${bad === 1 ? 'is' : 'are'} bad; fix ${bad === 1 ? 'it' : 'them'} and run again.`,
    );
  lines.push(
    `Imported ${counts.approved + counts.held} (approved ${counts.approved}, held for review ${counts.held}), skipped ${counts.skipped}, bad ${counts.bad}.`,
  );
  return { ...counts, refused, lines };
}

type RowResult = { kind: 'approved' | 'held' | 'skipped'; vacancyId: number };

async function writeRow(trx: Transaction<Database>, vacancy: ImportedVacancy): Promise<RowResult> {
  const employerId = await importedEmployer(trx, vacancy.employerName);
  const existing = await trx
    .selectFrom('vacancies')
    .select('id')
    .where('employer_id', '=', employerId)
    .where('title', '=', vacancy.title)
    .where('commune_code', '=', vacancy.communeCode)
    .where('deadline', '=', vacancy.deadline)
    .orderBy('id')
    .executeTakeFirst();
  if (existing) return { kind: 'skipped', vacancyId: existing.id };

  const held = vacancy.scamReasons.length > 0;
  // The same columns as submitVacancy (src/engine/effects.ts) writes for a vacancy posted in chat.
  const { id } = await trx
    .insertInto('vacancies')
    .values({
      employer_id: employerId,
      title: vacancy.title,
      occupation: vacancy.occupation,
      commune_code: vacancy.communeCode,
      province_code: vacancy.provinceCode,
      headcount: vacancy.headcount,
      wage_raw: vacancy.wageRaw,
      wage_min: vacancy.wage.min === null ? null : String(vacancy.wage.min),
      wage_max: vacancy.wage.max === null ? null : String(vacancy.wage.max),
      wage_currency: vacancy.wage.currency,
      wage_period: vacancy.wage.period,
      wage_negotiable: vacancy.wage.negotiable,
      requirements: vacancy.requirements,
      deadline: vacancy.deadline,
      contact: vacancy.contact,
      overseas: vacancy.overseas,
      scam_reasons: JSON.stringify(vacancy.scamReasons),
      source: 'import',
      status: held ? 'pending' : 'approved',
      ...(held ? {} : { decided_at: sql<Date>`now()` }),
    })
    .returning('id')
    .executeTakeFirstOrThrow();

  if (held) {
    const officials = await officialsFor(trx, vacancy.communeCode, vacancy.provinceCode);
    await addNotices(
      trx,
      officials.map((personId) => ({
        personId,
        key: 'notice.vacancy_pending_held' as const,
        params: { title: vacancy.title },
      })),
    );
    return { kind: 'held', vacancyId: id };
  }
  // How the fan-out learns of an approval: an outbox row in the transaction that approves.
  await addToOutbox(trx, { queue: 'fanout', name: 'vacancy.approved', payload: { vacancyId: id } });
  return { kind: 'approved', vacancyId: id };
}

/** Imported employers have no owner: found by their exact name among those, or created. */
async function importedEmployer(trx: Transaction<Database>, name: string): Promise<number> {
  const existing = await trx
    .selectFrom('employers')
    .select('id')
    .where('owner_person_id', 'is', null)
    .where('name', '=', name)
    .orderBy('id')
    .executeTakeFirst();
  if (existing) return existing.id;
  return (
    await trx.insertInto('employers').values({ owner_person_id: null, name }).returning('id').executeTakeFirstOrThrow()
  ).id;
}
