import type { Kysely } from 'kysely';
import type { ChannelName, ChatType } from '../../kernel/message.ts';
import type { OutboundMessage } from '../../kernel/message.ts';
import type { Lang } from '../../kernel/i18n/index.ts';
import type { Database } from '../../db/schema.ts';
import type { NotificationKind } from './notification-kind.ts';

/**
 * Notification → the message a chat gets, one renderer per kind (each feature declares its kinds with their
 * renderers: src/messaging/delivery/notification-kind.ts); the feeder only queues kinds this process delivers, so
 * rows of a kind nobody renders yet simply wait in PostgreSQL.
 *
 * A message's choices, when it has any, become the chat's last_choices (in private chats) in the same statement
 * that records it sent, so a typed "1" answers the message the person just read.
 */
export interface RenderTarget {
  notificationId: number;
  kind: string;
  refId: number;
  /** null for a group chat. */
  personId: number | null;
  identityId: number;
  channel: ChannelName;
  chatType: ChatType;
  /** The person's language; 'vi' for group chats. */
  lang: Lang;
}

export type RenderResult = { ok: true; message: OutboundMessage } | { ok: false; skip: string };

export interface Renderer {
  render(db: Kysely<Database>, target: RenderTarget): Promise<RenderResult>;
  /**
   * When every recipient with the same key gets the same message (a vacancy alert depends only on the vacancy,
   * the language and private/group), the key; the rendering is then reused for a short while (a fan-out sends
   * the same thing thousands of times). null or absent: rendered for each notification.
   */
  cacheKey?(target: RenderTarget): string | null;
}

export interface RenderCache {
  render(db: Kysely<Database>, kinds: readonly NotificationKind[], target: RenderTarget): Promise<RenderResult>;
}

/** Renders through the kind's renderer, reusing cacheable results for `ttlMs` (at most `maxEntries` kept). */
export function createRenderCache(
  options: { ttlMs?: number; maxEntries?: number; now?: () => number } = {},
): RenderCache {
  const ttlMs = options.ttlMs ?? 30_000;
  const maxEntries = options.maxEntries ?? 1000;
  const now = options.now ?? Date.now;
  const entries = new Map<string, { at: number; result: Promise<RenderResult> }>();

  return {
    async render(db, kinds, target) {
      const renderer = kinds.find((kind) => kind.kind === target.kind)?.renderer;
      if (!renderer) return { ok: false, skip: `no renderer for ${target.kind}` };
      const key = renderer.cacheKey?.(target) ?? null;
      if (key === null) return renderer.render(db, target);
      const cached = entries.get(key);
      if (cached && now() - cached.at < ttlMs) return cached.result;
      const result = renderer.render(db, target);
      entries.delete(key);
      entries.set(key, { at: now(), result });
      if (entries.size > maxEntries) entries.delete(entries.keys().next().value!);
      // A failed rendering (database away) is not kept.
      result.catch(() => entries.get(key)?.result === result && entries.delete(key));
      return result;
    },
  };
}
