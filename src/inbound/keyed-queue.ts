/**
 * Runs tasks one after another per key (a chat), and tasks of different keys concurrently.
 * Keeps replies to one chat in order without making any chat wait for another.
 */
export interface KeyedQueue {
  run(key: string, task: () => Promise<void>): Promise<void>;
  /** Resolves when every queued task has finished. */
  drain(): Promise<void>;
  /** Keys with work queued or running. */
  readonly size: number;
  /** Tasks queued or running, over all keys. */
  readonly pending: number;
  /** Resolves once fewer than `limit` tasks are pending (at once if that is already so). */
  whenBelow(limit: number): Promise<void>;
}

export function createKeyedQueue(onError: (error: unknown, key: string) => void): KeyedQueue {
  const tails = new Map<string, Promise<void>>();
  let pending = 0;
  let waiters: Array<{ limit: number; resolve: () => void }> = [];

  function finished(): void {
    pending -= 1;
    const ready = waiters.filter((w) => pending < w.limit);
    if (ready.length === 0) return;
    waiters = waiters.filter((w) => pending >= w.limit);
    for (const waiter of ready) waiter.resolve();
  }

  return {
    run(key, task) {
      pending += 1;
      const previous = tails.get(key) ?? Promise.resolve();
      const next = previous
        .then(task)
        .catch((error: unknown) => onError(error, key))
        .catch(() => undefined)
        .then(finished);
      tails.set(key, next);
      void next.finally(() => {
        if (tails.get(key) === next) tails.delete(key);
      });
      return next;
    },
    async drain() {
      while (tails.size > 0) await Promise.all([...tails.values()]);
    },
    get size() {
      return tails.size;
    },
    get pending() {
      return pending;
    },
    whenBelow(limit) {
      if (pending < limit) return Promise.resolve();
      return new Promise((resolve) => waiters.push({ limit, resolve }));
    },
  };
}
