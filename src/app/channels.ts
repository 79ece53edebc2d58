import type { FastifyInstance } from 'fastify';
import type { AnyChannelModule } from '../channels/channel-module.ts';
import { ALL_CHANNELS, settingsOf } from '../channels/registry.ts';
import type { ChannelAdapter } from '../channels/types.ts';
import type { ChannelName, InboundMessage } from '../kernel/message.ts';
import type { Config } from './config.ts';
import { createDialogEngine } from '../engine/run.ts';
import { REGISTRY } from '../features/index.ts';
import type { DialogHandler } from '../engine/dialog-handler.ts';
import { publicBaseUrl } from '../dashboard/base-url.ts';
import { registerWebhookRoutes } from '../http/webhook-routes.ts';
import { createFloodGuard } from '../inbound/flood-guard.ts';
import { createInboundPipeline, type InboundPipeline } from '../inbound/pipeline.ts';
import { createReplySender, type ReplySender } from '../inbound/reply-sender.ts';
import { noteDirectSend } from '../messaging/delivery/pacer.ts';
import type { Logger } from '../logger.ts';
import { type BotNames, learnBotNames } from './bot-names.ts';
import { linkQrRoutes } from '../http/link-qr.ts';
import { ticketQrRoutes } from '../http/ticket-qr.ts';
import type { Services } from './services.ts';
import type { Shutdown } from './shutdown.ts';

/**
 * The channels a configuration turns on (config.channels, from the registry: src/channels/registry.ts), each with
 * its webhook when PUBLIC_URL is set, else its polling loop, and its own routes (the simulator's page).
 * One inbound pipeline for all.
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
  const adapters = createAdapters(config, logger, names, channelsOn(config));
  const routes: Channels['routes'] = [];
  const pollers: Array<() => void> = [];

  const replies = createDirectSender(services, adapters, logger);
  const pipeline = createInboundPipeline({
    db: services.database.db,
    adapters,
    floodGuard: createFloodGuard(services.producer),
    replies,
    // /nhom asks the platform who administers a group, where it can tell (Telegram; Zalo cannot).
    handler:
      handler ??
      createDialogEngine(services.database.db, REGISTRY, {
        groupAdmins: (channel) => adapters[channel]?.isGroupAdmin?.bind(adapters[channel]) ?? null,
        dashboardUrl: publicBaseUrl(config),
        quietHours: config.quietHours,
        botNames: names,
      }),
    logger,
    metrics: services.metrics,
  });
  shutdown.add('inbound messages in flight', () => pipeline.drain());

  if (config.publicUrl !== null) {
    routes.push((app) => registerWebhookRoutes(app, { pipeline, ...webhookSecrets(config) }));
  }
  // The QR codes /malienket sends as photos, by address (src/http/link-qr.ts).
  if (names.telegram) routes.push(linkQrRoutes(names.telegram));
  // The QR code sent with an event ticket (src/http/ticket-qr.ts).
  routes.push(ticketQrRoutes);
  for (const channel of channelsOn(config)) {
    const settings = settingsOf(config, channel);
    const { name } = channel;
    if (config.publicUrl === null && channel.startPolling) {
      const startPolling = channel.startPolling.bind(channel);
      pollers.push(() => {
        const polling = startPolling(settings, {
          logger: logger.child({ channel: name }),
          // A full inbound queue holds the loop: nothing more is fetched (or confirmed) until there is room.
          onUpdate: async (raw) => void (await pipeline.acceptWhenRoom(name, raw)),
        });
        shutdown.add(`${name} polling`, () => polling.stop());
      });
    }
    const adapter = adapters[name];
    if (channel.routes && adapter) {
      const onInbound = async (messages: InboundMessage[]) => void (await pipeline.enqueueWhenRoom(messages));
      routes.push(channel.routes(settings, { adapter, onInbound, publicUrl: config.publicUrl }));
    }
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
 * The adapters a configuration asks for, but for in-process-only channels (the simulator lives with its page).
 * Workers use them to send; the gateway also to receive.
 */
export function createSendAdapters(config: Config, logger: Logger, names: BotNames = {}): Adapters {
  return createAdapters(
    config,
    logger,
    names,
    channelsOn(config).filter((channel) => !channel.inProcessOnly),
  );
}

function channelsOn(config: Config): AnyChannelModule[] {
  return ALL_CHANNELS.filter((channel) => config.channels.includes(channel.name));
}

type Adapters = Partial<Record<ChannelName, ChannelAdapter>>;

function createAdapters(config: Config, logger: Logger, names: BotNames, channels: AnyChannelModule[]): Adapters {
  const adapters: Adapters = {};
  for (const channel of channels) {
    const botName = names[channel.name];
    const context = { logger: logger.child({ channel: channel.name }), ...(botName ? { botName } : {}) };
    adapters[channel.name] = channel.createAdapter(settingsOf(config, channel), context);
  }
  return adapters;
}

/** The configured send rate of each channel that has one, for the delivery workers. */
export function sendRates(config: Config): Partial<Record<ChannelName, number>> {
  const rates: Partial<Record<ChannelName, number>> = {};
  for (const channel of ALL_CHANNELS) {
    if (channel.sendRate) rates[channel.name] = channel.sendRate(settingsOf(config, channel));
  }
  return rates;
}

/** The secret of each channel on that has a webhook (required in webhook mode: checked by loadConfig). */
function webhookSecrets(config: Config): Partial<Record<ChannelName, { secret: string }>> {
  const secrets: Partial<Record<ChannelName, { secret: string }>> = {};
  for (const channel of channelsOn(config)) {
    const secret = channel.webhook?.secret.of(settingsOf(config, channel));
    if (secret) secrets[channel.name] = { secret };
  }
  return secrets;
}

/** The direct send path over some adapters, counted in the metrics. */
export function createDirectSender(services: Services, adapters: Adapters, logger: Logger): ReplySender {
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
