import type { FeatureIntent } from '../../engine/intents.ts';
import { tradeAndPlace } from '../shared/trade-and-place.ts';

/**
 * Looking for work in people's words ("tìm việc may ở Phổ Yên", "co viec j ko"): the list with the trade and place
 * they name; before they have registered, the registration with those filled in.
 */
export const searchIntents: readonly FeatureIntent[] = [
  {
    id: 'find_job',
    phrases: [
      'tim viec',
      'tim cong viec',
      'kiem viec',
      'xin viec',
      'can viec',
      'can viec lam',
      'can tim viec',
      'muon lam viec',
      'muon di lam',
      'muon lam cong nhan',
      'co viec',
      'co viec gi',
      'co viec lam',
      'con viec',
      'viec lam',
      'di lam',
      'lam them',
      'viec gan nha',
      'co cho nao tuyen',
      'cho nao tuyen',
      'noi nao tuyen',
      'dang tuyen khong',
      'co tuyen khong',
      'that nghiep',
      'job',
      'find a job',
      'find work',
      'looking for work',
      'need a job',
      'need work',
    ],
    hints: tradeAndPlace,
    // The registration feature's name (src/features/registration): features name each other, never import.
    instead: (context) => (context.profile ? null : 'registration'),
  },
];
