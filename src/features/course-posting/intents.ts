import type { FeatureIntent } from '../../engine/intents.ts';

/**
 * A provider or official asking to post a course in their own words ("đăng khoá học", "mở lớp học nghề"). Anyone
 * else who says it ("tuyển sinh học nghề") is asking about training: the topics feature's answer, named by its
 * topic hint, which /dangkhoahoc ignores.
 */
export const coursePostingIntents: readonly FeatureIntent[] = [
  {
    id: 'post_course',
    phrases: [
      'dang khoa hoc',
      'dang khoa hoc nghe',
      'dang lop hoc',
      'dang lop hoc nghe',
      'mo lop hoc nghe',
      'mo lop day nghe',
      'mo khoa hoc',
      'mo khoa dao tao',
      'tuyen sinh',
      'tuyen sinh hoc nghe',
      'thong bao tuyen sinh',
      'tuyen hoc vien',
      'post a course',
      'post a training course',
    ],
    hints: () => ({ topic: 'training' }),
    // The topics feature's name: features name each other, never import.
    instead: (context) =>
      context.audiences?.includes('provider') || context.audiences?.includes('official') ? null : 'topics',
  },
];
