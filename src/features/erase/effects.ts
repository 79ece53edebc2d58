import { sql, type Transaction } from 'kysely';
import { withoutMentions, type PersonMentioned } from '../../kernel/person-mentions.ts';
import { scrubText } from '../../kernel/redact.ts';
import type { Database } from '../../db/schema.ts';
import { DONE, effectHandlers } from '../../engine/feature.ts';
import { CLOSABLE_STATUSES } from '../../kernel/vacancy/status.ts';
import { writeAudit } from '../../db/audit-log.ts';
import { queueChatCommands } from '../../messaging/queue/chat-commands.ts';
import { giveUpAllSeats } from '../event-registration/seats.ts';
import { eraseCourseData } from '../course-signup/erase.ts';

/**
 * /xoa, deletion on request (PDP law 91/2025), in the transaction of the confirmation. Every copy goes:
 * - the person: name, phone, birth year, the worker profile, their chats' dialog states; consents withdrawn; their
 *   chats tombstoned (ids replaced, so a later message starts afresh as a new, unknown person);
 * - what they could do: roles revoked, dashboard login links and sessions deleted;
 * - what waits to be sent: notices to them or about them (their applications) not yet relayed; one already in
 *   Redis carries ids only, and the notify worker skips it (erased recipient, or a worker who no longer shares);
 * - their seats at events: cancelled, each freed seat going to the next person on the waiting list;
 * - their course sign-ups: cancelled likewise, none sharing their contact; their questions to providers and the
 *   answers deleted; their "not interested" marks deleted;
 * - what they wrote: the notes of the application steps they made; as an employer, their open vacancies close,
 *   every vacancy of theirs loses its contact (the employer's phone), and its requirements (and the scam shield's
 *   quotes of them) lose their name and any phone number;
 * - copies other chats hold: the choices an employer's applicants' list or an official's /ketqua list offered
 *   last (kept so a typed "2" maps back) name them; their name and phone are taken out of those labels.
 * What stays is an anonymous count: the people row ("deleted") with the commune and province the profile had,
 * their applications and notifications (ids and statuses), so the funnel's numbers do not change.
 */
type Trx = Transaction<Database>;

/** /xoa confirmed. */
export type EraseEffect = { kind: 'erase_person' };

export const eraseEffects = effectHandlers<EraseEffect>({
  async erase_person(trx, { personId }) {
    await erasePerson(trx, personId);
    return DONE;
  },
});

export async function erasePerson(trx: Trx, personId: number): Promise<void> {
  const person = await trx
    .selectFrom('people')
    .select(['full_name as fullName', 'phone_e164 as phoneE164'])
    .where('id', '=', personId)
    .executeTakeFirst();
  if (!person) return;
  await keepArea(trx, personId);
  await trx.deleteFrom('worker_profiles').where('person_id', '=', personId).execute();
  await trx
    .updateTable('consents')
    .set({ withdrawn_at: sql`now()` })
    .where('person_id', '=', personId)
    .where('withdrawn_at', 'is', null)
    .execute();
  const hadPowers = await revokePowers(trx, personId);
  await dropUnsentNotices(trx, personId);
  // Their Telegram "/" menu goes back to everyone's: read before their chats are tombstoned below.
  if (hadPowers) await queueChatCommands(trx, personId);
  await trx
    .updateTable('application_events')
    .set({ note: null })
    .where('actor_person_id', '=', personId)
    .where('note', 'is not', null)
    .execute();
  await closeVacancies(trx, personId);
  // Their seats at events are given back; the first waiting person moves up into each.
  await giveUpAllSeats(trx, personId);
  // Their course sign-ups are given back likewise; their questions' texts and answers go.
  await eraseCourseData(trx, personId);
  await scrubVacancyTexts(trx, personId, person);
  await scrubOtherChats(trx, personId, person);
  await tombstoneChats(trx, personId);
  await trx
    .updateTable('people')
    .set({
      full_name: null,
      phone_e164: null,
      birth_year: null,
      status: 'deleted',
      deleted_at: sql`now()`,
      updated_at: sql`now()`,
    })
    .where('id', '=', personId)
    .execute();
}

/** The commune and province the worker profile had, kept on the people row (counted as "deleted" by area). */
async function keepArea(trx: Trx, personId: number): Promise<void> {
  await trx
    .updateTable('people as p')
    .from('worker_profiles as w')
    .set((eb) => ({ erased_commune_code: eb.ref('w.commune_code'), erased_province_code: eb.ref('w.province_code') }))
    .whereRef('w.person_id', '=', 'p.id')
    .where('p.id', '=', personId)
    .execute();
}

/**
 * Roles revoked (with an audit entry: an official's access ends here), dashboard links and sessions deleted; whether
 * they held a role or posted as an employer (their command menu was their own).
 */
async function revokePowers(trx: Trx, personId: number): Promise<boolean> {
  const revoked = await trx
    .updateTable('roles')
    .set({ revoked_at: sql`now()` })
    .where('person_id', '=', personId)
    .where('revoked_at', 'is', null)
    .returning(['role', 'region_code'])
    .execute();
  if (revoked.length > 0) {
    await writeAudit(trx, {
      actorPersonId: personId,
      actorLabel: 'erasure',
      action: 'role.revoked',
      subjectType: 'person',
      subjectId: String(personId),
      regionCode: null,
      details: { roles: revoked.map((r) => ({ role: r.role, region: r.region_code })), reason: 'erased on request' },
    });
  }
  await trx.deleteFrom('dashboard_links').where('person_id', '=', personId).execute();
  await trx.deleteFrom('dashboard_sessions').where('person_id', '=', personId).execute();
  const employer = await trx
    .selectFrom('employers')
    .select('id')
    .where('owner_person_id', '=', personId)
    .executeTakeFirst();
  return revoked.length > 0 || employer !== undefined;
}

/** Notices not yet relayed to the queue that go to the person or are about one of their applications. */
async function dropUnsentNotices(trx: Trx, personId: number): Promise<void> {
  await sql`
    DELETE FROM outbox o
    WHERE o.queue = 'notify' AND o.sent_at IS NULL
      AND (o.payload->>'personId' = ${String(personId)}
        OR EXISTS (SELECT 1 FROM applications a WHERE a.person_id = ${personId} AND o.payload->>'applicationId' = a.id::text))`.execute(
    trx,
  );
}

/** As an employer: open vacancies close (with an audit entry each), and no vacancy of theirs keeps their contact. */
async function closeVacancies(trx: Trx, personId: number): Promise<void> {
  const closed = await trx
    .updateTable('vacancies as v')
    .set({ status: 'closed', closed_at: sql`now()` })
    .where('v.status', 'in', [...CLOSABLE_STATUSES])
    .where('v.employer_id', 'in', (eb) =>
      eb.selectFrom('employers').select('id').where('owner_person_id', '=', personId),
    )
    .returning(['v.id', 'v.province_code'])
    .execute();
  if (closed.length > 0) {
    await writeAudit(
      trx,
      closed.map((v) => ({
        actorPersonId: personId,
        actorLabel: 'erasure',
        action: 'vacancy.closed',
        subjectType: 'vacancy',
        subjectId: String(v.id),
        regionCode: v.province_code,
        details: { reason: 'erased on request' },
      })),
    );
  }
  await trx
    .updateTable('vacancies')
    .set({ contact: '' })
    .where('employer_id', 'in', (eb) => eb.selectFrom('employers').select('id').where('owner_person_id', '=', personId))
    .where('contact', '<>', '')
    .execute();
}

/**
 * The rest of what an employer wrote in their vacancies stays (a job advertised and counted), but not their name
 * and not a phone number: the requirements ("liên hệ chị Hạnh 0977…") and the scam shield's quotes of them.
 */
async function scrubVacancyTexts(trx: Trx, personId: number, person: PersonMentioned): Promise<void> {
  const vacancies = await trx
    .selectFrom('vacancies as v')
    .innerJoin('employers as e', 'e.id', 'v.employer_id')
    .select(['v.id', 'v.requirements', 'v.scam_reasons'])
    .where('e.owner_person_id', '=', personId)
    .execute();
  const clean = (text: string) => scrubText(withoutMentions(text, person));
  for (const v of vacancies) {
    const requirements = v.requirements === null ? null : clean(v.requirements);
    const reasons = v.scam_reasons.map((r) => ({ ...r, evidence: clean(r.evidence) }));
    if (requirements !== v.requirements || JSON.stringify(reasons) !== JSON.stringify(v.scam_reasons)) {
      await trx
        .updateTable('vacancies')
        .set({ requirements, scam_reasons: JSON.stringify(reasons) })
        .where('id', '=', v.id)
        .execute();
    }
  }
}

/**
 * The choices other chats were offered last that name the person: only the chats of those who could have been
 * shown their name (the owners of the vacancies they were interested in, and anyone who holds or held a role), so
 * an erasure does not read every chat.
 */
async function scrubOtherChats(trx: Trx, personId: number, person: PersonMentioned): Promise<void> {
  if (!person.fullName && !person.phoneE164) return;
  const { rows } = await sql<{ id: number; last_choices: { id: string; label: string }[] }>`
    SELECT ci.id, ci.last_choices FROM channel_identities ci
    WHERE ci.last_choices IS NOT NULL AND ci.person_id <> ${personId} AND ci.person_id IN (
      SELECT e.owner_person_id FROM applications a JOIN vacancies v ON v.id = a.vacancy_id JOIN employers e ON e.id = v.employer_id
      WHERE a.person_id = ${personId}
      UNION
      SELECT r.person_id FROM roles r)`.execute(trx);
  for (const row of rows) {
    const before = JSON.stringify(row.last_choices);
    const after = row.last_choices.map((choice) => ({ ...choice, label: withoutMentions(choice.label, person) }));
    if (JSON.stringify(after) !== before) {
      await trx
        .updateTable('channel_identities')
        .set({ last_choices: JSON.stringify(after) })
        .where('id', '=', row.id)
        .execute();
    }
  }
}

/** Their chats: dialog states deleted, ids replaced, unreachable. */
async function tombstoneChats(trx: Trx, personId: number): Promise<void> {
  const identities = await trx
    .selectFrom('channel_identities')
    .select('id')
    .where('person_id', '=', personId)
    .execute();
  const ids = identities.map((i) => i.id);
  if (ids.length === 0) return;
  await trx.deleteFrom('dialog_states').where('identity_id', 'in', ids).execute();
  await trx
    .updateTable('channel_identities')
    .set({
      chat_id: sql`'erased-' || id::text`,
      user_id: null,
      display_name: null,
      last_choices: null,
      reachable: false,
      unreachable_reason: 'erased on request',
      unreachable_at: sql`now()`,
      tombstoned_at: sql`now()`,
    })
    .where('id', 'in', ids)
    .execute();
}
