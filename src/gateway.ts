import { assertPortFree, startHttpServer } from './process/http-server.ts';
import { runProcess } from './process/run.ts';
import { openServices } from './process/services.ts';
import { requireSharedStores } from './process/startup-errors.ts';

/** npm run gateway: HTTP and channels only; stateless, so any number can run behind a load balancer. */
runProcess('gateway', async ({ config, logger, shutdown }) => {
  requireSharedStores('gateway', config);
  await assertPortFree(config.port);
  const services = await openServices(config, logger, shutdown);
  const address = await startHttpServer(config, services, logger, shutdown);
  logger.info({ address }, 'gateway running');
});
