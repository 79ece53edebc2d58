import { sql } from 'kysely';
import type { ConsentPurpose } from '../../db/schema.ts';
import { DONE, effectHandlers } from '../../engine/feature.ts';
import type { Lang } from '../../kernel/i18n/index.ts';

/**
 * What a person decides about their account, whichever flow asks: consents per purpose (recorded with the text
 * version and the channel), the language, forgetting the phone number, and STOP / back again. The engine itself
 * asks for stop_messages (STOP) and resume_messages (/start after STOP).
 */
export type AccountEffect =
  | { kind: 'grant_consent'; purpose: ConsentPurpose; textVersion: string }
  | { kind: 'withdraw_consent'; purpose: ConsentPurpose }
  | { kind: 'set_language'; lang: Lang }
  /** The person removed their phone number (a save never clears it: "Quan tâm" may have given it). */
  | { kind: 'forget_phone' }
  /** STOP: nothing more is sent to the person until they write /start. */
  | { kind: 'stop_messages' }
  | { kind: 'resume_messages' };

export const accountEffects = effectHandlers<AccountEffect>({
  async grant_consent(trx, { personId, channel }, effect) {
    await trx
      .insertInto('consents')
      .values({ person_id: personId, purpose: effect.purpose, text_version: effect.textVersion, channel })
      .onConflict((oc) => oc.columns(['person_id', 'purpose']).where('withdrawn_at', 'is', null).doNothing())
      .execute();
    return DONE;
  },
  async withdraw_consent(trx, { personId }, effect) {
    await trx
      .updateTable('consents')
      .set({ withdrawn_at: sql`now()` })
      .where('person_id', '=', personId)
      .where('purpose', '=', effect.purpose)
      .where('withdrawn_at', 'is', null)
      .execute();
    // Withdrawing the priority-status consent deletes what it covered.
    if (effect.purpose === 'priority_status') {
      await trx
        .updateTable('worker_profiles')
        .set({ priority_groups: [], updated_at: sql`now()` })
        .where('person_id', '=', personId)
        .execute();
    }
    return DONE;
  },
  async set_language(trx, { personId }, effect) {
    await trx.updateTable('people').set({ language: effect.lang }).where('id', '=', personId).execute();
    return DONE;
  },
  async forget_phone(trx, { personId }) {
    await trx
      .updateTable('people')
      .set({ phone_e164: null, updated_at: sql`now()` })
      .where('id', '=', personId)
      .execute();
    return DONE;
  },
  async stop_messages(trx, { personId }) {
    await trx
      .updateTable('people')
      .set({ status: 'stopped', stopped_at: sql`now()` })
      .where('id', '=', personId)
      .where('status', '=', 'active')
      .execute();
    return DONE;
  },
  async resume_messages(trx, { personId }) {
    await trx
      .updateTable('people')
      .set({ status: 'active', stopped_at: null })
      .where('id', '=', personId)
      .where('status', '=', 'stopped')
      .execute();
    return DONE;
  },
});
