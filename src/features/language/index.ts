import { defineFeature } from '../../engine/feature.ts';
import type { Emits } from './context.ts';
import { languageFlow } from './flow.ts';
import { messages, t } from './messages.ts';
import { NoAnswers } from '../shared/stored-fields.ts';
import { languageIntents } from './intents.ts';

/** /ngonngu: Tiếng Việt or English. */
export const languageFeature = defineFeature<object, Emits>({
  name: 'language',
  commands: { names: ['ngonngu', 'ngon ngu', 'language'], describe: (lang) => t(lang, 'language.command') },
  intents: languageIntents,
  flow: { ...languageFlow, data: NoAnswers },
  messages,
});
