import { sql } from 'kysely';
import type { Config } from '../app/config.ts';
import { createLogger } from '../logger.ts';
import { connectRedis, waitUntilReady } from '../messaging/queue/connection.ts';
import { closeQueues, createQueues } from '../messaging/queue/queues.ts';
import { describeReconcile, reconcile } from '../messaging/queue/reconcile.ts';
import { openCliDatabase, openCliRedis } from './service-context.ts';
import { UsageError } from './usage-error.ts';

/**
 * npm run cli -- reconcile: put back into Redis the work PostgreSQL says is in flight
 * (src/messaging/queue/reconcile.ts). Safe while workers run. Without REDIS_URL it uses the private redis-server in
 * DATA_DIR (while npm start runs, the command runs inside it: src/app/cli-endpoint.ts; npm start also reconciles by
 * itself when it starts).
 */
export async function reconcileCommand(config: Config, args: string[], print: (line: string) => void): Promise<void> {
  if (args.length > 0) throw new UsageError(`reconcile takes no arguments; got ${JSON.stringify(args.join(' '))}`);
  const logger = createLogger({ level: 'warn', secrets: [] });
  const closers: (() => Promise<void>)[] = [];
  try {
    const { url: redisUrl, stop } = await openCliRedis(config, logger);
    closers.push(stop);
    const redis = connectRedis(redisUrl, 'producer', logger);
    closers.push(async () => {
      await redis.quit().catch(() => redis.disconnect());
    });
    await waitUntilReady(redis, redisUrl);
    const database = await openCliDatabase(config);
    closers.push(() => database.close());
    const { rows } = await sql<{ table: string | null }>`SELECT to_regclass('notifications')::text AS table`.execute(
      database.db,
    );
    if (!rows[0]?.table)
      throw new Error(`the database at ${database.location} is not migrated yet: run npm run cli -- migrate first`);
    const queues = createQueues(redis);
    closers.push(() => closeQueues(queues));

    const result = await reconcile({ db: database.db, queues });
    print(`Reconciled ${database.location} with Redis: ${describeReconcile(result)}.`);
  } finally {
    for (const close of closers.reverse()) await close().catch(() => undefined);
  }
}
