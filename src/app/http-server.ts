import net from 'node:net';
import type { FastifyInstance } from 'fastify';
import type { Config } from './config.ts';
import { adminQueuesRoutes } from '../http/admin-queues.ts';
import { buildHttpApp } from '../http/app.ts';
import { dashboardRoutes } from '../http/dashboard/routes.ts';
import type { Logger } from '../logger.ts';
import type { Services } from './services.ts';
import type { Shutdown } from './shutdown.ts';

/**
 * Fails at once, with the usual EADDRINUSE error, when PORT is taken: better than finding out after the
 * database and Redis have started. (The real listen below still reports a port taken in between.)
 */
export function assertPortFree(port: number, host: Config['httpHost']): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen({ port, host, exclusive: true }, () => probe.close(() => resolve()));
  });
}

/** Starts Fastify on PORT; on shutdown /readyz turns 503 first, then the server stops taking connections. */
export async function startHttpServer(
  config: Config,
  services: Services,
  logger: Logger,
  shutdown: Shutdown,
  routes: ReadonlyArray<(app: FastifyInstance) => void> = [],
): Promise<string> {
  // The queue dashboard (/admin/queues) when ADMIN_TOKEN is set; the officials' dashboard (/dashboard) always.
  const allRoutes = [
    ...routes,
    adminQueuesRoutes({ adminToken: config.adminToken, queues: services.queues, db: services.database.db }),
    dashboardRoutes({ db: services.database.db, adminToken: config.adminToken, publicUrl: config.publicUrl }),
  ];
  const { app, markShuttingDown } = await buildHttpApp({
    logger,
    metrics: services.metrics,
    readiness: services.readiness,
    trustProxy: config.trustProxy,
    metricsToken: config.metricsToken,
    routes: allRoutes,
  });
  // Loopback only while an unauthenticated simulator is on (config.httpHost): nobody else may chat as anyone.
  const address = await app.listen({ port: config.port, host: config.httpHost });
  shutdown.add('http server', async () => {
    markShuttingDown();
    await app.close();
  });
  return address;
}
