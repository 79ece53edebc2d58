import type { FeatureIntent } from '../../engine/intents.ts';

/** An employer asking after their own posts and who answered them. */
export const vacanciesIntents: readonly FeatureIntent[] = [
  {
    id: 'my_vacancies',
    phrases: [
      'tin cua toi',
      'tin da dang',
      'xem tin da dang',
      'tin tuyen dung cua toi',
      'ai quan tam',
      'nguoi quan tam',
      'ai ung tuyen',
      'nguoi ung tuyen',
      'dong tin',
      'my posts',
      'my vacancies',
    ],
  },
];
