import { Redis } from 'ioredis';
import { describe, expect, it } from 'vitest';
import { approveVacancy } from '../../../../harness/fanout-audience.ts';
import { spawnRole } from '../../../../harness/spawn-role.ts';
import {
  closeAfterTest,
  expectDeliveredOnce,
  openScene,
  RECIPIENTS,
  startWorkerHere,
  untilSent,
  untilSettled,
} from './scene.ts';

/**
 * (c) Redis emptied (FLUSHALL) mid-delivery, then `npm run cli -- reconcile`: exactly once.
 * Its scene and checks: scene.ts.
 */
describe(`delivery faults during a ${RECIPIENTS.toLocaleString('en')}-recipient fan-out (PostgreSQL 15, redis-server, fake Telegram at 1,000/s)`, () => {
  it('(c) Redis flushed mid-delivery, then npm run cli -- reconcile: exactly once', async () => {
    const scene = await openScene();
    const worker = startWorkerHere(scene);
    const started = Date.now();
    await approveVacancy(scene.handle.db, scene.vacancyId, scene.world.officialId);
    await untilSent(scene, Math.round(RECIPIENTS * 0.3));
    const client = new Redis(scene.redis.url);
    await client.flushall();
    await client.quit();
    const sentAtFlush = scene.fake.sent.length;
    // Reconcile puts a row whose job Redis lost back to 'pending'. Run while a worker is still sending a lost job it
    // would let that one message go out twice (src/messaging/queue/reconcile.ts says so); run as the CLI, a process
    // that takes seconds to start, it comes after the sends in flight at the flush have finished, as it would in
    // operation.
    const cli = spawnRole(
      'src/app/cli.ts',
      { DATABASE_URL: scene.databaseUrl, REDIS_URL: scene.redis.url, LOG_LEVEL: 'warn' },
      ['reconcile'],
    );
    closeAfterTest(async () => {
      if (cli.child.exitCode === null && cli.child.signalCode === null) cli.child.kill('SIGKILL');
    });
    const exit = await cli.exited;
    expect(exit.code, cli.stderr()).toBe(0);
    expect(Number(/re-queued (\d+) notification/.exec(cli.stdout())?.[1])).toBeGreaterThan(0); // the flush lost jobs
    const counts = await untilSettled(scene);
    const elapsed = Date.now() - started;
    await worker.close();
    expectDeliveredOnce(scene, counts, '(c) FLUSHALL + reconcile');
    console.info(
      `[faults (c) FLUSHALL + reconcile] flushed after ${sentAtFlush} sent; ${cli.stdout().trim()}; all delivered ${elapsed} ms after the approval`,
    );
  });
});
