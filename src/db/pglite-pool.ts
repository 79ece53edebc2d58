import type { PGlite } from '@electric-sql/pglite';
import type { PostgresPool, PostgresPoolClient, PostgresQueryResult } from 'kysely';

/**
 * A pool for Kysely's own PostgresDialect over the single embedded PGlite connection.
 * connect() waits for and holds the one connection until release(), so a transaction opened by Kysely
 * (BEGIN ... COMMIT on one client) is never interleaved with another caller's statements.
 */
export function createPGlitePool(pglite: PGlite, parsers: Record<number, (value: string) => unknown>): PostgresPool {
  let tail: Promise<void> = Promise.resolve();
  let ended = false;

  const client = {
    async query<R>(sql: string, parameters: ReadonlyArray<unknown>): Promise<PostgresQueryResult<R>> {
      const result = await pglite.query<R>(sql, [...parameters], { parsers });
      return {
        command: (result.command ?? 'SELECT') as PostgresQueryResult<R>['command'],
        rowCount: result.rowCount ?? result.affectedRows ?? result.rows.length,
        rows: result.rows,
      };
    },
  };

  return {
    connect(): Promise<PostgresPoolClient> {
      if (ended) return Promise.reject(new Error('The embedded database is closed'));
      let release!: () => void;
      const held = new Promise<void>((resolve) => {
        release = resolve;
      });
      const acquired = tail.then(() => {
        let released = false;
        return {
          query: client.query,
          release: () => {
            if (released) return;
            released = true;
            release();
          },
        } as PostgresPoolClient;
      });
      tail = tail.then(() => held);
      return acquired;
    },
    async end(): Promise<void> {
      ended = true;
      await tail;
      await pglite.close();
    },
  };
}
