import fs from 'node:fs';
import { Queue } from 'bullmq';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { QUEUE_PREFIX } from '../../src/messaging/queue/names.ts';
import { freePort, waitFor } from '../harness/free-port.ts';
import { createTestDatabase } from '../harness/postgres.ts';
import { type RedisServer, startRedis } from '../harness/redis.ts';
import { getJson, spawnRole } from '../harness/spawn-role.ts';

vi.setConfig({ testTimeout: 90_000 });

/** The scale-out path: a gateway and a worker as separate processes sharing one PostgreSQL and one Redis. */
describe('npm run gateway and npm run worker against shared PostgreSQL and Redis', () => {
  let database: { url: string; drop: () => Promise<void> };
  let redis: RedisServer;

  beforeAll(async () => {
    database = await createTestDatabase(inject('postgresUrl'), 'scale');
    redis = await startRedis();
  });
  afterAll(async () => {
    await redis?.destroy();
    await database?.drop();
  });

  it('the gateway is ready, the worker relays outbox rows, both stop cleanly', async () => {
    const port = await freePort();
    const env = { DATABASE_URL: database.url, REDIS_URL: redis.url, PORT: String(port) };
    const gateway = spawnRole('src/app/gateway.ts', env);
    const worker = spawnRole('src/app/worker.ts', env);
    try {
      await waitFor('the gateway to be ready', async () => {
        const ready = await getJson(`http://127.0.0.1:${port}/readyz`);
        if (ready.status !== 200) throw new Error(JSON.stringify(ready.body));
      });
      await waitFor('the worker to start', async () => {
        if (!worker.stdout().includes('worker running')) throw new Error('not yet');
      });

      // Both ran migrations at start-up against the same database; the advisory lock kept them apart.
      const client = new pg.Client({ connectionString: database.url });
      await client.connect();
      const { rows: migrations } = await client.query<{ name: string }>(
        'SELECT name FROM kysely_migration ORDER BY name',
      );
      expect(migrations.map((m) => m.name)).toEqual(
        fs
          .readdirSync('migrations')
          .filter((f) => f.endsWith('.ts'))
          .map((f) => f.replace(/\.ts$/, ''))
          .sort(),
      );
      const { rows: regions } = await client.query<{ n: string }>('SELECT count(*) AS n FROM regions');
      expect(Number(regions[0]!.n)).toBe(34 + 3321);

      const { rows } = await client.query<{ id: string }>(
        `INSERT INTO outbox (queue, job_name, payload) VALUES ('fanout', 'vacancy', '{"vacancyId": 7}') RETURNING id`,
      );
      const outboxId = Number(rows[0]!.id);
      await waitFor('the worker to relay the row', async () => {
        const { rows: sent } = await client.query('SELECT sent_at FROM outbox WHERE id = $1', [outboxId]);
        if (!sent[0]?.sent_at) throw new Error('not relayed yet');
      });
      await client.end();

      const queue = new Queue('fanout', { connection: { url: redis.url }, prefix: QUEUE_PREFIX });
      const job = await queue.getJob(`outbox-${outboxId}`);
      expect(job?.name).toBe('vacancy');
      expect(job?.data).toEqual({ vacancyId: 7 });
      await queue.close();

      gateway.child.kill('SIGTERM');
      worker.child.kill('SIGTERM');
      expect((await gateway.exited).code).toBe(0);
      expect((await worker.exited).code).toBe(0);
    } finally {
      gateway.child.kill('SIGKILL');
      worker.child.kill('SIGKILL');
    }
  });
});
