import type { FeatureIntent } from '../../engine/intents.ts';

/**
 * An official asking in words to create a job fair ("tạo phiên giao dịch việc làm", "tổ chức hội chợ việc làm").
 * Anyone else who says it ("khi nào tổ chức hội chợ việc làm") is asking when one is: the topics feature's job-fair
 * answer (src/features/topics), named by its topic hint, which /taophien ignores.
 */
export const eventsIntents: readonly FeatureIntent[] = [
  {
    id: 'create_event',
    phrases: [
      'tao phien',
      'tao phien viec lam',
      'tao phien giao dich',
      'tao phien giao dich viec lam',
      'tao phien tuyen dung',
      'tao hoi cho viec lam',
      'tao ngay hoi viec lam',
      'mo phien giao dich',
      'mo phien giao dich viec lam',
      'mo phien tuyen dung',
      'to chuc phien giao dich',
      'to chuc phien giao dich viec lam',
      'to chuc hoi cho viec lam',
      'to chuc ngay hoi viec lam',
      'to chuc ngay hoi tuyen dung',
      'len lich phien giao dich',
      'create a job fair',
      'organise a job fair',
      'organize a job fair',
    ],
    hints: () => ({ topic: 'job_fair' }),
    // The topics feature's name: features name each other, never import.
    instead: (context) => (context.audiences?.includes('official') ? null : 'topics'),
  },
];
