import type { ChannelName, InboundMessage, OutboundMessage } from '../kernel/message.ts';

/**
 * What every channel adapter does (ARCHITECTURE.md principle 3): receive raw updates as the kernel's InboundMessage,
 * send its OutboundMessage (src/kernel/message.ts), and map its platform's failures to one closed set. Each adapter
 * knows its own platform's limits and shapes.
 */
/** The closed set of send failures every adapter maps its platform's errors into. */
export type SendFailure =
  | { kind: 'throttled'; retryAfterMs: number; detail: string }
  | { kind: 'recipient_gone'; detail: string }
  | { kind: 'invalid_recipient'; detail: string }
  | { kind: 'transient'; detail: string }
  | { kind: 'fatal'; detail: string };

export type SendResult = { ok: true; messageIds: string[] } | { ok: false; failure: SendFailure };

export interface ChannelAdapter {
  readonly channel: ChannelName;
  /**
   * Turns one raw update (a webhook body or one polled update) into messages. Never throws: invalid or unknown
   * input gives []. Messages in groups that do not address the bot come back with addressedToBot false.
   */
  receive(raw: unknown): InboundMessage[];
  /** Sends one logical message, splitting or degrading it to fit the platform; maps every error to SendFailure. */
  send(chatId: string, message: OutboundMessage): Promise<SendResult>;
  /** Platform acknowledgement of an inbound message (Telegram answerCallbackQuery); optional. */
  acknowledge?(message: InboundMessage): Promise<void>;
  /**
   * Whether `userId` is the owner or an administrator of the group `chatId`, on platforms that can tell
   * (Telegram: getChatMember). Absent where the platform cannot: the Zalo Bot API has no member or admin call.
   * Never throws: false when the platform says no or cannot be asked.
   */
  isGroupAdmin?(chatId: string, userId: string): Promise<boolean>;
  /**
   * Sets the platform's command menu (Telegram's "/" menu) for a scope: everyone, or one chat. Throws when the
   * platform refuses. Absent where the platform has none (Zalo: its menu is the numbered one).
   */
  setCommands?(scope: CommandScope, menu: CommandMenu): Promise<void>;
}

/** Where a command menu applies: the default for every chat, or one chat (a person with a role). */
export type CommandScope = { kind: 'default' } | { kind: 'chat'; chatId: string };

export interface BotCommand {
  /** Without the slash: "dangky". */
  command: string;
  description: string;
}

/**
 * A command menu: the list for people whatever their app's language, and lists for people whose app is in a given
 * language ("en"). An empty list removes that list (the scope then falls back to a wider one).
 */
export interface CommandMenu {
  commands: readonly BotCommand[];
  byLanguage: Readonly<Record<string, readonly BotCommand[]>>;
}
