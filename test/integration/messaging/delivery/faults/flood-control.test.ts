import { describe, expect, it } from 'vitest';
import { approveVacancy } from '../../../../harness/fanout-audience.ts';
import {
  expectDeliveredOnce,
  openScene,
  RECIPIENTS,
  sendRequests,
  startWorkerHere,
  untilSent,
  untilSettled,
} from './scene.ts';

/**
 * (e) the fake puts the bot under flood control every 4 s (429, retry_after = 1, for 1 s): no 429 but the forced ones,
 * exactly once.
 * Its scene and checks: scene.ts.
 */
describe(`delivery faults during a ${RECIPIENTS.toLocaleString('en')}-recipient fan-out (PostgreSQL 15, redis-server, fake Telegram at 1,000/s)`, () => {
  it('(e) 429 flood control in bursts (retry_after = 1 for 1 s, every 4 s): no 429 but the forced ones, exactly once', async () => {
    const scene = await openScene();
    const worker = startWorkerHere(scene);
    const started = Date.now();
    await approveVacancy(scene.handle.db, scene.vacancyId, scene.world.officialId);
    await untilSent(scene, Math.round(RECIPIENTS * 0.1));
    scene.fake.floodWait(1);
    const bursts = setInterval(() => scene.fake.floodWait(1), 4000);
    let counts: Record<string, number>;
    try {
      counts = await untilSettled(scene);
    } finally {
      clearInterval(bursts);
    }
    const elapsed = Date.now() - started;
    await worker.close();
    expectDeliveredOnce(scene, counts, '(e) 429 bursts');
    const { forced } = scene.fake.tooManyRequests;
    const refusedPerBurst = scene.fake.floods.map((f) => f.refused.length);
    expect(forced).toBeGreaterThan(0);
    // Every refused request was a forced 429: nothing else (no rate 429, no error) came back.
    expect(sendRequests(scene.fake) - scene.fake.sent.length).toBe(forced);
    expect(refusedPerBurst.reduce((a, b) => a + b, 0)).toBe(forced);
    // retry_after was honoured: a message refused in a burst was not tried again inside that burst (the channel
    // paused at the first 429; only sends already on their way met the rest of the burst).
    for (const flood of scene.fake.floods) expect(new Set(flood.refused).size).toBe(flood.refused.length);
    console.info(
      `[faults (e) 429 bursts] ${refusedPerBurst.length} bursts, 429s in each: ${refusedPerBurst.join(', ')}; all delivered ${elapsed} ms after the approval`,
    );
  });
});
