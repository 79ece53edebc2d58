import rateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyBaseLogger, type FastifyInstance, LogController } from 'fastify';
import type { TrustProxy } from '../app/config.ts';
import type { Logger } from '../logger.ts';
import type { Metrics } from '../metrics.ts';
import { bearerToken, sameSecret } from './credentials.ts';
import { type ReadinessCheck, registerHealthRoutes } from './health.ts';

/** Largest request body we accept (webhooks included); anything bigger gets 413. */
export const BODY_LIMIT_BYTES = 256 * 1024;

export interface HttpAppOptions {
  logger: Logger;
  metrics: Metrics;
  readiness: Record<string, ReadinessCheck>;
  /** TRUST_PROXY: whose X-Forwarded-For (client address, https) to believe; default none. */
  trustProxy?: TrustProxy;
  /** METRICS_TOKEN: when set, GET /metrics needs `Authorization: Bearer <token>`. */
  metricsToken?: string | null;
  /** More routes (webhooks, simulator), registered before the app is sealed. */
  routes?: ReadonlyArray<(app: FastifyInstance) => void>;
}

export interface HttpApp {
  app: FastifyInstance;
  /** Answer /readyz with 503 from now on, so a load balancer stops sending work before we close. */
  markShuttingDown(): void;
}

/**
 * TRUST_PROXY as Fastify takes it. Addresses and subnets pass as they are. A hop count becomes "the nearest n hops
 * are our proxies": Fastify alone would trust nothing for a number, as it cannot check who connected; a hop count
 * is for a port that only the proxies can reach.
 */
function trustProxyOption(value: TrustProxy): false | string[] | ((address: string, hop: number) => boolean) {
  return typeof value === 'number' ? (_address, hop) => hop < value : value;
}

export async function buildHttpApp(options: HttpAppOptions): Promise<HttpApp> {
  const { metrics } = options;
  let shuttingDown = false;
  const app = Fastify({
    loggerInstance: options.logger as FastifyBaseLogger,
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: BODY_LIMIT_BYTES,
    trustProxy: trustProxyOption(options.trustProxy ?? false),
    return503OnClosing: true,
  });

  // Per-IP limits, off by default: a route opts in with `config: { rateLimit: { max, timeWindow } }`.
  await app.register(rateLimit, { global: false });

  app.addHook('onResponse', async (request, reply) => {
    const route = request.routeOptions.url ?? 'unmatched';
    metrics.httpRequests.inc({ method: request.method, route, status: String(reply.statusCode) });
    metrics.httpDuration.observe({ route }, reply.elapsedTime / 1000);
  });

  // Bad input is the sender's problem: answer 4xx with a reason, log 5xx, never leak internals.
  app.setErrorHandler((error: { statusCode?: number; message: string; code?: string }, request, reply) => {
    const status = error.statusCode && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 500;
    if (status >= 500) request.log.error({ err: error, route: request.routeOptions.url }, 'request failed');
    return reply.code(status).send({ error: status >= 500 ? 'internal error' : error.message, code: error.code });
  });
  app.setNotFoundHandler((_request, reply) => reply.code(404).send({ error: 'not found' }));

  registerHealthRoutes(app, options.readiness, () => shuttingDown);
  const metricsToken = options.metricsToken ?? null;
  app.get('/metrics', async (request, reply) => {
    if (metricsToken !== null) {
      const token = bearerToken(request);
      if (typeof token !== 'string' || !sameSecret(token, metricsToken)) {
        return reply
          .code(401)
          .header('www-authenticate', 'Bearer realm="metrics"')
          .send({ error: 'metrics token needed: send "Authorization: Bearer <METRICS_TOKEN>"' });
      }
    }
    reply.header('content-type', metrics.registry.contentType);
    return metrics.registry.metrics();
  });

  for (const register of options.routes ?? []) register(app);

  await app.ready();
  return {
    app,
    markShuttingDown: () => {
      shuttingDown = true;
    },
  };
}
