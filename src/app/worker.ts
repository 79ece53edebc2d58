import { createDirectSender, createSendAdapters } from './channels.ts';
import { runProcess } from './run.ts';
import { startDeliveryWorkers, startFanout, startQueueWorkers, startScheduler } from './workers.ts';
import { openServices, startRelay } from './services.ts';
import { requireSharedStores } from './startup-errors.ts';

/** npm run worker: the outbox relay and the queue processors; run as many as the load needs. */
runProcess('worker', async ({ config, logger, shutdown }) => {
  requireSharedStores('worker', config);
  const services = await openServices(config, logger, shutdown);
  startRelay(services, logger, shutdown);
  const adapters = createSendAdapters(config, logger);
  startQueueWorkers(services, adapters, createDirectSender(services, adapters, logger), logger, shutdown);
  const delivery = startDeliveryWorkers(services, config, adapters, logger, shutdown);
  startFanout(services, config, delivery, logger, shutdown);
  await startScheduler(services, config, logger, shutdown);
  logger.info('worker running');
});
