import { defineFeature } from '../../engine/feature.ts';
import { storedAsIs } from '../../engine/stored-data.ts';
import type { Emits } from './context.ts';
import { languageFlow } from './flow.ts';

/** /ngonngu: Tiếng Việt or English. */
export const languageFeature = defineFeature<object, Emits>({
  name: 'language',
  commands: { names: ['ngonngu', 'ngon ngu', 'language'] },
  flow: { ...languageFlow, data: storedAsIs },
});
