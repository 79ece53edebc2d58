import { sql, type Kysely, type Selectable } from 'kysely';
import type { OutboundMessage } from '../../kernel/message.ts';
import { vietnamIsoDate } from '../../kernel/time.ts';
import type { Lang } from '../../kernel/i18n/index.ts';
import { t } from './messages.ts';
import { formatWage, parseWage } from '../../kernel/wage/index.ts';
import type { Database, NotificationsTable } from '../../db/schema.ts';
import { rankDigest } from '../../messaging/schedule/digest-ranking.ts';
import type { Renderer } from '../../messaging/delivery/render.ts';

/**
 * A 'digest' notification as one message: "Việc mới hợp với bạn hôm nay", its best DIGEST_SIZE vacancies still open
 * (by match score, then freshness: src/messaging/schedule/digest-ranking.ts) as "title · commune · wage", "còn N việc
 * nữa — gõ /timviec" when there are more, the no-fee line, and one choice that opens job search (menu.search, which the
 * engine honours from anywhere). null when none of its vacancies is still open: nothing is sent (the digest is
 * then 'skipped' by the delivery).
 */
export type DigestNotification = Pick<Selectable<NotificationsTable>, 'id' | 'person_id'>;

interface ItemRow {
  vacancy_id: number;
  score: number;
  approved_at: Date | null;
  title: string;
  commune_name: string | null;
  wage_raw: string;
}

export async function renderDigest(
  db: Kysely<Database>,
  notification: DigestNotification,
  lang: Lang,
  now: Date = new Date(),
): Promise<OutboundMessage | null> {
  const { rows } = await sql<ItemRow>`
    SELECT v.id AS vacancy_id, n.score, v.decided_at AS approved_at, v.title, r.name AS commune_name, v.wage_raw
    FROM notifications n
    JOIN vacancies v ON v.id = n.ref_id
    LEFT JOIN regions r ON r.code = v.commune_code
    WHERE n.digest_id = ${notification.id} AND n.kind = 'vacancy' AND n.person_id IS NOT DISTINCT FROM ${notification.person_id}
      AND v.status = 'approved' AND v.deadline >= ${vietnamIsoDate(now)}::date`.execute(db);
  const items = rows.map((r) => ({
    ...r,
    vacancyId: Number(r.vacancy_id),
    score: Number(r.score),
    approvedAt: r.approved_at === null ? null : new Date(r.approved_at),
  }));
  if (items.length === 0) return null;
  const { shown, more } = rankDigest(items);
  const lines = shown.map(
    (v) =>
      `• ${t(lang, 'search.item', { title: v.title, place: v.commune_name ?? '—', wage: formatWage(parseWage(v.wage_raw), lang) })}`,
  );
  return {
    text: [
      t(lang, 'schedule.digest.heading'),
      ...lines,
      ...(more > 0 ? [t(lang, 'schedule.digest.more', { count: more })] : []),
      t(lang, 'card.no_fee'),
    ].join('\n'),
    choices: [{ id: 'menu.search', label: t(lang, 'schedule.digest.open_search') }],
    prompt: t(lang, 'schedule.digest.prompt'),
  };
}

/** The delivery's renderer for 'digest' rows (src/messaging/delivery/render.ts); per person, so never cached. */
export const digestRenderer: Renderer = {
  async render(db, target) {
    const message = await renderDigest(db, { id: target.notificationId, person_id: target.personId }, target.lang);
    return message ? { ok: true, message } : { ok: false, skip: 'no vacancy of the digest is still open' };
  },
};
