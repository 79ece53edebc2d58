import { defineFeature } from '../../engine/feature.ts';
import type { Emits, OutcomesFlowContext } from './context.ts';
import { loadOutcomes } from './loader.ts';
import { outcomesFlow } from './flow.ts';
import { outcomesEffects } from './move-application.ts';
import { messages, t } from './messages.ts';
import { OutcomesData } from './state.ts';
import { outcomesIntents } from './intents.ts';

/** /ketqua: officials record and correct the steps of applications in their area. */
export const outcomesFeature = defineFeature<OutcomesFlowContext, Emits>({
  name: 'outcomes',
  commands: {
    names: ['ketqua', 'ket qua', 'outcomes'],
    describe: (lang) => t(lang, 'outcomes.command'),
    for: ['official'],
  },
  intents: outcomesIntents,
  menu: { id: 'menu.outcomes', order: 12, for: ['official'], label: (lang) => t(lang, 'menu.outcomes') },
  flow: { ...outcomesFlow, data: OutcomesData },
  load: loadOutcomes,
  effects: outcomesEffects,
  messages,
});
