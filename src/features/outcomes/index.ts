import { defineFeature } from '../../engine/feature.ts';
import { storedAsIs } from '../../engine/stored-data.ts';
import type { Emits, OutcomesFlowContext } from './context.ts';
import { loadOutcomes } from './loader.ts';
import { outcomesFlow } from './flow.ts';
import { outcomesEffects } from './move-application.ts';

/** /ketqua: officials record and correct the steps of applications in their area. */
export const outcomesFeature = defineFeature<OutcomesFlowContext, Emits>({
  name: 'outcomes',
  commands: { names: ['ketqua', 'ket qua', 'outcomes'] },
  flow: { ...outcomesFlow, data: storedAsIs },
  load: loadOutcomes,
  effects: outcomesEffects,
});
