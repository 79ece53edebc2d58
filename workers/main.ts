import { createDirectSender, createSendAdapters } from '../src/process/channels.ts';
import { runProcess } from '../src/process/run.ts';
import { startDeliveryWorkers, startFanout, startQueueWorkers, startScheduler } from '../src/process/workers.ts';
import { openServices, startRelay } from '../src/process/services.ts';
import { requireSharedStores } from '../src/process/startup-errors.ts';

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
