import { AsyncLocalStorage } from 'node:async_hooks';
import path from 'node:path';
import type { Config } from '../app/config.ts';
import { type DatabaseHandle, openDatabase } from '../db/connect.ts';
import type { Logger } from '../logger.ts';
import { startPrivateRedis } from '../messaging/queue/private-redis.ts';

/**
 * Where a CLI command gets its database and Redis. Run from a terminal, it opens them itself. Run inside the
 * service (`npm run cli` while `npm start` holds DATA_DIR: src/app/cli-endpoint.ts), it borrows the service's
 * own, which the embedded database and the private redis-server allow only one process to open; closing a
 * borrowed handle does nothing. Files named on the command line are found from the caller's directory.
 */
export interface ServiceStores {
  database: DatabaseHandle;
  redisUrl: string;
  /** The directory the `npm run cli` was started in. */
  cwd: string;
}

const inside = new AsyncLocalStorage<ServiceStores>();

export function runInsideService<T>(stores: ServiceStores, run: () => Promise<T>): Promise<T> {
  return inside.run(stores, run);
}

export async function openCliDatabase(config: Config): Promise<DatabaseHandle> {
  const service = inside.getStore();
  if (service) return { ...service.database, close: async () => undefined };
  return openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
}

/** REDIS_URL, the service's Redis, or the private redis-server of DATA_DIR started for this command. */
export async function openCliRedis(config: Config, logger: Logger): Promise<{ url: string; stop(): Promise<void> }> {
  const service = inside.getStore();
  if (service) return { url: service.redisUrl, stop: async () => undefined };
  if (config.redisUrl) return { url: config.redisUrl, stop: async () => undefined };
  const privateRedis = await startPrivateRedis(config.dataDir, logger);
  return { url: privateRedis.url, stop: () => privateRedis.stop() };
}

/** A path given on the command line, as the person who typed it meant it. */
export function cliPath(file: string): string {
  return path.resolve(inside.getStore()?.cwd ?? process.cwd(), file);
}
