import { runCli } from '../cli/commands.ts';
import { forwardToRunningService } from '../cli/forward.ts';

/**
 * npm run cli -- <command>: admin commands (src/cli/commands.ts). While `npm start` holds DATA_DIR (the embedded
 * database and private redis-server allow one process), the command runs inside it instead (src/cli/forward.ts).
 */
const argv = process.argv.slice(2);
const terminal = {
  stdout: (text: string) => process.stdout.write(text),
  stderr: (text: string) => process.stderr.write(text),
};
process.exitCode = (await forwardToRunningService(argv, terminal)) ?? (await runCli(argv, terminal));
