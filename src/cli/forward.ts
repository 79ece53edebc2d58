import http from 'node:http';
import { z } from 'zod';
import { loadConfig } from '../app/config.ts';
import { isProcessAlive } from '../db/data-dir-lock.ts';
import { type CliOutput, LOCAL_ONLY } from './commands.ts';
import { readCliEndpoint } from './endpoint-file.ts';

/**
 * `npm run cli` while `npm start` runs on the embedded defaults: the embedded database and the private
 * redis-server allow one process, so instead of failing the command is sent to the running service's loopback
 * CLI endpoint (src/app/cli-endpoint.ts), which runs it on its own database and Redis and answers with the
 * output and exit code. Resolves to null when there is no such service: the command then runs here.
 */
export const CLI_PATH = '/cli';

export const cliAnswerSchema = z.object({ exitCode: z.number().int(), stdout: z.string(), stderr: z.string() });

export async function forwardToRunningService(
  argv: readonly string[],
  output: CliOutput,
  env: NodeJS.ProcessEnv = process.env,
): Promise<number | null> {
  const [command] = argv;
  if (command === undefined || LOCAL_ONLY.has(command)) return null;
  let config;
  try {
    config = loadConfig(env);
  } catch {
    return null; // the command itself reports the configuration error
  }
  if (config.databaseUrl && config.redisUrl) return null; // nothing of DATA_DIR is needed
  const endpoint = readCliEndpoint(config.dataDir);
  if (!endpoint || endpoint.pid === process.pid || !isProcessAlive(endpoint.pid)) return null;
  let answer;
  try {
    answer = await post(endpoint.port, endpoint.token, JSON.stringify({ argv, cwd: process.cwd() }));
  } catch (error) {
    // Gone before we connected: running here reports whatever holds DATA_DIR now. Gone while it ran: say so, and
    // do not run the command a second time.
    if ((error as NodeJS.ErrnoException).code === 'ECONNREFUSED') return null;
    output.stderr(
      `The running service stopped before the command finished (${(error as Error).message}); check with npm run cli -- audit what it did.\n`,
    );
    return 1;
  }
  if (answer.status !== 200) {
    output.stderr(`The running service refused the command (HTTP ${answer.status}): ${answer.body.slice(0, 200)}\n`);
    return 1;
  }
  const parsed = cliAnswerSchema.safeParse(JSON.parse(answer.body));
  if (!parsed.success) {
    output.stderr('The running service gave an answer this CLI does not understand; is it the same version?\n');
    return 1;
  }
  output.stdout(parsed.data.stdout);
  output.stderr(parsed.data.stderr);
  return parsed.data.exitCode;
}

/** node:http rather than fetch: a long report or import must not hit fetch's 5-minute header timeout. */
function post(port: number, token: string, body: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        host: '127.0.0.1',
        port,
        path: CLI_PATH,
        method: 'POST',
        headers: {
          authorization: `Bearer ${token}`,
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
        },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }),
        );
        response.on('error', reject);
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}
