import type { Kysely, Selectable } from 'kysely';
import type { OutboundMessage } from '../../kernel/message.ts';
import type { Lang } from '../../kernel/i18n/index.ts';
import { t } from './messages.ts';
import type { Database, NotificationsTable } from '../../db/schema.ts';
import { followupChoices } from './answer.ts';
import type { NotificationKind } from '../../messaging/delivery/notification-kind.ts';
import type { Renderer } from '../../messaging/delivery/render.ts';

/**
 * A 'followup' notification (ref = applications.id): "Bạn đã được nhận vào làm «title» chưa?" with the three
 * answers of src/features/followup/answer.ts ("1" works once the delivery stores them as the chat's last choices). null
 * — nothing to send — when the application is not the recipient's, is gone, was answered already, or moved on
 * (withdrawn, not suitable, hired or not hired recorded some other way).
 */
export type FollowupNotification = Pick<Selectable<NotificationsTable>, 'ref_id' | 'person_id'>;

export async function renderFollowup(
  db: Kysely<Database>,
  notification: FollowupNotification,
  lang: Lang,
): Promise<OutboundMessage | null> {
  if (notification.person_id === null) return null;
  const row = await db
    .selectFrom('applications as a')
    .innerJoin('vacancies as v', 'v.id', 'a.vacancy_id')
    .innerJoin('employers as e', 'e.id', 'v.employer_id')
    .select(['a.id', 'v.title', 'e.name as employer'])
    .where('a.id', '=', Number(notification.ref_id))
    .where('a.person_id', '=', notification.person_id)
    .where('a.followup_answer', 'is', null)
    .where('a.status', 'in', ['interested', 'introduced', 'offered'])
    .executeTakeFirst();
  if (!row) return null;
  return {
    text: t(lang, 'followup.context', { title: row.title, employer: row.employer }),
    choices: followupChoices(lang, Number(row.id)),
    prompt: t(lang, 'followup.question', { title: row.title }),
  };
}

/** The delivery's renderer for 'followup' rows (src/messaging/delivery/render.ts); per person, so never cached. */
export const followupRenderer: Renderer = {
  async render(db, target) {
    const message = await renderFollowup(db, { ref_id: target.refId, person_id: target.personId }, target.lang);
    return message ? { ok: true, message } : { ok: false, skip: 'application answered, moved on or not theirs' };
  },
};

/** The 7-day "did you get the job?" (ref = applications.id); its renderer skips what was answered meanwhile. */
export const followupQuestions: NotificationKind = {
  kind: 'followup',
  renderer: followupRenderer,
  followsAlertSettings: false,
};
