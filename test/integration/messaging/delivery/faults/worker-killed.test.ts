import { describe, expect, it } from 'vitest';
import { approveVacancy } from '../../../../harness/fanout-audience.ts';
import {
  expectDeliveredOnce,
  IN_FLIGHT,
  openScene,
  RECIPIENTS,
  spawnWorker,
  untilRunning,
  untilSent,
  untilSettled,
} from './scene.ts';

/**
 * (a) the worker process (src/app/worker.ts, what `npm run worker` runs) killed with SIGKILL mid-delivery and started
 * again: nothing lost, a repeat only for a send in flight. The new process finds the dead one's jobs with BullMQ's
 * stalled-job check (lock 30 s, checked every 30 s: the production settings), so this case takes the longest.
 * Its scene and checks: scene.ts.
 */
describe(`delivery faults during a ${RECIPIENTS.toLocaleString('en')}-recipient fan-out (PostgreSQL 15, redis-server, fake Telegram at 1,000/s)`, () => {
  it('(a) the worker process killed with SIGKILL mid-delivery and started again: nothing lost, a repeat only for a send in flight', async () => {
    const scene = await openScene();
    const first = spawnWorker(scene);
    await untilRunning(first);
    const started = Date.now();
    await approveVacancy(scene.handle.db, scene.vacancyId, scene.world.officialId);
    await untilSent(scene, Math.round(RECIPIENTS * 0.3));
    first.child.kill('SIGKILL');
    expect((await first.exited).signal).toBe('SIGKILL');
    // What the dead process left 'queued': its window of jobs, and the sends it had started but not recorded.
    const queued = await scene.handle.db
      .selectFrom('notifications as n')
      .innerJoin('channel_identities as ci', 'ci.id', 'n.identity_id')
      .select('ci.chat_id')
      .where('n.kind', '=', 'vacancy')
      .where('n.ref_id', '=', scene.vacancyId)
      .where('n.status', '=', 'queued')
      .execute();
    const queuedChats = new Set(queued.map((r) => r.chat_id));
    const sentByFirst = scene.fake.sent.slice();
    const unrecorded = new Set(sentByFirst.filter((m) => queuedChats.has(m.chatId)).map((m) => m.chatId));

    const second = spawnWorker(scene);
    const counts = await untilSettled(scene);
    const elapsed = Date.now() - started;
    second.child.kill('SIGTERM');
    expect((await second.exited).code).toBe(0);

    const result = expectDeliveredOnce(scene, counts, '(a) SIGKILL', IN_FLIGHT);
    // Exactly the messages sent and not recorded when the process died went out a second time, once each.
    expect(result.repeated.map((r) => r.chatId).sort()).toEqual([...unrecorded].sort());
    console.info(
      `[faults (a) SIGKILL] killed after ${sentByFirst.length} messages, ${queuedChats.size} rows left queued, ${unrecorded.size} of them sent but not recorded; ` +
        `repeats: ${result.repeats} (at most ${IN_FLIGHT} in flight); all delivered ${elapsed} ms after the approval`,
    );
  });
});
