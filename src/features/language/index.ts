import { defineFeature } from '../../engine/feature.ts';
import type { Emits } from './context.ts';
import { languageFlow } from './flow.ts';
import { messages } from './messages.ts';
import { NoAnswers } from '../shared/stored-fields.ts';

/** /ngonngu: Tiếng Việt or English. */
export const languageFeature = defineFeature<object, Emits>({
  name: 'language',
  commands: { names: ['ngonngu', 'ngon ngu', 'language'] },
  flow: { ...languageFlow, data: NoAnswers },
  messages,
});
