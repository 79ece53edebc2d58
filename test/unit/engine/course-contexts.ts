import type { CourseFacts } from '../../../src/db/courses.ts';
import type { FlowState } from '../../../src/engine/types.ts';
import type { CourseSearchContext } from '../../../src/features/course-search/context.ts';
import type { CourseSignupContext } from '../../../src/features/course-signup/context.ts';

/**
 * What the course features' loaders would read, for the step explorer: six open courses (so "Xem thêm" shows), one
 * sign-up of the person's own, a full course for the employer persona (the waiting list), the name and phone unknown
 * (both asked), and a question the persona may answer.
 */
export const exploredCourse = (id: number, full = false): CourseFacts => ({
  id,
  providerId: 1,
  providerName: 'Trường Trung cấp nghề Thái Nguyên',
  providerVerified: id === 1,
  title: `May công nghiệp ${id}`,
  occupation: 'garment',
  level: 'elementary',
  online: id === 6,
  communeCode: id === 6 ? null : '05443',
  provinceCode: id === 6 ? null : '19',
  address: 'Nhà văn hoá tổ 3',
  startsOn: '2026-12-05',
  durationDays: 90,
  schedule: 'day',
  seats: 20,
  feeVnd: id === 2 ? 1_500_000 : 0,
  supportText: null,
  prioritySupport: id === 1,
  supportAmountVnd: id === 1 ? 3_000_000 : null,
  contact: null,
  status: 'approved',
  seatsTaken: full ? 20 : 3,
  waiting: full ? 2 : 0,
});

export function courseSignupContextFor(persona: string): CourseSignupContext['courseSignup'] {
  return {
    course: exploredCourse(1, persona === 'employer'),
    enrolment: null,
    fullName: null,
    phoneE164: null,
    question: {
      id: 3,
      courseTitle: 'May công nghiệp 1',
      text: 'Có hỗ trợ tiền ăn không?',
      answered: false,
      mayAnswer: true,
    },
  };
}

export function courseSearchContextFor(
  hasProfile: boolean,
  state: FlowState | null,
): CourseSearchContext['courseSearch'] {
  const given = typeof state?.data.communeCode === 'string' ? state.data.communeCode : null;
  return {
    communeCode: hasProfile ? '05443' : given,
    givenCommune: given,
    occupations: [],
    courses: [1, 2, 3, 4, 5, 6].map((id) => exploredCourse(id)),
    mine: [{ courseId: 1, title: 'May công nghiệp 1', status: 'signed_up', place: 0 }],
  };
}
