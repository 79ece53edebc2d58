import type { FeatureIntent } from '../../engine/intents.ts';

/** An employer asking to post a vacancy in their own words ("tôi muốn đăng tin tuyển người", "can tuyen 5 tho may"). */
export const postingIntents: readonly FeatureIntent[] = [
  {
    id: 'post_vacancy',
    phrases: [
      'dang tin',
      'dang tin tuyen',
      'dang tin tuyen dung',
      'dang tin tuyen nguoi',
      'dang tuyen',
      'dang viec',
      'tuyen nguoi',
      'tuyen dung nguoi',
      'tuyen lao dong',
      'tuyen cong nhan',
      'tuyen nhan vien',
      'tuyen tho',
      'can tuyen',
      'muon tuyen',
      'can nguoi lam',
      'can them nguoi',
      'tim nguoi lam',
      'tim tho',
      'tim lao dong',
      'thue nguoi',
      'can thue',
      'nha tuyen dung',
      'post a job',
      'post a vacancy',
      'hiring',
      'hire workers',
    ],
  },
];
