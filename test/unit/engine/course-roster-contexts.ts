import type { OwnEnrolment } from '../../../src/features/course-outcome/enrolment.ts';
import type { ManagedCourse, RosterEntry } from '../../../src/features/course-roster/queries.ts';

/**
 * What the step explorer gives /khoahoc and the learner's answers: an official's two courses, one with a list where
 * every action has someone to pick; a completed enrolment of the worker's.
 */
const COURSES: ManagedCourse[] = [
  {
    id: 1,
    title: 'May công nghiệp',
    startsOn: '2026-12-05',
    status: 'approved',
    seats: 20,
    signedUp: 2,
    enrolled: 1,
    completed: 1,
    dropped: 0,
    waiting: 1,
  },
  {
    id: 6,
    title: 'Hàn điện',
    startsOn: '2027-01-05',
    status: 'pending',
    seats: null,
    signedUp: 0,
    enrolled: 0,
    completed: 0,
    dropped: 0,
    waiting: 0,
  },
];
const ROSTER: RosterEntry[] = [
  { enrolmentId: 11, number: 1, name: 'Lò Thị Mai', phoneE164: '+84912345678', status: 'signed_up' },
  { enrolmentId: 12, number: 2, name: null, phoneE164: null, status: 'signed_up' },
  { enrolmentId: 13, number: 3, name: null, phoneE164: null, status: 'enrolled' },
  { enrolmentId: 14, number: 4, name: null, phoneE164: null, status: 'completed' },
  { enrolmentId: 15, number: 5, name: null, phoneE164: null, status: 'waiting' },
];

export function courseRosterContextFor(persona: string): { managedCourses: ManagedCourse[]; roster: RosterEntry[] } {
  return persona === 'official' ? { managedCourses: COURSES, roster: ROSTER } : { managedCourses: [], roster: [] };
}

export function courseOutcomeContextFor(): { enrolment: OwnEnrolment } {
  return {
    enrolment: {
      enrolmentId: 1,
      courseId: 1,
      status: 'completed',
      title: 'May công nghiệp',
      occupation: 'garment',
      tradeAdded: false,
      followupAnswered: false,
    },
  };
}
