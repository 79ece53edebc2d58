/**
 * The simulator channel: a local web page (and a terminal client) where several people chat with the bot.
 * Inbound, in process: `receive({ user, text?, choiceId? })`, the chat id folded from the name (tests and the
 * harness say "Cán bộ Hùng" and mean one person); over HTTP: `receiveAs(chatId, …)` with the chat id of the
 * sender's session (src/channels/simulator/session.ts), never of a name. Outbound: kept in a short per-chat history
 * and pushed to whoever watches that chat (the page's event stream, the terminal client). No platform, so no
 * length limit.
 */
import { randomUUID } from 'node:crypto';
import type { ChannelAdapter, SendResult } from '../types.ts';
import type { InboundMessage } from '../../kernel/message.ts';
import type { Choice, OutboundMessage } from '../../kernel/message.ts';
import { textWithNumberedChoices } from '../../kernel/message.ts';
import { simulatorChatId } from './identity.ts';
import { parseSimulatorRequest, type SimulatorPost } from './request.ts';

/** One bot message as a simulator client shows it. */
export interface SimulatorEvent {
  id: string;
  /** When it was sent, ISO 8601. */
  at: string;
  /** The text with its choices as numbered lines, exactly as Zalo would show it. */
  text: string;
  /** The same choices, for buttons. */
  choices: Choice[];
  imageUrl?: string;
}

export type SimulatorListener = (event: SimulatorEvent) => void;

export interface SimulatorAdapter extends ChannelAdapter {
  readonly channel: 'simulator';
  /** A message from the person whose chat is `chatId` (the HTTP routes pass their session's chat id). */
  receiveAs(chatId: string, said: Pick<SimulatorPost, 'user' | 'text' | 'choiceId'>): InboundMessage[];
  /** Calls `listener` with every message sent to `chatId` from now on; returns the unsubscribe function. */
  subscribe(chatId: string, listener: SimulatorListener): () => void;
  /** The last messages sent to `chatId`, oldest first (a copy). */
  history(chatId: string): SimulatorEvent[];
  /** How many listeners watch `chatId` (to check that closed streams let go). */
  listenerCount(chatId: string): number;
}

export interface SimulatorAdapterOptions {
  /** Messages kept per chat for replay to a late subscriber; default 50. */
  historyPerChat?: number;
  /** Chats whose history is kept; the oldest unwatched chat is forgotten beyond this. Default 1,000. */
  maxChats?: number;
  /** The clock, for tests. */
  now?: () => Date;
}

interface ChatState {
  history: SimulatorEvent[];
  listeners: Set<SimulatorListener>;
}

const CHAT_ID = /^[\x21-\x7e]{1,64}$/;

export function createSimulatorAdapter(options: SimulatorAdapterOptions = {}): SimulatorAdapter {
  const historyPerChat = Math.max(0, Math.trunc(options.historyPerChat ?? 50));
  const maxChats = Math.max(1, Math.trunc(options.maxChats ?? 1000));
  const now = options.now ?? (() => new Date());
  const chats = new Map<string, ChatState>();

  function chat(chatId: string): ChatState {
    let state = chats.get(chatId);
    if (state) {
      // Map order is least recently used first.
      chats.delete(chatId);
      chats.set(chatId, state);
      return state;
    }
    state = { history: [], listeners: new Set() };
    chats.set(chatId, state);
    if (chats.size > maxChats) {
      for (const [id, other] of chats) {
        if (chats.size <= maxChats) break;
        if (other.listeners.size === 0 && id !== chatId) chats.delete(id);
      }
    }
    return state;
  }

  function receiveAs(chatId: string, said: Pick<SimulatorPost, 'user' | 'text' | 'choiceId'>): InboundMessage[] {
    return [
      {
        channel: 'simulator',
        eventId: randomUUID(),
        chatId,
        userId: chatId,
        chatType: 'private',
        displayName: said.user,
        text: said.text,
        choiceId: said.choiceId,
        mediaUrl: null,
        sentAt: now(),
        addressedToBot: true,
      },
    ];
  }

  return {
    channel: 'simulator',
    receiveAs,

    receive(raw: unknown): InboundMessage[] {
      const parsed = parseSimulatorRequest(raw);
      if (!parsed.ok) return [];
      return receiveAs(simulatorChatId(parsed.request.user), parsed.request);
    },

    async send(chatId: string, message: OutboundMessage): Promise<SendResult> {
      if (typeof chatId !== 'string' || !CHAT_ID.test(chatId)) {
        return {
          ok: false,
          failure: { kind: 'invalid_recipient', detail: 'simulator chat ids are 1-64 printable ASCII characters' },
        };
      }
      const event: SimulatorEvent = {
        id: randomUUID(),
        at: now().toISOString(),
        text: textWithNumberedChoices(message),
        choices: (message.choices ?? []).map((choice) => ({ id: choice.id, label: choice.label })),
        ...(message.imageUrl ? { imageUrl: message.imageUrl } : {}),
      };
      const state = chat(chatId);
      if (historyPerChat > 0) {
        state.history.push(event);
        if (state.history.length > historyPerChat) state.history.splice(0, state.history.length - historyPerChat);
      }
      for (const listener of [...state.listeners]) {
        try {
          listener(event);
        } catch {
          // A broken viewer must not fail the send (the message is in the history anyway).
        }
      }
      return { ok: true, messageIds: [event.id] };
    },

    subscribe(chatId: string, listener: SimulatorListener): () => void {
      const state = chat(chatId);
      state.listeners.add(listener);
      return () => {
        state.listeners.delete(listener);
      };
    },

    history(chatId: string): SimulatorEvent[] {
      return [...(chats.get(chatId)?.history ?? [])];
    },

    listenerCount(chatId: string): number {
      return chats.get(chatId)?.listeners.size ?? 0;
    },
  };
}
