import type { FeatureIntent } from '../../engine/intents.ts';

/** An official asking for the figures of their area. */
export const statsIntents: readonly FeatureIntent[] = [
  { id: 'stats', phrases: ['thong ke', 'so lieu', 'bao nhieu nguoi dang ky', 'statistics'] },
];
