import type { z } from 'zod';
import type { AnyChannelModule, ChannelWebhook, WebhookCommands } from './channel-module.ts';
import { simulator } from './simulator/index.ts';
import { telegram } from './telegram/index.ts';
import { zalo } from './zalo/index.ts';

/**
 * Every channel, in the order they are configured, started and listed. Adding a channel is one folder that
 * exports its ChannelModule (src/channels/channel-module.ts) and one line here (and its name in ChannelName).
 */
export const CHANNELS = [telegram, zalo, simulator] as const;

type Registered = (typeof CHANNELS)[number];

/** The typed settings of each channel, by name: `config.telegram.token`, `config.simulator.token`. */
export type ChannelSettings = { [M in Registered as M['name']]: z.output<M['settings']['schema']> };

/** The channels as wiring code sees them: settings untyped, taken from the configuration by name. */
export const ALL_CHANNELS: readonly AnyChannelModule[] = CHANNELS;

/** The channels a platform can push updates to (webhook mode), with their webhook. */
export type WebhookChannel = AnyChannelModule & { readonly webhook: ChannelWebhook<unknown> };
export const WEBHOOK_CHANNELS: readonly WebhookChannel[] = ALL_CHANNELS.filter(
  (channel): channel is WebhookChannel => channel.webhook !== undefined,
);

/** The channels `npm run cli -- webhooks` can set up. */
export type CommandChannel = WebhookChannel & { readonly webhookCommands: WebhookCommands<unknown> };
export const COMMAND_CHANNELS: readonly CommandChannel[] = WEBHOOK_CHANNELS.filter(
  (channel): channel is CommandChannel => channel.webhookCommands !== undefined,
);

/** A channel's settings in a configuration (every ChannelName has a module: ChannelSettings would not index else). */
export function settingsOf(config: ChannelSettings, channel: AnyChannelModule): unknown {
  return config[channel.name];
}
