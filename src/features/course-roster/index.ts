import { defineFeature } from '../../engine/feature.ts';
import type { CourseRosterContext, Emits } from './context.ts';
import { courseRosterEffects } from './effects.ts';
import { courseRosterFlow } from './flow.ts';
import { COURSE_ROSTER_FLOW, loadCourseRoster } from './loader.ts';
import { messages, t } from './messages.ts';
import { CourseRosterData } from './state.ts';

/** /khoahoc (/mycourses): providers and officials see their courses' sign-ups and mark enrolment and completion. */
export const courseRosterFeature = defineFeature<CourseRosterContext, Emits>({
  name: COURSE_ROSTER_FLOW,
  commands: {
    names: ['khoahoc', 'khoa hoc', 'mycourses'],
    describe: (lang) => t(lang, 'course_roster.command'),
    for: ['provider', 'official'],
  },
  menu: {
    id: 'menu.course_roster',
    order: 7,
    for: ['provider'],
    label: (lang) => t(lang, 'menu.course_roster'),
  },
  flow: { ...courseRosterFlow, data: CourseRosterData },
  load: loadCourseRoster,
  effects: courseRosterEffects,
  messages,
});
