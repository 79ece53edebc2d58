import { type Config, ConfigError } from './config.ts';
import { DataDirBusyError } from '../db/data-dir-lock.ts';
import { DatabaseUnavailableError } from '../db/errors.ts';
import { MigrationFailedError } from '../db/migrate.ts';
import { RedisUnavailableError } from '../messaging/queue/connection.ts';
import { PrivateRedisFailedError, RedisNotInstalledError } from '../messaging/queue/private-redis.ts';
import { BotTokenRejectedError } from './bot-names.ts';
import { LanguagePackError } from './language-packs.ts';

/** Errors a person can fix from the message alone; they are shown as one line, without a stack trace. */
const KNOWN = [
  ConfigError,
  DatabaseUnavailableError,
  DataDirBusyError,
  MigrationFailedError,
  RedisNotInstalledError,
  PrivateRedisFailedError,
  RedisUnavailableError,
  BotTokenRejectedError,
  LanguagePackError,
];

export class RoleNeedsSharedStoresError extends Error {
  constructor(role: string, missing: string[]) {
    super(
      `npm run ${role} needs ${missing.join(' and ')}: separate roles must share one PostgreSQL and one Redis (npm start runs everything in one process with embedded ones).`,
    );
    this.name = 'RoleNeedsSharedStoresError';
  }
}

/** Separate roles (gateway, worker) cannot use the embedded database or a private redis-server. */
export function requireSharedStores(role: string, config: Config): void {
  const missing = [!config.databaseUrl && 'DATABASE_URL', !config.redisUrl && 'REDIS_URL'].filter((m): m is string =>
    Boolean(m),
  );
  if (missing.length > 0) throw new RoleNeedsSharedStoresError(role, missing);
}

/** The one line printed when start-up fails. */
export function startupErrorLine(error: unknown): string {
  if (error instanceof ConfigError) return `Configuration error: ${error.message}`;
  if (error instanceof RoleNeedsSharedStoresError || KNOWN.some((type) => error instanceof type))
    return (error as Error).message;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'EADDRINUSE') {
    const port = /:(\d+)$/.exec((error as Error).message)?.[1] ?? '(unknown)';
    return `Port ${port} is already in use. Stop the other program or set PORT to a free port.`;
  }
  if (code === 'EACCES') return `Permission denied: ${(error as Error).message}`;
  return `Start-up failed: ${error instanceof Error ? error.message : String(error)}`;
}
