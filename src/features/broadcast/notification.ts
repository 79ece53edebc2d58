import type { OutboundMessage } from '../../kernel/message.ts';
import type { Lang } from '../../kernel/i18n/index.ts';
import { t } from './messages.ts';
import type { Renderer } from '../../messaging/delivery/render.ts';

/** A broadcast: "📢 Thông báo từ Trung tâm Dịch vụ việc làm" and the official's text as written; no choices. */
export function broadcastMessage(lang: Lang, text: string): OutboundMessage {
  return { text: `${t(lang, 'delivery.broadcast.heading')}\n${text}` };
}

export const broadcastRenderer: Renderer = {
  async render(db, target) {
    const row = await db.selectFrom('broadcasts').select('text').where('id', '=', target.refId).executeTakeFirst();
    if (!row) return { ok: false, skip: 'broadcast missing' };
    return { ok: true, message: broadcastMessage(target.lang, row.text) };
  },
  cacheKey: (target) => `broadcast:${target.refId}:${target.lang}`,
};
