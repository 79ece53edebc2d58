import type { FeatureIntent } from '../../engine/intents.ts';
import { tradeAndPlace } from '../shared/trade-and-place.ts';

/**
 * Asking for training in people's words ("muốn học nghề", "có lớp học may không", "học nghề hàn ở Phổ Yên"): the
 * open courses, narrowed to the trade and commune they name.
 */
export const courseSearchIntents: readonly FeatureIntent[] = [
  {
    id: 'training',
    phrases: [
      'hocnghe',
      'hoc nghe',
      'muon hoc nghe',
      'day nghe',
      'dao tao nghe',
      'khoa hoc',
      'khoa hoc nghe',
      'lop hoc',
      'lop hoc nghe',
      'muon hoc',
      'hoc may',
      'hoc han',
      'hoc lai xe',
      'hoc nau an',
      'vocational training',
      'training course',
    ],
    hints: tradeAndPlace,
  },
];
