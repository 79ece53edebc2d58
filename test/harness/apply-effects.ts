import type { Transaction } from 'kysely';
import type { Channel, Database } from '../../src/db/schema.ts';
import type { EffectOutcome } from '../../src/engine/feature.ts';
import type { EffectRequest } from '../../src/engine/types.ts';
import { REGISTRY } from '../../src/features/index.ts';

/** Applies effects as the engine does (by the feature that owns each kind), for tests that write through them. */
export function applyEffects(
  trx: Transaction<Database>,
  personId: number,
  channel: Channel,
  effects: readonly (EffectRequest & Record<string, unknown>)[],
): Promise<EffectOutcome[]> {
  return REGISTRY.effects.apply(trx, { personId, channel }, effects);
}
