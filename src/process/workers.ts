import type { ChannelAdapter, ChannelName } from '../channels/types.ts';
import type { ReplySender } from '../inbound/reply-sender.ts';
import type { Logger } from '../logger.ts';
import { startNoticeWorker } from '../../workers/notify.ts';
import type { Services } from './services.ts';
import type { Shutdown } from './shutdown.ts';

/** The queue processors a process runs, over the channels it can send on. */
export function startQueueWorkers(services: Services, adapters: Partial<Record<ChannelName, ChannelAdapter>>, replies: ReplySender, logger: Logger, shutdown: Shutdown): void {
  const channels = Object.keys(adapters) as ChannelName[];
  const notices = startNoticeWorker({ db: services.database.db, redisUrl: services.redisUrl, replies, channels, logger: logger.child({ worker: 'notify' }) });
  shutdown.add('notice worker', () => notices.close());
}
