import { defineFeature } from '../../engine/feature.ts';
import { followupAnswerAt, followupFlow } from './answer.ts';
import type { Emits } from './context.ts';
import { followupEffects } from './effects.ts';
import { followupQuestions } from './notification.ts';
import { messages } from './messages.ts';
import { NoAnswers } from '../shared/stored-fields.ts';

/** Seven days after "Quan tâm": did you get the job? The answer feeds the funnel. */
export const followupFeature = defineFeature<object, Emits>({
  name: 'followup',
  flow: { ...followupFlow, data: NoAnswers },
  effects: followupEffects,
  answers: followupAnswerAt,
  notifications: [followupQuestions],
  messages,
});
