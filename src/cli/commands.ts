import { loadConfig } from '../app/config.ts';
import { startupErrorLine } from '../app/startup-errors.ts';
import { auditCommand } from './audit.ts';
import { eventReportCommand } from './event-report.ts';
import { eventsCommand } from './events.ts';
import { grantCommand } from './grant.ts';
import { importEventsCommand } from './import-events.ts';
import { importVacanciesCommand } from './import-vacancies.ts';
import { importCoursesCommand } from './import-courses.ts';
import { inviteCommand } from './invite.ts';
import { linkCommand } from './link.ts';
import { migrateCommand } from './migrate.ts';
import { reconcileCommand } from './reconcile.ts';
import { reportCommand } from './report.ts';
import { UsageError } from './usage-error.ts';
import { webhooksCommand } from './webhooks.ts';

/** npm run cli -- <command>: admin commands. Exit codes: 0 done, 1 failed, 2 wrong usage. */
export const USAGE = `Usage: npm run cli -- <command> [options]

Commands:
  migrate                              apply pending database migrations and load reference data
  grant --channel C --chat ID --role official|employer|admin|provider [--region CODE] [--allow-simulator]
                                       give a role to the person behind a chat; --region (province or
                                       commune code) limits an official to that area; a simulator chat
                                       only with --allow-simulator (demos)
  invite --role official|employer|admin|provider [--region CODE] [--allow-simulator]
                                       print a one-time code; "/start CODE" to the bot grants the role
                                       (from the simulator only with --allow-simulator)
  link --commune CODE [--occupation X] [--vacancy N] [--format png|svg|txt] [--out FILE] [--bot NAME]
                                       a registration link for a poster: prints the Telegram link and the Zalo
                                       code ("DK 05860 may") and writes the QR code (txt: in the terminal);
                                       --occupation a trade code (may, thoxay, laixe…) or an occupation key;
                                       the bot's username from --bot, else asked of Telegram (TELEGRAM_BOT_TOKEN)
  import-vacancies FILE.csv [--strict]
                                       import a vacancy list (header row; columns employer, title, occupation,
                                       commune, province, headcount, wage, requirements, deadline, contact,
                                       overseas, in English or Vietnamese); bad rows are listed by line and the
                                       rest imported (exit code 1 if any was bad); --strict: all rows or none
  import-courses FILE.csv [--strict]
                                       import a course list (columns provider, title, occupation, level,
                                       commune, province, address, online, start, duration, schedule, seats, fee,
                                       support, priority_support, support_amount, contact, in English or
                                       Vietnamese), pending an official's review; bad rows are listed by line and
                                       column, the rest imported (exit code 1); --strict: all rows or none
  import-events FILE.csv [--region CODE] [--official ID]
                                       import a season's job fairs and online sessions (columns kind, title,
                                       date, time, commune, province, address, link, targets, groups, capacity,
                                       announce_at, in English or Vietnamese) within --region, authored by
                                       --official (who must hold that region); each is announced at announce_at
                                       ("08/01/2027 8:00", after the quiet hours), else 7 days before at 08:00
                                       (or at once); bad rows are listed by line (exit code 1), the rest imported
  report [--region CODE] [--from DATE] [--to DATE] [--format table|csv] [--breakdown ID]
                                       the funnel per province (or per commune of --region), from --from to --to
                                       (dd/mm/yyyy or yyyy-mm-dd; default this month to today), with the tables
                                       by priority group, sex, age band, occupation, former district and month,
                                       and training by course level, trade and priority group; CSV: the area
                                       table, or one of those with --breakdown ID (training: the three training
                                       tables); counts of people under 5 show as <5
  events [--from DATE] [--to DATE] [--region CODE] [--format table|csv]
                                       one row per job fair, online session and village meeting (default this
                                       month to today): employers, vacancies, headcount, registered, attended,
                                       interviewed, offered, hired
  event-report --id N [--format csv|xlsx] [--out FILE]
                                       one event's report, by employer and by priority group (counts of people
                                       under 5 show as <5); xlsx is written to --out
  audit [--since DATE] [--actor ID] [--limit N]
                                       the audit log, most recent first (approvals, broadcasts, exports,
                                       dashboard logins, role grants…); --actor a person's id or a label
                                       (cli, admin-token, system); --limit at most 1000 (default 100)
  reconcile                            put back into Redis the work the database says is in flight (after Redis
                                       was wiped or restored from an old snapshot): queued notifications whose job
                                       is gone go back to pending, unfinished fan-outs start again; safe while
                                       workers run (npm start and npm run worker also do it when they start)
  i18n check CODE                      check the language pack LOCALES_DIR/CODE.json (CODE: ISO 639-2/3, e.g.
                                       hmn) as start-up does: its errors (exit code 1) and the keys it lacks,
                                       which are said in Vietnamese (a warning)
  i18n template CODE [--out FILE]      the file a translator fills in: every key with its Vietnamese text and
                                       placeholders and an empty "text"; keeps the translations of FILE or of
                                       LOCALES_DIR/CODE.json; without --out, printed
  webhooks set|delete|info [--channel telegram|zalo]
                                       register PUBLIC_URL/webhooks/<channel> with Telegram and Zalo,
                                       remove it (back to polling), or show what is registered
  help                                 show this text

The database is DATABASE_URL, or the embedded one in DATA_DIR; while npm start runs on DATA_DIR, commands run inside it.`;

/** Resolves to the exit code (none: 0); throws UsageError for wrong arguments (2), anything else fails (1). */
// biome-ignore lint/suspicious/noConfusingVoidType: most commands return nothing; a few return an exit code
type Command = (args: string[], print: (line: string) => void) => Promise<number | void>;

const COMMANDS: Record<string, Command> = {
  migrate: async (args, print) => {
    if (args.length > 0) throw new UsageError(`migrate takes no arguments; got ${JSON.stringify(args.join(' '))}`);
    await migrateCommand(loadConfig(), print);
  },
  webhooks: (args, print) => webhooksCommand(loadConfig(), args, print),
  grant: (args, print) => grantCommand(loadConfig(), args, print),
  invite: (args, print) => inviteCommand(loadConfig(), args, print),
  link: (args, print) => linkCommand(loadConfig(), args, print),
  'import-vacancies': (args, print) => importVacanciesCommand(loadConfig(), args, print),
  'import-courses': (args, print) => importCoursesCommand(loadConfig(), args, print),
  'import-events': (args, print) => importEventsCommand(loadConfig(), args, print),
  report: (args, print) => reportCommand(loadConfig(), args, print),
  events: (args, print) => eventsCommand(loadConfig(), args, print),
  'event-report': (args, print) => eventReportCommand(loadConfig(), args, print),
  reconcile: (args, print) => reconcileCommand(loadConfig(), args, print),
  audit: (args, print) => auditCommand(loadConfig(), args, print),
  // Imported when used: it loads every module's catalogue, which the other commands do not need.
  i18n: async (args, print) => (await import('./i18n.ts')).i18nCommand(loadConfig().localesDir, args, print),
};

/** Where a command's output goes: the terminal, or the answer to a CLI call forwarded to the running service. */
export interface CliOutput {
  stdout(text: string): void;
  stderr(text: string): void;
}

/** Commands that read no data in DATA_DIR, so they never need to run inside the service. */
export const LOCAL_ONLY = new Set(['help', '--help', '-h', 'webhooks', 'i18n', 'link']);

/** Runs one command line; resolves to the exit code: 0 done, 1 failed, 2 wrong usage. */
export async function runCli(argv: readonly string[], output: CliOutput): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === 'help' || command === '--help' || command === '-h') {
    output.stdout(`${USAGE}\n`);
    return command ? 0 : 2;
  }
  const run = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
  if (!run) {
    output.stderr(`Unknown command ${JSON.stringify(command)}.\n\n${USAGE}\n`);
    return 2;
  }
  try {
    return (await run(rest, (line) => output.stdout(`${line}\n`))) ?? 0;
  } catch (error) {
    if (error instanceof UsageError) {
      output.stderr(`${command}: ${error.message}\n`);
      return 2;
    }
    output.stderr(`${startupErrorLine(error).replace(/^Start-up failed: /, `${command} failed: `)}\n`);
    return 1;
  }
}
