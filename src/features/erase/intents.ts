import type { FeatureIntent } from '../../engine/intents.ts';

/** Asking to be forgotten; /xoa still asks once before erasing anything. */
export const eraseIntents: readonly FeatureIntent[] = [
  {
    id: 'erase',
    phrases: [
      'xoa du lieu',
      'xoa thong tin',
      'xoa tai khoan',
      'xoa ho so',
      'xoa so dien thoai',
      'xoa het',
      'xoa ten toi',
      'delete my data',
      'delete my account',
      'forget me',
    ],
  },
];
