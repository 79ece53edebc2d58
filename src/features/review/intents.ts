import type { FeatureIntent } from '../../engine/intents.ts';

/** An official asking for the vacancies waiting for review (anyone else is told politely it is for officials). */
export const reviewIntents: readonly FeatureIntent[] = [
  { id: 'review', phrases: ['duyet tin', 'tin cho duyet', 'kiem duyet', 'duyet bai', 'review posts'] },
];
