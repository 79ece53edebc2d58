import os from 'node:os';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type DatabaseHandle, openDatabase } from '../../../src/db/connect.ts';
import { createTestDatabase } from '../../harness/postgres.ts';

/**
 * Statements marked `/* prepared:<name> *\/` run as named prepared statements on PostgreSQL (src/db/prepared-pool.ts).
 */
describe('prepared statements on PostgreSQL', () => {
  let handle: DatabaseHandle;
  let drop: () => Promise<void>;
  beforeAll(async () => {
    const database = await createTestDatabase(inject('postgresUrl'));
    drop = database.drop;
    handle = await openDatabase({ databaseUrl: database.url, dataDir: os.tmpdir(), poolSize: 1 });
  });
  afterAll(async () => {
    await handle.close();
    await drop();
  });

  it('prepares a marked statement once per connection and binds new values each time', async () => {
    const twice = async (n: number) =>
      (await sql<{ n: number }>`/* prepared:test_double */ SELECT ${n}::int * 2 AS n`.execute(handle.db)).rows[0]?.n;
    expect(await twice(2)).toBe(4);
    expect(await twice(21)).toBe(42);
    const { rows } = await sql<{ name: string }>`SELECT name FROM pg_prepared_statements`.execute(handle.db);
    expect(rows.map((r) => r.name)).toEqual(['test_double']);
  });

  it('leaves unmarked statements and transactions as they were', async () => {
    const result = await handle.db
      .transaction()
      .execute(async (trx) => (await sql<{ v: string }>`SELECT 'ok' AS v`.execute(trx)).rows[0]?.v);
    expect(result).toBe('ok');
    const { rows } = await sql<{ n: number }>`SELECT count(*)::int AS n FROM pg_prepared_statements`.execute(handle.db);
    expect(rows[0]?.n).toBe(1);
  });
});
