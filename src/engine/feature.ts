import type { Kysely, Transaction } from 'kysely';
import type { z } from 'zod';
import type { ChatIdentity } from '../db/identities.ts';
import type { Channel, Database } from '../db/schema.ts';
import type { Lang, Messages } from '../kernel/i18n/index.ts';
import type { ChannelName } from '../kernel/message.ts';
import type { Audience } from '../kernel/roles.ts';
import type { NotificationKind } from '../messaging/delivery/notification-kind.ts';
import type { DialogInput } from './dialog-handler.ts';
import type { FeatureIntent } from './intents.ts';
import type { BaseContext, BeginHints, EffectRequest, FlowState, StepInput, StepResult } from './types.ts';

/**
 * A feature module: everything one capability adds to the bot, declared in its own folder (src/features/<name>/)
 * and registered by one line in src/features/index.ts. The engine, the command map, the menu, the effect dispatch
 * and the delivery's renderers are all derived from that one list. See docs/adding-a-feature.md.
 */
export interface Feature<C extends object = object, E extends EffectRequest = EffectRequest> {
  /** Also the flow's name as stored in dialog_states.flow: never rename a released feature. */
  readonly name: string;
  /** Commands that open the feature from anywhere, with or without the slash and accents. */
  readonly commands?: FeatureCommand;
  /** What people ask for in their own words that this feature does (src/engine/intents.ts). */
  readonly intents?: readonly FeatureIntent[];
  /** Its entry in the home menu. */
  readonly menu?: MenuEntry;
  /** The conversation: pure steps over the base context plus what `load` reads. */
  readonly flow?: FeatureFlow<C, E>;
  /** What the flow needs beyond the base context, read only when this feature's flow is the one about to run. */
  readonly load?: Loader<C>;
  /** The writes this feature owns, by effect kind (a flow may ask for any feature's effect). */
  readonly effects?: EffectHandlers;
  /** Answers to the choices of a message sent outside any flow (an alert, a follow-up): where to run them. */
  readonly answers?: (choiceId: string) => Resumption | null;
  /** Handles a message before any flow (a group chat's /nhom); null lets the engine go on. */
  readonly intercept?: Interceptor;
  /** Kinds of notification this feature sends to many people (renderer, liveness, priority). */
  readonly notifications?: readonly NotificationKind[];
  /** Its own catalogue (its messages.ts), so that tooling can list every catalogue. */
  readonly messages?: Messages<Readonly<Record<string, string>>>;
}

export interface FeatureCommand {
  /** The command's words, folded (no accents, lower case, spaces as typed): Vietnamese first, then English. */
  readonly names: readonly string[];
  /** Words may follow the slash command ("/nhom Mèo Vạc", "/thongke thang truoc"). */
  readonly takesArgument?: boolean;
  /** One line for /trogiup and Telegram's "/" menu, which show `names[0]`; a command without it is not listed. */
  readonly describe?: (lang: Lang) => string;
  /** Who it is listed for (default: everyone); it is listed in the narrowest of these groups the person is in. */
  readonly for?: readonly Audience[];
}

export interface MenuEntry {
  /** The choice id: 'menu.register'. */
  readonly id: `menu.${string}`;
  /** Its label, from the feature's own catalogue: `(lang) => t(lang, 'menu.register')`; `count` is 0 without one. */
  readonly label: (lang: Lang, count: number) => string;
  /** Where it stands in the menu, smallest first. */
  readonly order: number;
  /** Who sees it (default: everyone). */
  readonly for?: readonly Audience[];
  /** How many things wait for this person's action ("3 tin chờ duyệt"), read only for those who see the entry. */
  readonly count?: MenuCount;
}

export type MenuCount = (db: Kysely<Database>, personId: number) => Promise<number>;

export interface LoaderArgs {
  db: Kysely<Database>;
  personId: number;
  identity: ChatIdentity;
  /** The flow's stored state, or null when the flow is about to begin. */
  state: FlowState | null;
  now: Date;
  /** The message being answered: its text and the choice it names (a flow may count what the message asks for). */
  text: string | null;
  choiceId: string | null;
  /** Where this service is reached (PUBLIC_URL, or http://localhost:PORT), for the links a flow sends. */
  publicBaseUrl: string;
  /** The bot's name on each channel that said it at start-up (Telegram's username, for t.me links). */
  botNames?: Readonly<Partial<Record<ChannelName, string>>>;
  /** What the person already said, when the flow is about to begin with it (src/engine/types.ts BeginHints). */
  hints?: BeginHints;
}

export type Loader<C extends object> = (args: LoaderArgs) => Promise<C>;

export interface FeatureFlow<C extends object = object, E extends EffectRequest = EffectRequest> {
  /** Every step the flow may store (the engine's tests fire the worst inputs at each). */
  readonly steps: readonly string[];
  /**
   * The answers stored between steps, validated whenever they are read back (an old state, a bug): data that does
   * not fit starts the flow afresh instead of reaching a step. Fields should `.catch()` their own defaults, so one
   * bad field is asked again rather than losing the rest.
   */
  readonly data: z.ZodType<Record<string, unknown>>;
  /** Steps whose typed answer is naturally longer than the engine's default limit, with their own limit. */
  readonly answerLimits?: Readonly<Partial<Record<string, number>>>;
  /** The first question (or a refusal, e.g. a flow the person cannot use); `hints`: what the person already said. */
  begin(context: BaseContext & C, hints?: BeginHints): StepResult<E>;
  /**
   * The answer to the step. Given nothing (text null and no choice: a photo, a sticker), a step asks its question
   * again as a miss; the engine uses that reprompt, with its own first line, to re-ask after an answer too long.
   */
  step(state: FlowState, input: StepInput, context: BaseContext & C): StepResult<E>;
}

/** Who asked for an effect: the person, on the channel they wrote from. */
export interface Actor {
  personId: number;
  channel: Channel;
}

/**
 * What an effect did. A refusal (decided elsewhere meanwhile, no longer within scope, not the person's own) is told
 * to the person in place of the step's first reply, which by convention says what the step did.
 */
export type EffectOutcome = { ok: true } | { ok: false; tell: (lang: Lang) => string };

export const DONE: EffectOutcome = { ok: true };

export type EffectHandler<E extends EffectRequest = EffectRequest> = (
  trx: Transaction<Database>,
  actor: Actor,
  effect: E,
) => Promise<EffectOutcome>;

/** Handlers by effect kind; each receives its own kind's effect. */
export type EffectHandlers = { readonly [kind: string]: EffectHandler<never> };

/** Builds a handler map typed by an effect union: one handler per kind, each given its own kind's effect. */
export function effectHandlers<E extends EffectRequest>(
  handlers: { readonly [K in E['kind']]: EffectHandler<Extract<E, { kind: K }>> },
): EffectHandlers {
  return handlers as unknown as EffectHandlers;
}

/** Where a notification's answer runs: a state of the feature's flow, with the answer as that step's input. */
export interface Resumption {
  state: FlowState;
  input: StepInput;
}

export type Interceptor = (
  db: Kysely<Database>,
  input: DialogInput,
  services: InterceptServices,
) => Promise<import('../kernel/message.ts').OutboundMessage[] | null>;

export interface InterceptServices {
  /** Asks a channel whether a user administers a group; null where the platform cannot tell. */
  groupAdmins?: (channel: ChannelName) => ((chatId: string, userId: string) => Promise<boolean>) | null;
}

/**
 * Declares a feature. A flow that needs more than the base context (`C`) must come with the loader that reads it:
 * leaving `load` out is a type error here, not a refusal at run time.
 */
export function defineFeature<C extends object = object, E extends EffectRequest = EffectRequest>(
  feature: Feature<C, E> & (object extends C ? unknown : { readonly load: Loader<C> }),
): Feature<C, E> {
  return feature;
}

// biome-ignore lint/suspicious/noExplicitAny: a list holds features of every context and effect type
export type AnyFeature = Feature<any, any>;
