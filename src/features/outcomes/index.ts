import { defineFeature } from '../../engine/feature.ts';
import type { Emits, OutcomesFlowContext } from './context.ts';
import { loadOutcomes } from './loader.ts';
import { outcomesFlow } from './flow.ts';
import { outcomesEffects } from './move-application.ts';
import { messages } from './messages.ts';
import { OutcomesData } from './state.ts';

/** /ketqua: officials record and correct the steps of applications in their area. */
export const outcomesFeature = defineFeature<OutcomesFlowContext, Emits>({
  name: 'outcomes',
  commands: { names: ['ketqua', 'ket qua', 'outcomes'] },
  flow: { ...outcomesFlow, data: OutcomesData },
  load: loadOutcomes,
  effects: outcomesEffects,
  messages,
});
