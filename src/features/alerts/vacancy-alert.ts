import { sql, type Kysely } from 'kysely';
import type { ChatType } from '../../kernel/message.ts';
import type { Choice, OutboundMessage } from '../../kernel/message.ts';
import type { Lang } from '../../kernel/i18n/index.ts';
import { t } from './messages.ts';
import type { Database } from '../../db/schema.ts';
import { toVacancyFacts, VACANCY_FACTS_COLUMNS, type VacancyFactsRow } from '../../db/vacancy-facts.ts';
import { alertChoiceId } from '../../kernel/vacancy/alert-choices.ts';
import type { VacancyFacts } from '../../kernel/vacancy/facts.ts';
import { vacancyCard } from '../../kernel/vacancy/card.ts';
import type { Renderer } from '../../messaging/delivery/render.ts';

/**
 * A vacancy alert: "🔔 Việc mới gần bạn", then the vacancy card job search shows (title, employer with ✅ only if
 * verified, commune and province, wage, headcount, deadline, requirements, contact, overseas advice), then in a
 * private chat the choices Quan tâm / Không phù hợp / Báo lừa đảo (numbered on every channel, buttons on Telegram)
 * and last the no-fee warning. A group chat gets no choices (one person's "1" cannot speak for a group): the card,
 * the warning and a line telling people to message the bot privately.
 */
export type AlertFacts = VacancyFacts & { overseas: boolean };

export function alertChoices(lang: Lang, vacancyId: number): Choice[] {
  return [
    { id: alertChoiceId('interested', vacancyId), label: t(lang, 'delivery.vacancy.interested') },
    { id: alertChoiceId('not_suitable', vacancyId), label: t(lang, 'delivery.vacancy.not_suitable') },
    { id: alertChoiceId('report', vacancyId), label: t(lang, 'delivery.vacancy.report') },
  ];
}

/** Pure. */
export function vacancyAlert(lang: Lang, vacancyId: number, facts: AlertFacts, chatType: ChatType): OutboundMessage {
  const card = vacancyCard(lang, facts, t(lang, 'delivery.vacancy.heading'));
  if (chatType === 'group') return { text: `${card}\n${t(lang, 'delivery.vacancy.group_hint')}` };
  // The card ends with the no-fee warning; it moves below the choices, the last thing read before answering.
  const noFee = t(lang, 'card.no_fee');
  const body = card.endsWith(`\n${noFee}`) ? card.slice(0, -noFee.length - 1) : card;
  return { text: body, choices: alertChoices(lang, vacancyId), prompt: noFee };
}

export async function loadAlertFacts(db: Kysely<Database>, vacancyId: number): Promise<AlertFacts | null> {
  const { rows } = await sql<VacancyFactsRow>`
    SELECT ${VACANCY_FACTS_COLUMNS} FROM vacancies v JOIN employers e ON e.id = v.employer_id WHERE v.id = ${vacancyId}`.execute(
    db,
  );
  return rows[0] ? toVacancyFacts(rows[0]) : null;
}

export const vacancyRenderer: Renderer = {
  async render(db, target) {
    const facts = await loadAlertFacts(db, target.refId);
    if (!facts) return { ok: false, skip: 'vacancy missing' };
    return { ok: true, message: vacancyAlert(target.lang, target.refId, facts, target.chatType) };
  },
  cacheKey: (target) => `vacancy:${target.refId}:${target.lang}:${target.chatType}`,
};
