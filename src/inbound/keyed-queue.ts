/**
 * Runs tasks one after another per key (a chat), and tasks of different keys concurrently.
 * Keeps replies to one chat in order without making any chat wait for another.
 */
export interface KeyedQueue {
  run(key: string, task: () => Promise<void>): Promise<void>;
  /** Resolves when every queued task has finished. */
  drain(): Promise<void>;
  readonly size: number;
}

export function createKeyedQueue(onError: (error: unknown, key: string) => void): KeyedQueue {
  const tails = new Map<string, Promise<void>>();
  return {
    run(key, task) {
      const previous = tails.get(key) ?? Promise.resolve();
      const next = previous.then(task).catch((error: unknown) => onError(error, key));
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
  };
}
