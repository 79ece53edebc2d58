import type { Redis } from 'ioredis';
import type { Config } from './config.ts';
import { type DatabaseHandle, openDatabase } from '../db/connect.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { seedReferenceData } from '../db/reference-data.ts';
import type { Logger } from '../logger.ts';
import { createMetrics, type Metrics, registerOutboxBacklog } from '../metrics.ts';
import { connectRedis, pingRedis, waitUntilReady } from '../messaging/queue/connection.ts';
import { startPrivateRedis } from '../messaging/queue/private-redis.ts';
import { closeQueues, createQueues, type QueueRegistry } from '../messaging/queue/queues.ts';
import { registerBacklogMetrics } from '../messaging/queue/backlog-metrics.ts';
import { createOutboxRelay, type OutboxRelay } from '../messaging/queue/relay.ts';
import type { Shutdown } from './shutdown.ts';

/** What every role shares: the database (migrated and seeded), Redis, the queues and the metrics. */
export interface Services {
  database: DatabaseHandle;
  redisUrl: string;
  producer: Redis;
  queues: QueueRegistry;
  metrics: Metrics;
  readiness: { database: () => Promise<void>; redis: () => Promise<void> };
}

export async function openServices(config: Config, logger: Logger, shutdown: Shutdown): Promise<Services> {
  // Redis first: an unreachable REDIS_URL fails in seconds, before the slower database start.
  let redisUrl = config.redisUrl;
  if (!redisUrl) {
    const privateRedis = await startPrivateRedis(config.dataDir, logger);
    shutdown.add('private redis-server', () => privateRedis.stop());
    redisUrl = privateRedis.url;
  }
  const producer = connectRedis(redisUrl, 'producer', logger);
  shutdown.add('redis connection', async () => {
    await producer.quit().catch(() => producer.disconnect());
  });
  await waitUntilReady(producer, redisUrl);
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, logger });
  shutdown.add('database', () => database.close());
  logger.info({ kind: database.kind, location: database.location }, 'database open');

  const applied = await migrateToLatest(database.db);
  if (applied.length > 0) logger.info({ migrations: applied.map((m) => m.migrationName) }, 'migrations applied');
  const seeded = await seedReferenceData(database.db);
  if (seeded.changed) logger.info(seeded, 'reference data loaded');

  const queues = createQueues(producer);
  shutdown.add('queues', () => closeQueues(queues));

  const metrics = createMetrics();
  registerOutboxBacklog(metrics, database.db);
  registerBacklogMetrics(metrics, database.db, queues);

  return {
    database,
    redisUrl,
    producer,
    queues,
    metrics,
    readiness: {
      database: () => database.ping(),
      redis: () => pingRedis(producer),
    },
  };
}

export function startRelay(services: Services, logger: Logger, shutdown: Shutdown): OutboxRelay {
  const relay = createOutboxRelay({
    db: services.database.db,
    queues: services.queues,
    logger,
    onRelayed: (n) => services.metrics.outboxRelayed.inc(n),
    onFailure: () => services.metrics.outboxRelayFailures.inc(),
  });
  relay.start();
  shutdown.add('outbox relay', () => relay.stop());
  return relay;
}
