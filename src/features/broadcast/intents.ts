import type { FeatureIntent } from '../../engine/intents.ts';

/** An official asking to announce to the people of chosen communes. */
export const broadcastIntents: readonly FeatureIntent[] = [
  {
    id: 'broadcast',
    phrases: ['phat song', 'gui thong bao', 'gui tin cho xa', 'gui tin hang loat', 'thong bao cho nguoi dan'],
  },
];
