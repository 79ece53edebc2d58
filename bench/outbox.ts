/**
 * npm run bench:outbox -- [--rows N] [--batch B]
 * Writes N outbox rows in transactions of 100, then times the relay moving them to BullMQ.
 * Database: DATABASE_URL, or a fresh embedded PGlite in a temp dir. Redis: REDIS_URL, or a private redis-server.
 * Prints one JSON line.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { openDatabase } from '../src/db/connect.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { createLogger } from '../src/logger.ts';
import { connectRedis } from '../src/messaging/queue/connection.ts';
import { addToOutbox } from '../src/messaging/queue/outbox.ts';
import { startPrivateRedis } from '../src/messaging/queue/private-redis.ts';
import { closeQueues, createQueues } from '../src/messaging/queue/queues.ts';
import { createOutboxRelay } from '../src/messaging/queue/relay.ts';

const { values } = parseArgs({
  options: { rows: { type: 'string', default: '20000' }, batch: { type: 'string', default: '500' } },
});
const rows = Number(values.rows);
const batchSize = Number(values.batch);
if (!Number.isInteger(rows) || rows <= 0 || !Number.isInteger(batchSize) || batchSize <= 0) {
  process.stderr.write('--rows and --batch must be positive whole numbers\n');
  process.exit(2);
}

const logger = createLogger({ level: 'warn', secrets: [] });
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'knvl-bench-outbox-'));
const database = await openDatabase({ databaseUrl: process.env.DATABASE_URL ?? null, dataDir });
const privateRedis = process.env.REDIS_URL ? null : await startPrivateRedis(dataDir, logger);
const redisUrl = process.env.REDIS_URL ?? privateRedis!.url;
const producer = connectRedis(redisUrl, 'producer', logger);
const queues = createQueues(producer);
try {
  await migrateToLatest(database.db);
  await queues.fanout.obliterate({ force: true });
  await database.db.deleteFrom('outbox').execute();

  const writeStarted = performance.now();
  for (let i = 0; i < rows; i += 100) {
    await database.db.transaction().execute((trx) =>
      addToOutbox(
        trx,
        Array.from({ length: Math.min(100, rows - i) }, (_, k) => ({
          queue: 'fanout' as const,
          name: 'bench',
          payload: { n: i + k },
        })),
      ),
    );
  }
  const writeMs = performance.now() - writeStarted;

  const relay = createOutboxRelay({ db: database.db, queues, logger, batchSize });
  const relayStarted = performance.now();
  let moved = 0;
  while (moved < rows) moved += await relay.relayOnce();
  const relayMs = performance.now() - relayStarted;
  const waiting = await queues.fanout.getWaitingCount();

  process.stdout.write(
    `${JSON.stringify({
      bench: 'outbox.relay',
      database: database.kind,
      rows,
      batchSize,
      writeMs: Math.round(writeMs),
      writeRowsPerSec: Math.round(rows / (writeMs / 1000)),
      relayMs: Math.round(relayMs),
      relayRowsPerSec: Math.round(rows / (relayMs / 1000)),
      jobsInQueue: waiting,
      node: process.version,
    })}\n`,
  );
} finally {
  await closeQueues(queues);
  producer.disconnect();
  await privateRedis?.stop();
  await database.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
}
