import type { FeatureIntent } from '../../engine/intents.ts';

/** Asking for another language, in Vietnamese or in English. */
export const languageIntents: readonly FeatureIntent[] = [
  {
    id: 'language',
    phrases: ['ngon ngu', 'doi ngon ngu', 'tieng anh', 'tieng viet', 'english', 'change language', 'in english'],
  },
];
