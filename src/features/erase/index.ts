import { defineFeature } from '../../engine/feature.ts';
import { storedAsIs } from '../../engine/stored-data.ts';
import type { Emits } from './context.ts';
import { eraseEffects } from './effects.ts';
import { eraseFlow } from './flow.ts';

/** /xoa: erase the person's data after one confirmation; only anonymous counts stay. */
export const eraseFeature = defineFeature<object, Emits>({
  name: 'erase',
  commands: { names: ['xoa', 'xoa du lieu', 'delete'] },
  flow: { ...eraseFlow, data: storedAsIs },
  effects: eraseEffects,
});
