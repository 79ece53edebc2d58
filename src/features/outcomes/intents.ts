import type { FeatureIntent } from '../../engine/intents.ts';

/** An official recording who was hired through the bot. */
export const outcomesIntents: readonly FeatureIntent[] = [
  { id: 'outcomes', phrases: ['ghi ket qua', 'cap nhat ket qua', 'ket qua tuyen', 'ket noi thanh cong'] },
];
