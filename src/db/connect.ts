import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { hidePassword } from '../app/config.ts';
import type { Logger } from '../logger.ts';
import { acquireDataDirLock } from './data-dir-lock.ts';
import { DatabaseUnavailableError, describeConnectionError } from './errors.ts';
import { createPGlitePool } from './pglite-pool.ts';
import { preparedStatementPool } from './prepared-pool.ts';
import type { Database } from './schema.ts';
import { DATE_OID, INT8_OID, NUMERIC_OID, PGLITE_PARSERS, parseInt8 } from './type-parsers.ts';

export interface DatabaseHandle {
  db: Kysely<Database>;
  kind: 'postgres' | 'pglite';
  /** Where the data lives, safe to print (no password). */
  location: string;
  /** Resolves when the database answers a query. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

export interface OpenDatabaseOptions {
  databaseUrl: string | null;
  dataDir: string;
  logger?: Logger;
  /** Connections in the pg pool (default 20); ignored for PGlite (one connection). */
  poolSize?: number;
}

export async function openDatabase(options: OpenDatabaseOptions): Promise<DatabaseHandle> {
  return options.databaseUrl ? openPostgres(options.databaseUrl, options) : openEmbedded(options.dataDir, options);
}

const pgTypes = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === INT8_OID) return parseInt8;
    if (oid === NUMERIC_OID || oid === DATE_OID) return (value: string) => value;
    return pg.types.getTypeParser(oid, format);
  },
} as pg.CustomTypesConfig;

async function openPostgres(url: string, options: OpenDatabaseOptions): Promise<DatabaseHandle> {
  const pool = new pg.Pool({
    connectionString: url,
    max: options.poolSize ?? 20,
    connectionTimeoutMillis: 5_000,
    idleTimeoutMillis: 30_000,
    types: pgTypes,
    application_name: 'ket-noi-viec-lam',
  });
  // An idle client that loses its server emits here; without a listener the process would crash.
  pool.on('error', (error) =>
    options.logger?.warn({ err: error }, 'database connection lost; the pool will reconnect'),
  );
  const location = hidePassword(url);
  try {
    const client = await pool.connect();
    client.release();
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw new DatabaseUnavailableError(
      `Cannot connect to the database at ${location}: ${describeConnectionError(error)}`,
      { cause: error },
    );
  }
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: preparedStatementPool(pool) }) });
  return {
    db,
    kind: 'postgres',
    location,
    ping: async () => {
      await sql`SELECT 1`.execute(db);
    },
    close: () => db.destroy(),
  };
}

async function openEmbedded(dataDir: string, options: OpenDatabaseOptions): Promise<DatabaseHandle> {
  const dir = path.join(dataDir, 'pg');
  const releaseLock = acquireDataDirLock(dataDir);
  let pglite: PGlite;
  try {
    pglite = await PGlite.create(dir, { parsers: PGLITE_PARSERS });
  } catch (error) {
    releaseLock();
    throw new DatabaseUnavailableError(
      `Cannot open the embedded database in ${dir}: ${describeConnectionError(error)}`,
      { cause: error },
    );
  }
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: createPGlitePool(pglite, PGLITE_PARSERS) }) });
  options.logger?.debug({ dir }, 'embedded database open');
  return {
    db,
    kind: 'pglite',
    location: dir,
    ping: async () => {
      await sql`SELECT 1`.execute(db);
    },
    close: async () => {
      try {
        await db.destroy();
      } finally {
        releaseLock();
      }
    },
  };
}
