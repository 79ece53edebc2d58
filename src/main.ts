import { assertPortFree, startHttpServer } from './process/http-server.ts';
import { runProcess } from './process/run.ts';
import { openServices, startRelay } from './process/services.ts';

/** npm start: everything in one process (HTTP, channels, outbox relay, workers) on embedded defaults. */
runProcess('all-in-one', async ({ config, logger, shutdown }) => {
  await assertPortFree(config.port);
  const services = await openServices(config, logger, shutdown);
  startRelay(services, logger, shutdown);
  const address = await startHttpServer(config, services, logger, shutdown);
  logger.info({ address, database: services.database.kind, redis: config.redisUrl ? 'external' : 'private' }, 'Kết Nối Việc Làm is running');
});
