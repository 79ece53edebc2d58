import type { Kysely } from 'kysely';
import type { ChannelName, ChatType } from '../../kernel/message.ts';
import type { OutboundMessage } from '../../kernel/message.ts';
import type { Lang } from '../../kernel/i18n/index.ts';
import type { Database, NotificationKind } from '../../db/schema.ts';
import { broadcastRenderer } from './render-broadcast.ts';
import { digestRenderer } from './render-digest.ts';
import { followupRenderer } from './render-followup.ts';
import { vacancyRenderer } from './render-vacancy.ts';

/**
 * Notification → the message a chat gets, one renderer per kind. To add a kind, write its renderer in its own
 * file and add it to RENDERERS; the feeder only queues kinds that have a renderer, so rows of a kind nobody
 * renders yet simply wait in PostgreSQL.
 *
 * A message's choices, when it has any, become the chat's last_choices (in private chats) in the same statement
 * that records it sent, so a typed "1" answers the message the person just read.
 */
export interface RenderTarget {
  notificationId: number;
  kind: NotificationKind;
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

export type Renderers = Partial<Record<NotificationKind, Renderer>>;

export const RENDERERS: Renderers = {
  vacancy: vacancyRenderer,
  broadcast: broadcastRenderer,
  digest: digestRenderer,
  followup: followupRenderer,
};

export interface RenderCache {
  render(db: Kysely<Database>, renderers: Renderers, target: RenderTarget): Promise<RenderResult>;
}

/** Renders through the kind's renderer, reusing cacheable results for `ttlMs` (at most `maxEntries` kept). */
export function createRenderCache(options: { ttlMs?: number; maxEntries?: number; now?: () => number } = {}): RenderCache {
  const ttlMs = options.ttlMs ?? 30_000;
  const maxEntries = options.maxEntries ?? 1000;
  const now = options.now ?? Date.now;
  const entries = new Map<string, { at: number; result: Promise<RenderResult> }>();

  return {
    async render(db, renderers, target) {
      const renderer = renderers[target.kind];
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
