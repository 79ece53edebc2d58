import type { FastifyInstance } from 'fastify';
import { createSimulatorAdapter } from '../channels/simulator/adapter.ts';
import { createTelegramAdapter } from '../channels/telegram/adapter.ts';
import { startTelegramPolling } from '../channels/telegram/polling.ts';
import type { ChannelAdapter } from '../channels/types.ts';
import type { ChannelName } from '../kernel/message.ts';
import { createZaloAdapter, createZaloClient, startZaloPolling } from '../channels/zalo/index.ts';
import type { Config } from './config.ts';
import { createDialogEngine } from '../dialogs/engine/run.ts';
import { FLOWS } from '../dialogs/flows/index.ts';
import type { DialogHandler } from '../dialogs/types.ts';
import { publicBaseUrl } from '../dashboard/base-url.ts';
import { registerSimulatorRoutes } from '../http/simulator-routes.ts';
import { registerWebhookRoutes } from '../http/webhook-routes.ts';
import { createFloodGuard } from '../inbound/flood-guard.ts';
import { createInboundPipeline, type InboundPipeline } from '../inbound/pipeline.ts';
import { createReplySender, type ReplySender } from '../inbound/reply-sender.ts';
import { noteDirectSend } from '../messaging/delivery/pacer.ts';
import type { Logger } from '../logger.ts';
import { type BotNames, learnBotNames } from './bot-names.ts';
import type { Services } from './services.ts';
import type { Shutdown } from './shutdown.ts';

/**
 * The channels a configuration asks for: Telegram and Zalo when their tokens are set (webhooks when PUBLIC_URL
 * is set, else polling), the simulator when no real channel is set or SIMULATOR=1. One inbound pipeline for all.
 */
export interface Channels {
  adapters: Partial<Record<ChannelName, ChannelAdapter>>;
  /** The direct send path (replies and notices), with retries and unreachable marking. */
  replies: ReplySender;
  pipeline: InboundPipeline;
  /** Routes to add to the HTTP app: webhooks in webhook mode, the simulator page when it is on. */
  routes: Array<(app: FastifyInstance) => void>;
  /** Starts long polling for channels not in webhook mode (call once HTTP is up). */
  startPolling(): void;
  names: ChannelName[];
}

export async function createChannels(
  config: Config,
  services: Services,
  logger: Logger,
  shutdown: Shutdown,
  handler?: DialogHandler,
): Promise<Channels> {
  const names = await learnBotNames(config, logger);
  const adapters: Partial<Record<ChannelName, ChannelAdapter>> = {};
  const routes: Channels['routes'] = [];
  const pollers: Array<() => void> = [];
  const webhookMode = config.publicUrl !== null;

  const zaloClient = config.zalo.token ? createZaloClient({ token: config.zalo.token, apiRoot: config.zalo.apiRoot }) : null;
  Object.assign(adapters, createSendAdapters(config, logger, names, zaloClient));
  const simulator = config.simulator ? createSimulatorAdapter() : null;
  if (simulator) adapters.simulator = simulator;

  const replies = createDirectSender(services, adapters, logger);
  const pipeline = createInboundPipeline({
    db: services.database.db,
    adapters,
    floodGuard: createFloodGuard(services.producer),
    replies,
    // /nhom asks the platform who administers a group, where it can tell (Telegram; Zalo cannot).
    handler: handler ?? createDialogEngine(services.database.db, FLOWS, {
      groupAdmins: (channel) => adapters[channel]?.isGroupAdmin?.bind(adapters[channel]) ?? null,
      dashboardUrl: publicBaseUrl(config),
      quietHours: config.quietHours,
    }),
    logger,
    metrics: services.metrics,
  });
  shutdown.add('inbound messages in flight', () => pipeline.drain());

  if (webhookMode) {
    routes.push((app) =>
      registerWebhookRoutes(app, {
        pipeline,
        ...(config.telegram.token && config.telegram.webhookSecret ? { telegram: { secret: config.telegram.webhookSecret } } : {}),
        ...(config.zalo.token && config.zalo.webhookSecret ? { zalo: { secret: config.zalo.webhookSecret } } : {}),
      }),
    );
  } else {
    if (config.telegram.token) {
      const token = config.telegram.token;
      pollers.push(() => {
        const polling = startTelegramPolling({
          token,
          apiRoot: config.telegram.apiRoot,
          logger: logger.child({ channel: 'telegram' }),
          // A full inbound queue holds the loop: nothing more is fetched (or confirmed) until there is room.
          onUpdate: async (raw) => void (await pipeline.acceptWhenRoom('telegram', raw)),
        });
        shutdown.add('telegram polling', () => polling.stop());
      });
    }
    if (zaloClient) {
      pollers.push(() => {
        const polling = startZaloPolling({
          client: zaloClient,
          logger: logger.child({ channel: 'zalo' }),
          // A full inbound queue holds the loop: nothing more is fetched until there is room.
          onUpdate: async (raw) => void (await pipeline.acceptWhenRoom('zalo', raw)),
        });
        shutdown.add('zalo polling', () => polling.stop());
      });
    }
  }
  if (simulator) {
    routes.push((app) => registerSimulatorRoutes(app, {
        adapter: simulator,
        onInbound: async (messages) => void (await pipeline.enqueueWhenRoom(messages)),
        token: config.simulatorToken,
        publicHttps: config.publicUrl?.startsWith('https:') ?? false,
      }));
  }

  return {
    adapters,
    replies,
    pipeline,
    routes,
    names: Object.keys(adapters) as ChannelName[],
    startPolling() {
      for (const start of pollers) start();
    },
  };
}

/**
 * The Telegram and Zalo adapters a configuration asks for (the simulator lives only with its web page).
 * Workers use them to send; the gateway also to receive.
 */
export function createSendAdapters(config: Config, logger: Logger, names: BotNames = {}, zaloClient = config.zalo.token ? createZaloClient({ token: config.zalo.token, apiRoot: config.zalo.apiRoot }) : null): Partial<Record<ChannelName, ChannelAdapter>> {
  const adapters: Partial<Record<ChannelName, ChannelAdapter>> = {};
  if (zaloClient) adapters.zalo = createZaloAdapter({ client: zaloClient, logger: logger.child({ channel: 'zalo' }), ...(names.zaloName ? { botName: names.zaloName } : {}) });
  if (config.telegram.token) {
    adapters.telegram = createTelegramAdapter({
      token: config.telegram.token,
      apiRoot: config.telegram.apiRoot,
      logger: logger.child({ channel: 'telegram' }),
      ...(names.telegramUsername ? { botUsername: names.telegramUsername } : {}),
    });
  }
  return adapters;
}

/** The direct send path over some adapters, counted in the metrics. */
export function createDirectSender(services: Services, adapters: Partial<Record<ChannelName, ChannelAdapter>>, logger: Logger): ReplySender {
  return createReplySender({
    adapters,
    db: services.database.db,
    logger,
    onSent: (channel) => {
      services.metrics.repliesSent.inc({ channel });
      // Best effort: Redis away must not hold or fail a reply.
      noteDirectSend(services.producer, channel).catch(() => undefined);
    },
    onFailed: (channel, kind) => services.metrics.replyFailures.inc({ channel, kind }),
  });
}
