import type { FeatureIntent } from '../../engine/intents.ts';
import { tradeAndPlace } from '../shared/trade-and-place.ts';

/** "Đăng ký nhận tin việc làm" in people's words; the trade and place they name are filled in. */
export const registrationIntents: readonly FeatureIntent[] = [
  {
    id: 'register',
    phrases: [
      'dang ky',
      'dang ki',
      'muon dang ky',
      'dang ky tim viec',
      'dang ky lam',
      'dang ky nhan tin',
      'dang ky nhan viec',
      'dang ky thong tin',
      'ghi danh',
      'ghi ten',
      'tao ho so',
      'lam ho so',
      'nhan tin viec lam',
      'bao viec cho toi',
      'bao cho toi khi co viec',
      'register',
      'sign up',
    ],
    hints: tradeAndPlace,
  },
];
