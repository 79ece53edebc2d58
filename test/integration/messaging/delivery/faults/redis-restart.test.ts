import { Redis } from 'ioredis';
import { describe, expect, it } from 'vitest';
import { approveVacancy } from '../../../../harness/fanout-audience.ts';
import { expectDeliveredOnce, openScene, RECIPIENTS, startWorkerHere, untilSent, untilSettled } from './scene.ts';

/**
 * (b) redis-server restarted mid-delivery on the same port, with its append-only data: exactly once.
 * Its scene and checks: scene.ts.
 */
describe(`delivery faults during a ${RECIPIENTS.toLocaleString('en')}-recipient fan-out (PostgreSQL 15, redis-server, fake Telegram at 1,000/s)`, () => {
  it('(b) redis-server restarted mid-delivery (same port, with its append-only data): exactly once', async () => {
    const scene = await openScene({ appendonly: true });
    const worker = startWorkerHere(scene);
    const started = Date.now();
    await approveVacancy(scene.handle.db, scene.vacancyId, scene.world.officialId);
    await untilSent(scene, Math.round(RECIPIENTS * 0.3));
    await scene.redis.stop();
    const sentWhileDown = scene.fake.sent.length;
    // An outage longer than a send (jobs in flight lose Redis mid-job), far shorter than a job's 30 s lock.
    await new Promise((resolve) => setTimeout(resolve, 3000));
    await scene.redis.start();
    const client = new Redis(scene.redis.url);
    const keysKept = await client.dbsize();
    client.disconnect();
    expect(keysKept).toBeGreaterThan(0); // it came back with its queues
    const counts = await untilSettled(scene);
    const elapsed = Date.now() - started;
    await worker.close();
    expectDeliveredOnce(scene, counts, '(b) Redis restart');
    console.info(
      `[faults (b) Redis restart] restarted after ${sentWhileDown} sent; all delivered ${elapsed} ms after the approval`,
    );
  });
});
