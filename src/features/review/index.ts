import { defineFeature } from '../../engine/feature.ts';
import type { Emits, ReviewContext } from './context.ts';
import { reviewEffects } from './effects.ts';
import { reviewFlow } from './flow.ts';
import { loadReview } from './loader.ts';
import { messages } from './messages.ts';
import { ReviewData } from './state.ts';

/** /duyet: officials moderate the pending vacancies of their area and verify employers. */
export const reviewFeature = defineFeature<ReviewContext, Emits>({
  name: 'review',
  commands: { names: ['duyet', 'review'] },
  flow: { ...reviewFlow, data: ReviewData },
  load: loadReview,
  effects: reviewEffects,
  messages,
});
