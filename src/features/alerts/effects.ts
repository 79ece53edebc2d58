import { sql } from 'kysely';
import { DONE, effectHandlers } from '../../engine/feature.ts';

/** What /theodoi changes besides the profile: pausing alerts, and the optional sex and wage floor. */
export type AlertsEffect =
  | { kind: 'pause_alerts' }
  | { kind: 'resume_alerts' }
  /** The worker's sex, or null to clear it. */
  | { kind: 'set_sex'; sex: 'female' | 'male' | null }
  /** The worker's wage floor, monthly đồng (src/kernel/wage/floor.ts), or null to clear it. */
  | { kind: 'set_wage_floor'; vnd: number | null };

export const alertsEffects = effectHandlers<AlertsEffect>({
  async pause_alerts(trx, { personId }) {
    await trx
      .updateTable('worker_profiles')
      .set({ paused_at: sql`now()` })
      .where('person_id', '=', personId)
      .where('paused_at', 'is', null)
      .execute();
    return DONE;
  },
  async resume_alerts(trx, { personId }) {
    await trx.updateTable('worker_profiles').set({ paused_at: null }).where('person_id', '=', personId).execute();
    return DONE;
  },
  async set_sex(trx, { personId }, effect) {
    await trx
      .updateTable('worker_profiles')
      .set({ sex: effect.sex, updated_at: sql`now()` })
      .where('person_id', '=', personId)
      .execute();
    return DONE;
  },
  async set_wage_floor(trx, { personId }, effect) {
    await trx
      .updateTable('worker_profiles')
      .set({ wage_floor_vnd: effect.vnd, updated_at: sql`now()` })
      .where('person_id', '=', personId)
      .execute();
    return DONE;
  },
});
