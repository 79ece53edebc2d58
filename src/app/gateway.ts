import { assertPortFree, startHttpServer } from './http-server.ts';
import { createChannels } from './channels.ts';
import { runProcess } from './run.ts';
import { openServices } from './services.ts';
import { requireSharedStores } from './startup-errors.ts';

/** npm run gateway: HTTP and channels only; stateless, so any number can run behind a load balancer. */
runProcess('gateway', async ({ config, logger, shutdown }) => {
  requireSharedStores('gateway', config);
  await assertPortFree(config.port, config.httpHost);
  const services = await openServices(config, logger, shutdown);
  const channels = await createChannels(config, services, logger, shutdown);
  const address = await startHttpServer(config, services, logger, shutdown, channels.routes);
  channels.startPolling();
  logger.info({ address, channels: channels.names, mode: config.publicUrl ? 'webhook' : 'polling' }, 'gateway running');
});
