import type { Logger } from '../logger.ts';
import { reconcile } from '../messaging/queue/reconcile.ts';
import type { Services } from './services.ts';
import type { Shutdown } from './shutdown.ts';

/**
 * Every process that runs workers reconciles once when it starts (src/messaging/queue/reconcile.ts), in the background:
 * the workers start at once, and reconcile is safe alongside them. It logs its counts; a failure (Redis or the database
 * away) is logged and left for the next start or `npm run cli -- reconcile`. Shutdown stops it between batches.
 */
export function reconcileAtStart(services: Services, logger: Logger, shutdown: Shutdown): Promise<void> {
  const stop = new AbortController();
  const log = logger.child({ task: 'reconcile' });
  const running = reconcile({
    db: services.database.db,
    queues: services.queues,
    logger: log,
    signal: stop.signal,
  }).then(
    () => undefined,
    (error: unknown) => {
      if (!stop.signal.aborted)
        log.warn(
          { err: error },
          'reconcile at start failed; run npm run cli -- reconcile once Redis and the database answer',
        );
    },
  );
  shutdown.add('reconcile', async () => {
    stop.abort();
    await running;
  });
  return running;
}
