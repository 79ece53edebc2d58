import type { Transaction } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { Actor, AnyFeature, EffectHandler, EffectOutcome } from './feature.ts';
import type { EffectRequest } from './types.ts';

/**
 * Effects are applied by the feature that owns their kind, inside the transaction that also saves the dialog state.
 * Each handler says what it did; a refusal (decided elsewhere meanwhile, out of scope, not the person's) is told to
 * the person by the engine (src/engine/run.ts).
 */
export interface EffectDispatch {
  readonly kinds: ReadonlySet<string>;
  apply(trx: Transaction<Database>, actor: Actor, effects: readonly EffectRequest[]): Promise<EffectOutcome[]>;
}

/** One handler per kind across the features; two features owning one kind is a mistake: it throws. */
export function createEffectDispatch(features: readonly AnyFeature[]): EffectDispatch {
  const handlers = new Map<string, { feature: string; handle: EffectHandler }>();
  for (const feature of features) {
    for (const [kind, handle] of Object.entries(feature.effects ?? {})) {
      const taken = handlers.get(kind);
      if (taken) throw new Error(`the effect "${kind}" belongs to both ${taken.feature} and ${feature.name}`);
      handlers.set(kind, { feature: feature.name, handle: handle as EffectHandler });
    }
  }
  return {
    kinds: new Set(handlers.keys()),
    async apply(trx, actor, effects) {
      const outcomes: EffectOutcome[] = [];
      for (const effect of effects) {
        const handler = handlers.get(effect.kind);
        // A flow asked for something no feature does: a bug to see at once, never a silent no-op.
        if (!handler) throw new Error(`no feature handles the effect "${effect.kind}"`);
        outcomes.push(await handler.handle(trx, actor, effect));
      }
      return outcomes;
    },
  };
}
