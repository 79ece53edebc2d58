import path from 'node:path';
import { parseArgs } from 'node:util';
import { type Kysely, sql, type Transaction } from 'kysely';
import type { Config } from '../app/config.ts';
import { writeAudit } from '../db/audit-log.ts';
import { insertPendingCourse, providerNamed } from '../db/course-submission.ts';
import type { Database } from '../db/schema.ts';
import type { CourseDraft } from '../kernel/courses/draft.ts';
import { formatDeadlineVi } from '../kernel/deadline.ts';
import { type CourseCsv, readCourseCsv } from './course-csv.ts';
import { describeCourseProblem, validateCourseRow } from './course-row.ts';
import { oneFile, readCsvFile } from './csv-file.ts';
import { openCliDatabase } from './service-context.ts';
import { UsageError } from './usage-error.ts';

/**
 * npm run cli -- import-courses FILE.csv [--strict]
 *
 * Reads a course list (course-csv.ts), checks every row (course-row.ts) and writes the good ones in one
 * transaction, as import-vacancies does: the provider found by name (letter case aside) or created without an owner;
 * the course 'pending' with source 'import', for an official to approve in /duyet. A row whose provider, title,
 * commune and start date match a course already there is skipped, so importing a file again adds nothing. One
 * audit_log row per run. Bad rows are reported by line and column; exit code 0 when every row was good, 1 when any
 * was bad (the good ones are imported; with --strict nothing is).
 */
export interface CourseImportOutcome {
  rows: number;
  imported: number;
  skipped: number;
  bad: number;
  /** --strict with bad rows: nothing was written. */
  refused: boolean;
  lines: string[];
}

export const COURSE_IMPORT_AUDIT_ACTION = 'courses.imported';
const IMPORT_LOCK = 'knvl.import-courses';

export async function importCoursesCommand(
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
    'give the CSV file to import: npm run cli -- import-courses FILE.csv [--strict]',
  );
  const csv: CourseCsv = await readCsvFile(file, readCourseCsv);
  const database = await openCliDatabase(config);
  try {
    const outcome = await importCourses(database.db, csv, {
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

export async function importCourses(
  db: Kysely<Database>,
  csv: CourseCsv,
  options: { now: Date; strict: boolean; fileName: string },
): Promise<CourseImportOutcome> {
  const lines: string[] = [];
  if (csv.records.length === 0) lines.push('The file has a header but no rows.');
  if (csv.ignored.length > 0)
    lines.push(`Ignored column${csv.ignored.length > 1 ? 's' : ''}: ${csv.ignored.map((c) => `"${c}"`).join(', ')}.`);
  const notes: { line: number; text: string }[] = [];
  const context = { now: options.now, hasProvinceColumn: csv.columns.has('province') };
  const good: { line: number; course: CourseDraft }[] = [];
  let bad = 0;
  for (const record of csv.records) {
    const verdict = validateCourseRow(record, context);
    if (verdict.kind === 'ok') good.push({ line: record.line, course: verdict.course });
    else {
      bad += 1;
      for (const p of verdict.problems) notes.push({ line: record.line, text: describeCourseProblem(record.line, p) });
    }
  }
  const outcome: CourseImportOutcome = {
    rows: csv.records.length,
    imported: 0,
    skipped: 0,
    bad,
    refused: false,
    lines,
  };
  outcome.refused = options.strict && bad > 0;

  await db.transaction().execute(async (trx) => {
    if (!outcome.refused) {
      await sql`SELECT pg_advisory_xact_lock(hashtext(${IMPORT_LOCK}))`.execute(trx);
      for (const { line, course } of good) {
        const existing = await writeRow(trx, course);
        if (existing === null) outcome.imported += 1;
        else {
          outcome.skipped += 1;
          notes.push({
            line,
            text:
              `line ${line}: skipped, already there as course ${existing} ` +
              `(same provider, title, place and start ${formatDeadlineVi(course.startsOn)})`,
          });
        }
      }
    }
    const { lines: _, ...counts } = outcome;
    await writeAudit(trx, {
      actorPersonId: null,
      actorLabel: 'cli',
      action: COURSE_IMPORT_AUDIT_ACTION,
      subjectType: 'file',
      subjectId: options.fileName,
      details: { ...counts, strict: options.strict },
    });
  });

  lines.push(...notes.sort((a, b) => a.line - b.line).map((n) => n.text));
  if (outcome.refused) {
    const rows = `${bad} of ${outcome.rows} rows ${bad === 1 ? 'is' : 'are'} bad`;
    lines.push(`Nothing imported (--strict): ${rows}; fix ${bad === 1 ? 'it' : 'them'} and run again.`);
  }
  lines.push(
    `Imported ${outcome.imported} (pending an official's review), skipped ${outcome.skipped}, bad ${outcome.bad}.`,
  );
  return outcome;
}

/** Writes the course, or returns the id of the same course already there. */
async function writeRow(trx: Transaction<Database>, course: CourseDraft): Promise<number | null> {
  const providerId = await providerNamed(trx, course.providerName);
  const existing = await trx
    .selectFrom('courses')
    .select('id')
    .where('provider_id', '=', providerId)
    .where('title', '=', course.title)
    .where('commune_code', course.communeCode === null ? 'is' : '=', course.communeCode)
    .where('starts_on', '=', course.startsOn)
    .where('status', 'not in', ['rejected', 'cancelled'])
    .orderBy('id')
    .executeTakeFirst();
  if (existing) return existing.id;
  await insertPendingCourse(trx, { providerId, draft: course, source: 'import', submittedBy: null });
  return null;
}
