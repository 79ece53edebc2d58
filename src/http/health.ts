import type { FastifyInstance } from 'fastify';

/** A named check that resolves when a dependency really answers. */
export type ReadinessCheck = () => Promise<void>;

const CHECK_TIMEOUT_MS = 2000;

/**
 * What /readyz says about a failed check: one of these fixed reasons, never the driver's error text (which can
 * name hosts, users and paths). The error itself goes to the log, where secrets are scrubbed.
 */
export const READINESS_REASONS = { timeout: `no answer within ${CHECK_TIMEOUT_MS} ms`, failed: 'failed' } as const;

type CheckResult =
  | { ok: true; ms: number }
  | { ok: false; error: (typeof READINESS_REASONS)[keyof typeof READINESS_REASONS]; ms: number; cause: unknown };

class CheckTimeout extends Error {}

async function runCheck(check: ReadinessCheck): Promise<CheckResult> {
  const started = performance.now();
  const ms = () => Math.round(performance.now() - started);
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      check(),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new CheckTimeout(READINESS_REASONS.timeout)), CHECK_TIMEOUT_MS);
      }),
    ]);
    return { ok: true, ms: ms() };
  } catch (error) {
    return {
      ok: false,
      error: error instanceof CheckTimeout ? READINESS_REASONS.timeout : READINESS_REASONS.failed,
      ms: ms(),
      cause: error,
    };
  } finally {
    clearTimeout(timer);
  }
}

/** /healthz: the process is alive. /readyz: the database and Redis answer right now. */
export function registerHealthRoutes(
  app: FastifyInstance,
  checks: Record<string, ReadinessCheck>,
  isShuttingDown: () => boolean,
): void {
  app.get('/healthz', async () => ({ status: 'ok' }));

  app.get('/readyz', async (request, reply) => {
    if (isShuttingDown()) return reply.code(503).send({ status: 'shutting_down' });
    const names = Object.keys(checks);
    const results = await Promise.all(names.map((name) => runCheck(checks[name]!)));
    const report: Record<string, { ok: boolean; error?: string; ms: number }> = {};
    results.forEach((result, i) => {
      const check = names[i]!;
      if (result.ok) {
        report[check] = result;
        return;
      }
      const { cause, ...shown } = result;
      report[check] = shown;
      request.log.warn({ check, err: cause }, 'readiness check failed');
    });
    const ready = results.every((r) => r.ok);
    return reply.code(ready ? 200 : 503).send({ status: ready ? 'ready' : 'not_ready', checks: report });
  });
}
