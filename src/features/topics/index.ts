import { defineFeature } from '../../engine/feature.ts';
import { NoAnswers } from '../shared/stored-fields.ts';
import { topicsFlow } from './flow.ts';
import { topicsIntents } from './intents.ts';
import { messages } from './messages.ts';

/**
 * Training, job fairs, problems at work, loans, unemployment insurance, working abroad and "talk to a person", asked
 * in a sentence: a short pointer and where to go. Each becomes its own feature in the next issues.
 */
export const topicsFeature = defineFeature({
  name: 'topics',
  intents: topicsIntents,
  flow: { ...topicsFlow, data: NoAnswers },
  messages,
});
