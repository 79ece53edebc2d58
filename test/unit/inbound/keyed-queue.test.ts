import { describe, expect, it } from 'vitest';
import { createKeyedQueue } from '../../../src/inbound/keyed-queue.ts';

/** A task that waits until released. */
function gate(): { task: () => Promise<void>; release: () => void } {
  let release = () => {};
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  return { task: () => released, release };
}

describe('keyed queue: pending count and waiting for room', () => {
  it('counts tasks queued or running over all keys, and wakes a waiter once below the limit', async () => {
    const queue = createKeyedQueue(() => {});
    const gates = [gate(), gate(), gate()];
    void queue.run('a', gates[0]!.task);
    void queue.run('a', gates[1]!.task);
    void queue.run('b', gates[2]!.task);
    expect(queue.pending).toBe(3);
    expect(queue.size).toBe(2);

    let woken = false;
    const room = queue.whenBelow(2).then(() => {
      woken = true;
    });
    gates[2]!.release();
    await new Promise((resolve) => setImmediate(resolve));
    expect(queue.pending).toBe(2);
    expect(woken).toBe(false);
    gates[0]!.release();
    await room;
    expect(woken).toBe(true);
    expect(queue.pending).toBe(1);
    gates[1]!.release();
    await queue.drain();
    expect(queue.pending).toBe(0);
    await queue.whenBelow(1); // at once
  });

  it('a failing task still frees its place', async () => {
    const errors: string[] = [];
    const queue = createKeyedQueue((error, key) => errors.push(`${key}: ${(error as Error).message}`));
    await queue.run('a', async () => {
      throw new Error('boom');
    });
    expect(queue.pending).toBe(0);
    expect(errors).toEqual(['a: boom']);
  });
});
