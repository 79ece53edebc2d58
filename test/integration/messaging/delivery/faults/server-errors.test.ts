import { describe, expect, it } from 'vitest';
import { approveVacancy } from '../../../../harness/fanout-audience.ts';
import { startFlakyProxy } from '../../../../harness/flaky-proxy.ts';
import { closeAfterTest, expectDeliveredOnce, openScene, RECIPIENTS, startWorkerHere, untilSettled } from './scene.ts';

/**
 * (d) 20 % of the send calls answered 500: retried until exactly once.
 * Its scene and checks: scene.ts.
 */
describe(`delivery faults during a ${RECIPIENTS.toLocaleString('en')}-recipient fan-out (PostgreSQL 15, redis-server, fake Telegram at 1,000/s)`, () => {
  it('(d) 20 % of the send calls answered 500: retried until exactly once', async () => {
    const scene = await openScene();
    const proxy = await startFlakyProxy(scene.fake.apiRoot, { failureRate: 0.2, seed: 5 });
    closeAfterTest(() => proxy.close());
    // The back-off is shortened (50 ms doubling to 1 s instead of 1 s to 60 s) so the few unlucky messages that fail
    // four or five times in a row do not hold the test for minutes; the attempts (10) are the production ones.
    const worker = startWorkerHere(scene, { apiRoot: proxy.url, delivery: { retryBaseMs: 50, retryCapMs: 1000 } });
    const started = Date.now();
    await approveVacancy(scene.handle.db, scene.vacancyId, scene.world.officialId);
    const counts = await untilSettled(scene);
    const elapsed = Date.now() - started;
    await worker.close();
    expectDeliveredOnce(scene, counts, '(d) 20 % 5xx');
    expect(proxy.failed).toBeGreaterThan(RECIPIENTS * 0.15);
    const attempts = await scene.handle.db
      .selectFrom('notifications')
      .select((eb) => eb.fn.sum<number>('attempts').as('n'))
      .where('kind', '=', 'vacancy')
      .where('ref_id', '=', scene.vacancyId)
      .executeTakeFirstOrThrow();
    expect(Number(attempts.n)).toBe(RECIPIENTS + proxy.failed);
    console.info(
      `[faults (d) 20 % 5xx] ${proxy.failed} answered 500 by the proxy; all delivered ${elapsed} ms after the approval`,
    );
  });
});
