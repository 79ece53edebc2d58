import type { FastifyInstance } from 'fastify';
import type { EnvSettings } from '../kernel/env.ts';
import type { ChannelName, InboundMessage } from '../kernel/message.ts';
import type { Logger } from '../logger.ts';
import type { ChannelAdapter, SendFailure } from './types.ts';

/**
 * What one channel declares about itself, so that the configuration, the wiring, the webhook routes and the CLI
 * read it from the registry (src/channels/registry.ts) instead of naming channels; modelled on RapidPro courier's
 * RegisterHandler. `Settings` are the channel's typed settings, read from its environment variables.
 */
export interface ChannelModule<
  Name extends ChannelName = ChannelName,
  Settings = unknown,
  Adapter extends ChannelAdapter = ChannelAdapter,
> {
  readonly name: Name;
  /** The platform as people call it, for messages: "Telegram". */
  readonly title: string;
  /** Its environment variables (a contract: PRODUCT.md) and the typed settings they give. */
  readonly settings: EnvSettings<Settings>;
  /** The variable that turns the channel on, for messages ("set TELEGRAM_BOT_TOKEN"). */
  readonly switchVariable: string;
  /**
   * Whether the settings turn the channel on. null: they do not say; the channel is then on only for a local
   * try-out (no other channel on and no PUBLIC_URL).
   */
  turnedOn(settings: Settings): boolean | null;
  /** It lives only in the process that serves its routes (the simulator's page): other processes never send on it. */
  readonly inProcessOnly?: boolean;
  /** When on: whether the HTTP server must listen on loopback only (anyone reaching it could act as anyone). */
  loopbackOnly?(settings: Settings): boolean;
  /** When on: a setting refused in this context (a public server), as the variable and what it expects. */
  refuse?(settings: Settings, context: { publicUrl: string | null }): ConfigProblem | null;

  /** Asks the platform who the bot is, once at start-up (groups address the bot by that name). */
  readonly botName?: BotNameLookup<Settings>;
  createAdapter(settings: Settings, context: AdapterContext): Adapter;
  /** Messages a second the delivery workers may send on it, shared by all processes (TELEGRAM_SEND_RATE). */
  sendRate?(settings: Settings): number;
  /** The platform's send errors → the closed SendFailure set (the adapter uses it; tests hold it to one policy). */
  toSendFailure(error: unknown): SendFailure;
  /** How the platform pushes updates to PUBLIC_URL (webhook mode). */
  readonly webhook?: ChannelWebhook<Settings>;
  /** How updates are fetched without PUBLIC_URL (polling mode). */
  startPolling?(settings: Settings, context: PollingContext): ChannelPolling;
  /** `npm run cli -- webhooks set|delete|info`: each returns the line to print after "<name>: ". */
  readonly webhookCommands?: WebhookCommands<Settings>;
  /** Other routes the channel serves while on, in both modes (the simulator's page). */
  routes?(settings: Settings, context: RoutesContext<Adapter>): (app: FastifyInstance) => void;
}

/** Any channel, its settings unknown: what wiring code iterates over. */
export type AnyChannelModule = ChannelModule<ChannelName, unknown>;

export interface ConfigProblem {
  variable: string;
  expected: string;
}

export interface AdapterContext {
  logger: Logger;
  /** The name learnt from the platform at start-up, when it could be asked. */
  botName?: string;
}

export interface PollingContext {
  logger: Logger;
  /** Called once per update, in order; a polling loop fetches nothing more until it settles. */
  onUpdate: (raw: unknown) => Promise<void>;
}

export interface ChannelPolling {
  /** Ends the loop: aborts the call in flight and lets a running onUpdate finish. */
  stop(): Promise<void>;
}

export interface ChannelWebhook<Settings> {
  /** Where the platform posts: "/webhooks/telegram". */
  readonly path: string;
  /** The header carrying the shared secret, in lower case as Node presents it. */
  readonly secretHeader: string;
  /** Constant-time check of the header's value against the secret; missing or empty is false. */
  verifySecret(given: string | undefined, expected: string): boolean;
  /** A cheap check that a body is an update of this platform at all (else 400); its kind may be one we ignore. */
  looksLikeUpdate(body: unknown): boolean;
  /** Addresses the platform publishes as its own: never rate-limited. */
  trustedSender?(address: string): boolean;
  /** Its secret setting, required in webhook mode. */
  readonly secret: {
    readonly variable: string;
    /** What a good secret looks like. */
    readonly expected: string;
    of(settings: Settings): string | null;
  };
}

export interface WebhookCommands<Settings> {
  set(settings: Settings, url: string, secret: string): Promise<string>;
  delete(settings: Settings): Promise<string>;
  info(settings: Settings): Promise<string>;
}

export interface BotNameLookup<Settings> {
  /** getMe: the bot's name, or undefined when the platform gives none. */
  ask(settings: Settings, timeoutMs: number): Promise<string | undefined>;
  /** Whether a failed ask means the platform rejected the token (the start stops). */
  rejected(error: unknown): boolean;
  /** What works less well without the name, for the warning when the platform cannot be asked just now. */
  withoutIt: string;
}

export interface RoutesContext<Adapter extends ChannelAdapter = ChannelAdapter> {
  /** The adapter made for this process (the simulator's routes receive through it). */
  adapter: Adapter;
  /** Queues inbound messages, waiting while the inbound queue is full. */
  onInbound: (messages: InboundMessage[]) => Promise<void>;
  publicUrl: string | null;
}
