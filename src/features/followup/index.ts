import { defineFeature } from '../../engine/feature.ts';
import { storedAsIs } from '../../engine/stored-data.ts';
import { followupAnswerAt, followupFlow } from './answer.ts';
import type { Emits } from './context.ts';
import { followupEffects } from './effects.ts';
import { followupQuestions } from './notification.ts';

/** Seven days after "Quan tâm": did you get the job? The answer feeds the funnel. */
export const followupFeature = defineFeature<object, Emits>({
  name: 'followup',
  flow: { ...followupFlow, data: storedAsIs },
  effects: followupEffects,
  answers: followupAnswerAt,
  notifications: [followupQuestions],
});
