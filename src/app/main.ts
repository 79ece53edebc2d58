import { assertPortFree, startHttpServer } from './http-server.ts';
import { createChannels } from './channels.ts';
import { startCliEndpoint } from './cli-endpoint.ts';
import { runProcess } from './run.ts';
import { openServices, startRelay } from './services.ts';
import { startDeliveryWorkers, startFanout, startQueueWorkers, startScheduler } from './workers.ts';

/** npm start: everything in one process (HTTP, channels, outbox relay, workers) on embedded defaults. */
runProcess('all-in-one', async ({ config, logger, shutdown }) => {
  await assertPortFree(config.port, config.httpHost);
  const services = await openServices(config, logger, shutdown);
  await startCliEndpoint(config, services, logger, shutdown);
  const channels = await createChannels(config, services, logger, shutdown);
  startRelay(services, logger, shutdown);
  startQueueWorkers(services, channels.adapters, channels.replies, logger, shutdown);
  const delivery = startDeliveryWorkers(services, config, channels.adapters, logger, shutdown);
  startFanout(services, config, delivery, logger, shutdown);
  await startScheduler(services, config, logger, shutdown);
  const address = await startHttpServer(config, services, logger, shutdown, channels.routes);
  channels.startPolling();
  logger.info(
    {
      address,
      database: services.database.kind,
      redis: config.redisUrl ? 'external' : 'private',
      channels: channels.names,
      mode: config.publicUrl ? 'webhook' : 'polling',
    },
    'Kết Nối Việc Làm is running',
  );
});
