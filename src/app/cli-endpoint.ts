import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import http from 'node:http';
import path from 'node:path';
import { z } from 'zod';
import { runCli } from '../cli/commands.ts';
import { removeCliEndpoint, writeCliEndpoint } from '../cli/endpoint-file.ts';
import { CLI_PATH } from '../cli/forward.ts';
import { runInsideService } from '../cli/service-context.ts';
import type { Config } from './config.ts';
import type { Logger } from '../logger.ts';
import type { Services } from './services.ts';
import type { Shutdown } from './shutdown.ts';

/**
 * The loopback endpoint through which `npm run cli` runs a command inside this process while it holds DATA_DIR
 * (src/cli/forward.ts). It listens on 127.0.0.1 on a free port, asks for the random token it wrote to
 * DATA_DIR/cli-endpoint.json (mode 0600), runs the command on this process's database and Redis, and answers
 * with the command's output and exit code. Nothing of DATA_DIR held (DATABASE_URL and REDIS_URL set): no endpoint.
 */
const BODY_LIMIT_BYTES = 64 * 1024;

const requestSchema = z.object({
  argv: z.array(z.string().max(4096)).min(1).max(100),
  cwd: z
    .string()
    .max(4096)
    .refine((dir) => path.isAbsolute(dir)),
});

export async function startCliEndpoint(
  config: Pick<Config, 'databaseUrl' | 'redisUrl' | 'dataDir'>,
  services: Pick<Services, 'database' | 'redisUrl'>,
  logger: Logger,
  shutdown: Pick<Shutdown, 'add'>,
): Promise<void> {
  if (config.databaseUrl && config.redisUrl) return;
  const token = randomBytes(32).toString('base64url');
  const expected = digest(token);
  const server = http.createServer((request, response) => {
    void handle(request, response).catch((error: unknown) => {
      logger.error({ err: error }, 'cli endpoint failed');
      if (!response.headersSent) answer(response, 500, { error: 'internal error' });
    });
  });

  async function handle(request: http.IncomingMessage, response: http.ServerResponse): Promise<void> {
    if (request.method !== 'POST' || request.url !== CLI_PATH) return answer(response, 404, { error: 'not found' });
    const bearer = /^Bearer (\S+)$/.exec(request.headers.authorization ?? '')?.[1];
    if (bearer === undefined || !timingSafeEqual(digest(bearer), expected))
      return answer(response, 401, { error: 'wrong token' });
    const body = await readBody(request);
    if (body === null) return answer(response, 413, { error: `larger than ${BODY_LIMIT_BYTES} bytes` });
    let parsed;
    try {
      parsed = requestSchema.safeParse(JSON.parse(body));
    } catch {
      parsed = null;
    }
    if (!parsed?.success) return answer(response, 400, { error: 'expected {"argv": [...], "cwd": "/absolute/dir"}' });
    const { argv, cwd } = parsed.data;
    let stdout = '';
    let stderr = '';
    logger.info({ command: argv[0] }, 'cli command run inside the service');
    const exitCode = await runInsideService({ database: services.database, redisUrl: services.redisUrl, cwd }, () =>
      runCli(argv, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) }),
    );
    answer(response, 200, { exitCode, stdout, stderr });
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as { port: number }).port;
  writeCliEndpoint(config.dataDir, { pid: process.pid, port, token });
  shutdown.add('cli endpoint', async () => {
    removeCliEndpoint(config.dataDir);
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });
}

function digest(text: string): Buffer {
  return createHash('sha256').update(text).digest();
}

function answer(response: http.ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  response.end(JSON.stringify(body));
}

/** The body as text, or null when it is too large. */
function readBody(request: http.IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= BODY_LIMIT_BYTES) chunks.push(chunk); // beyond: read on, keep nothing, answer 413
    });
    request.on('end', () => resolve(size > BODY_LIMIT_BYTES ? null : Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}
