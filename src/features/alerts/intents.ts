import type { FeatureIntent } from '../../engine/intents.ts';

/** Changing what alerts come and how often, in people's words. */
export const alertsIntents: readonly FeatureIntent[] = [
  {
    id: 'alerts',
    phrases: [
      'doi nghe',
      'them nghe',
      'thay doi nghe',
      'doi noi',
      'doi dia chi',
      'sua thong tin',
      'sua ho so',
      'doi luong',
      'it tin hon',
      'nhan tin moi ngay',
      'tam dung',
      'tam dung nhan tin',
      'tam nghi nhan tin',
      'bat lai thong bao',
      'change my trade',
      'alert settings',
    ],
  },
];
