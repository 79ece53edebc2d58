import { parseArgs } from 'node:util';
import type { Config } from '../app/config.ts';
import { readAuditFilters } from '../dashboard/audit-filters.ts';
import { openCliDatabase } from './service-context.ts';
import { readAudit, type AuditEntry } from '../db/audit-log.ts';
import { actorText, detailsText, subjectText } from '../reporting/audit-text.ts';
import { dateTime } from '../dashboard/pages/format.ts';
import { UsageError } from './usage-error.ts';

/**
 * npm run cli -- audit [--since DATE] [--actor ID] [--limit N]
 * The audit log, most recent first: who did what (approvals, rejections, broadcasts, exports, dashboard logins,
 * role grants, imports), when (Vietnam time), in which area. --since dd/mm/yyyy or yyyy-mm-dd; --actor a person's
 * id or a label (cli, admin-token, system, …); --limit at most 1000 (default 100).
 */
const HEADER = ['When', 'Who', 'Action', 'Subject', 'Region', 'Details'];

function columns(entry: AuditEntry): string[] {
  return [
    dateTime('vi', entry.at),
    actorText(entry),
    entry.action,
    subjectText(entry),
    entry.regionCode ?? '',
    detailsText(entry.details),
  ];
}

/** Aligned columns; the last one (details) is left as long as it is. */
export function auditTable(entries: readonly AuditEntry[]): string[] {
  const rows = [HEADER, ...entries.map(columns)];
  const widths = HEADER.map((_, i) => Math.max(...rows.map((r) => [...(r[i] ?? '')].length)));
  return rows.map((r) =>
    r
      .map((cell, i) => (i === r.length - 1 ? cell : cell.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd(),
  );
}

export async function auditCommand(config: Config, args: string[], print: (line: string) => void): Promise<void> {
  let values;
  try {
    ({ values } = parseArgs({
      args,
      options: { since: { type: 'string' }, actor: { type: 'string' }, limit: { type: 'string' } },
      strict: true,
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const read = readAuditFilters({
    since: values.since ?? null,
    actor: values.actor ?? null,
    limit: values.limit ?? null,
  });
  if (!read.ok) {
    const expected = {
      since: 'a date, dd/mm/yyyy or yyyy-mm-dd',
      actor: "a person's id or a label such as cli or admin-token",
      limit: 'a whole number from 1 to 1000',
    }[read.field];
    throw new UsageError(`--${read.field} ${JSON.stringify(read.text)}: expected ${expected}`);
  }
  const database = await openCliDatabase(config);
  try {
    const entries = await readAudit(database.db, read.query);
    if (entries.length === 0) {
      print('No audit entries match.');
      return;
    }
    for (const line of auditTable(entries)) print(line);
  } finally {
    await database.close();
  }
}
