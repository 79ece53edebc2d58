import { defineFeature } from '../../engine/feature.ts';
import type { Emits, ReviewContext } from './context.ts';
import { reviewEffects } from './effects.ts';
import { reviewFlow } from './flow.ts';
import { countReviewWork, loadReview } from './loader.ts';
import { messages, t } from './messages.ts';
import { ReviewData } from './state.ts';
import { reviewIntents } from './intents.ts';

/** /duyet: officials moderate the pending vacancies and courses of their area and verify employers. */
export const reviewFeature = defineFeature<ReviewContext, Emits>({
  name: 'review',
  commands: { names: ['duyet', 'review'], describe: (lang) => t(lang, 'review.command'), for: ['official'] },
  intents: reviewIntents,
  menu: {
    id: 'menu.review',
    order: 10,
    for: ['official'],
    label: (lang, count) => (count > 0 ? t(lang, 'menu.review.count', { count }) : t(lang, 'menu.review')),
    count: countReviewWork,
  },
  flow: { ...reviewFlow, data: ReviewData },
  load: loadReview,
  effects: reviewEffects,
  messages,
});
