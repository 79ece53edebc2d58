import type { PostgresPool, PostgresPoolClient } from 'kysely';
import type pg from 'pg';

/**
 * A pg pool for Kysely that runs marked statements as named prepared statements. A query whose text starts with
 * `/* prepared:<name> *\/` is prepared once per connection and then only bound and executed: PostgreSQL plans it
 * once instead of on every call. Worth it for the statements run once per message sent (delivery reads each
 * notification with the checks of src/messaging/delivery/liveness.ts; planning that join cost ~0.7 ms, executing it
 * ~0.1 ms). The text after the marker must be the same on every call (values go in as parameters); PGlite ignores the
 * marker.
 */
const MARKER = /^\/\* prepared:([a-z0-9_]+) \*\//;

export function preparedStatementPool(pool: pg.Pool): PostgresPool {
  const wrapped = new WeakMap<pg.PoolClient, PostgresPoolClient>();
  const wrap = (client: pg.PoolClient): PostgresPoolClient => {
    let wrapper = wrapped.get(client);
    if (wrapper === undefined) {
      wrapper = {
        query: ((text: unknown, values?: ReadonlyArray<unknown>) => {
          if (typeof text !== 'string') return client.query(text as pg.Submittable);
          const name = MARKER.exec(text)?.[1];
          return name === undefined
            ? client.query(text, values as unknown[])
            : client.query({ name, text, values: values as unknown[] });
        }) as unknown as PostgresPoolClient['query'],
        release: (destroy?: boolean) => client.release(destroy),
      };
      wrapped.set(client, wrapper);
    }
    return wrapper;
  };
  return {
    connect: async () => wrap(await pool.connect()),
    end: () => pool.end(),
  };
}
