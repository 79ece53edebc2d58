import fs from 'node:fs/promises';
import { cliPath } from './service-context.ts';
import { UsageError } from './usage-error.ts';
import { VacancyCsvError } from './vacancy-csv.ts';

/**
 * The file an import command was given (import-vacancies, import-courses, import-events): exactly one, read and
 * parsed, with what went wrong said in one line that names it — a missing file, a folder, no permission, or a file
 * that is not the list the command reads (VacancyCsvError, prefixed with the file's name).
 */
export function oneFile(positionals: readonly string[], usage: string): string {
  const [file, ...extra] = positionals;
  if (file === undefined) throw new UsageError(usage);
  if (extra.length > 0)
    throw new UsageError(`one file at a time; got ${positionals.length}: ${positionals.join(', ')}`);
  return file;
}

export async function readCsvFile<C>(file: string, parse: (bytes: Uint8Array) => C): Promise<C> {
  const bytes = await readFileOrExplain(file);
  try {
    return parse(bytes);
  } catch (error) {
    if (error instanceof VacancyCsvError) throw new VacancyCsvError(`${file}: ${error.message}`);
    throw error;
  }
}

async function readFileOrExplain(file: string): Promise<Uint8Array> {
  try {
    return await fs.readFile(cliPath(file));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UsageError(`${file}: no such file`);
    if (code === 'EISDIR') throw new UsageError(`${file} is a folder; give the CSV file inside it`);
    if (code === 'EACCES' || code === 'EPERM')
      throw new UsageError(`${file}: permission denied (the CLI cannot read it)`);
    throw new UsageError(`${file} cannot be read: ${(error as Error).message}`);
  }
}
