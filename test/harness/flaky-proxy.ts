import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { seededRandom } from './seeded-random.ts';

/**
 * An HTTP proxy in front of a fake platform API that answers a share of the calls itself with a server error
 * (the request never reaches the fake, so nothing is sent), the way a platform under load answers 5xx to some
 * calls. Failures are drawn from a seeded generator, so a run can be repeated. Only paths matching `paths`
 * (default: send methods) can fail.
 */
export interface FlakyProxy {
  /** Use as the adapter's apiRoot. */
  url: string;
  /** Calls answered with an error by the proxy. */
  readonly failed: number;
  /** Calls passed on to the fake. */
  readonly forwarded: number;
  close(): Promise<void>;
}

export interface FlakyProxyOptions {
  /** 0–1: the share of matching calls that fail. */
  failureRate: number;
  seed?: number;
  paths?: RegExp;
  /** HTTP status of a failure (default 500, with Telegram's JSON error body). */
  status?: number;
}

export async function startFlakyProxy(target: string, options: FlakyProxyOptions): Promise<FlakyProxy> {
  const random = seededRandom(options.seed ?? 1);
  const paths = options.paths ?? /\/send/i;
  const status = options.status ?? 500;
  let failed = 0;
  let forwarded = 0;

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      if (paths.test(req.url ?? '') && random() < options.failureRate) {
        failed += 1;
        const text = JSON.stringify({ ok: false, error_code: status, description: 'Internal Server Error' });
        res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
        res.end(text);
        return;
      }
      forwarded += 1;
      const headers: Record<string, string> = {};
      if (req.headers['content-type']) headers['content-type'] = String(req.headers['content-type']);
      fetch(`${target}${req.url ?? '/'}`, {
        method: req.method ?? 'POST',
        headers,
        ...(body.length > 0 ? { body } : {}),
      })
        .then(async (response) => {
          const answer = Buffer.from(await response.arrayBuffer());
          res.writeHead(response.status, {
            'content-type': response.headers.get('content-type') ?? 'application/json',
            'content-length': answer.length,
          });
          res.end(answer);
        })
        .catch(() => {
          res.writeHead(502);
          res.end();
        });
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    get failed() {
      return failed;
    },
    get forwarded() {
      return forwarded;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
