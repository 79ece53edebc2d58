import type { ChannelAdapter } from '../channels/types.ts';
import type { ChannelName } from '../kernel/message.ts';
import type { ReplySender } from '../inbound/reply-sender.ts';
import type { Logger } from '../logger.ts';
import { startNoticeWorker } from '../messaging/workers/notify.ts';
import { type Delivery, startDelivery } from '../messaging/workers/deliver.ts';
import { startScheduleWorker } from '../messaging/workers/schedule.ts';
import { POSTGRES_PARALLELISM, startFanoutWorker } from '../messaging/workers/fanout.ts';
import type { Config } from './config.ts';
import { registerSchedules } from '../messaging/schedule/schedulers.ts';
import { reconcile } from '../messaging/queue/reconcile.ts';
import { reconcileAtStart } from './reconcile-at-start.ts';
import { watchForRedisLoss } from './redis-loss-watch.ts';
import type { Services } from './services.ts';
import type { Shutdown } from './shutdown.ts';
import { REGISTRY } from '../features/index.ts';
import { syncChatCommands } from '../messaging/workers/chat-commands.ts';
import { commandMenuFor, setDefaultCommands } from './chat-commands.ts';

/** The queue processors a process runs, over the channels it can send on. */
export function startQueueWorkers(
  services: Services,
  adapters: Partial<Record<ChannelName, ChannelAdapter>>,
  replies: ReplySender,
  logger: Logger,
  shutdown: Shutdown,
): void {
  const channels = Object.keys(adapters) as ChannelName[];
  const notifyLogger = logger.child({ worker: 'notify' });
  const notices = startNoticeWorker({
    db: services.database.db,
    redisUrl: services.redisUrl,
    replies,
    channels,
    logger: notifyLogger,
    chatCommands: (data) =>
      syncChatCommands({ db: services.database.db, adapters, menuFor: commandMenuFor, logger: notifyLogger }, data),
  });
  void setDefaultCommands(adapters, logger);
  shutdown.add('notice worker', () => notices.close());
  // Redis may have lost work while we were down (wiped, restored from a snapshot): put it back.
  void reconcileAtStart(services, logger, shutdown);
  // … and if it loses it while we run, put it back then, schedulers included.
  const log = logger.child({ task: 'reconcile' });
  const watch = watchForRedisLoss(
    services.producer,
    async () => {
      const result = await reconcile({ db: services.database.db, queues: services.queues, logger: log });
      await registerSchedules(services.queues.schedule);
      log.info({ notificationsRequeued: result.notificationsRequeued }, 'reconciled after redis lost its data');
    },
    log,
  );
  shutdown.add('redis loss watch', () => watch.stop());
}

/**
 * The timing rules (src/messaging/workers/schedule.ts): its job schedulers upserted (idempotent on every start) and its
 * processor.
 */
export async function startScheduler(
  services: Services,
  config: Config,
  logger: Logger,
  shutdown: Shutdown,
): Promise<void> {
  await registerSchedules(services.queues.schedule);
  const scheduler = startScheduleWorker({
    db: services.database.db,
    redisUrl: services.redisUrl,
    quietHours: config.quietHours,
    retentionDays: config.retentionDays,
    logger: logger.child({ worker: 'schedule' }),
  });
  shutdown.add('schedule worker', () => scheduler.close());
}

/**
 * Delivery (src/messaging/workers/deliver.ts): per channel this process can send on, the feeder and the rate-limited
 * worker. Rates are shared by all processes; nothing is sent inside QUIET_HOURS. Returns it so a fan-out can wake it.
 */
export function startDeliveryWorkers(
  services: Services,
  config: Config,
  adapters: Partial<Record<ChannelName, ChannelAdapter>>,
  logger: Logger,
  shutdown: Shutdown,
): Delivery {
  const delivery = startDelivery({
    db: services.database.db,
    redisUrl: services.redisUrl,
    kinds: REGISTRY.notificationKinds,
    adapters,
    rates: { telegram: config.telegram.sendRate, zalo: config.zalo.sendRate },
    quietHours: config.quietHours,
    logger: logger.child({ worker: 'deliver' }),
    metrics: services.metrics,
  });
  shutdown.add('delivery', () => delivery.close());
  return delivery;
}

/**
 * The fan-out (src/messaging/workers/fanout.ts): approved vacancies and due broadcasts become notification rows,
 * written by the delivery rules of the config; the delivery is woken as soon as rows are there.
 */
export function startFanout(
  services: Services,
  config: Config,
  delivery: Pick<Delivery, 'wake'> | null,
  logger: Logger,
  shutdown: Shutdown,
): void {
  const fanout = startFanoutWorker({
    db: services.database.db,
    jobs: REGISTRY.fanoutJobs,
    redisUrl: services.redisUrl,
    rules: { quietHours: config.quietHours, alertsPerDay: config.alertsPerDay },
    parallelism: services.database.kind === 'postgres' ? POSTGRES_PARALLELISM : 1,
    logger: logger.child({ worker: 'fanout' }),
    onFannedOut: () => delivery?.wake(),
  });
  shutdown.add('fan-out worker', () => fanout.close());
}
