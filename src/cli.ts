import { loadConfig } from './config.ts';
import { migrateCommand } from './cli/migrate.ts';
import { startupErrorLine } from './process/startup-errors.ts';

/** npm run cli -- <command>: admin commands. Exit codes: 0 done, 1 failed, 2 wrong usage. */
const USAGE = `Usage: npm run cli -- <command> [options]

Commands:
  migrate    apply pending database migrations and load reference data (regions, occupations)
  help       show this text

The database is DATABASE_URL, or the embedded one in DATA_DIR (stop npm start first: it allows one process).`;

const COMMANDS: Record<string, (print: (line: string) => void) => Promise<void>> = {
  migrate: (print) => migrateCommand(loadConfig(), print),
};

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === 'help' || command === '--help' || command === '-h') {
    process.stdout.write(`${USAGE}\n`);
    return command ? 0 : 2;
  }
  const run = COMMANDS[command];
  if (!run) {
    process.stderr.write(`Unknown command ${JSON.stringify(command)}.\n\n${USAGE}\n`);
    return 2;
  }
  if (rest.length > 0) {
    process.stderr.write(`${command} takes no arguments; got ${JSON.stringify(rest.join(' '))}.\n`);
    return 2;
  }
  try {
    await run((line) => process.stdout.write(`${line}\n`));
    return 0;
  } catch (error) {
    process.stderr.write(`${startupErrorLine(error).replace(/^Start-up failed: /, `${command} failed: `)}\n`);
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
