import { defineFeature } from '../../engine/feature.ts';
import { storedAsIs } from '../../engine/stored-data.ts';
import type { Emits } from './context.ts';
import { registrationEffects } from './effects.ts';
import { registrationFlow } from './flow.ts';

/** /dangky: a worker registers (consent, birth year, commune, trades, reach, frequency…) in about ten messages. */
export const registrationFeature = defineFeature<object, Emits>({
  name: 'registration',
  commands: { names: ['dangky', 'dang ky', 'register'] },
  menu: { id: 'menu.register', order: 1 },
  flow: { ...registrationFlow, data: storedAsIs },
  effects: registrationEffects,
});
