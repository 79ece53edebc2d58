import type { Logger } from '../logger.ts';

/**
 * What to close on the way out, closed in reverse order of opening: stop taking work first (HTTP, relay),
 * then the queue, Redis, the private redis-server and the database last.
 */
export interface Shutdown {
  add(name: string, close: () => Promise<void> | void): void;
  /** Closes everything once; later calls wait for the same run. */
  run(reason: string): Promise<void>;
  readonly started: boolean;
}

/** A step that takes longer than this to close is named in the log at warn. */
export const SLOW_STEP_MS = 1000;

export function createShutdown(logger: Logger, stepTimeoutMs = 8000): Shutdown {
  const steps: { name: string; close: () => Promise<void> | void }[] = [];
  let running: Promise<void> | null = null;

  async function closeStep(step: (typeof steps)[number]): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const started = performance.now();
    try {
      await Promise.race([
        Promise.resolve().then(step.close),
        new Promise((_, reject) => {
          timer = setTimeout(() => reject(new Error(`did not close within ${stepTimeoutMs} ms`)), stepTimeoutMs);
        }),
      ]);
      const ms = Math.round(performance.now() - started);
      // A stop that is not prompt names its culprit, at the level operators read.
      if (ms >= SLOW_STEP_MS) logger.warn({ step: step.name, ms }, 'slow to close');
      else logger.debug({ step: step.name, ms }, 'closed');
    } catch (error) {
      logger.warn({ step: step.name, err: error }, 'could not close cleanly');
    } finally {
      clearTimeout(timer);
    }
  }

  return {
    add(name, close) {
      steps.push({ name, close });
    },
    run(reason) {
      running ??= (async () => {
        logger.info({ reason }, 'shutting down');
        for (const step of [...steps].reverse()) await closeStep(step);
      })();
      return running;
    },
    get started() {
      return running !== null;
    },
  };
}
