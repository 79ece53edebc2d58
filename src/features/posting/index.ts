import { defineFeature } from '../../engine/feature.ts';
import type { Emits } from './context.ts';
import { postingEffects } from './effects.ts';
import { postingFlow } from './flow.ts';
import { messages, t } from './messages.ts';
import { PostingData } from './data.ts';
import { postingIntents } from './intents.ts';

/** /dangtin: an employer posts a vacancy in a few minutes; the scam shield holds suspicious ones for an official. */
export const postingFeature = defineFeature<object, Emits>({
  name: 'posting',
  commands: {
    names: ['dangtin', 'dang tin', 'post'],
    describe: (lang) => t(lang, 'posting.command'),
    for: ['worker', 'employer'],
  },
  intents: postingIntents,
  menu: { id: 'menu.employer', order: 3, label: (lang) => t(lang, 'menu.employer') },
  flow: { ...postingFlow, data: PostingData },
  effects: postingEffects,
  messages,
});
