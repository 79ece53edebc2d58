import { defineFeature } from '../../engine/feature.ts';
import type { Emits } from './context.ts';
import { eraseEffects } from './effects.ts';
import { eraseFlow } from './flow.ts';
import { messages, t } from './messages.ts';
import { NoAnswers } from '../shared/stored-fields.ts';
import { eraseIntents } from './intents.ts';

/** /xoa: erase the person's data after one confirmation; only anonymous counts stay. */
export const eraseFeature = defineFeature<object, Emits>({
  name: 'erase',
  commands: { names: ['xoa', 'xoa du lieu', 'delete'], describe: (lang) => t(lang, 'erase.command') },
  intents: eraseIntents,
  flow: { ...eraseFlow, data: NoAnswers },
  effects: eraseEffects,
  messages,
});
