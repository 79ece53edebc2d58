import { defineFeature } from '../../engine/feature.ts';
import type { CoursePostingContext, Emits } from './context.ts';
import { CoursePostingData } from './data.ts';
import { coursePostingEffects } from './effects.ts';
import { coursePostingFlow } from './flow.ts';
import { coursePostingIntents } from './intents.ts';
import { loadCoursePosting } from './loader.ts';
import { messages, t } from './messages.ts';

/** /dangkhoahoc: a training provider (or an official for one) posts a vocational course for an official to review. */
export const coursePostingFeature = defineFeature<CoursePostingContext, Emits>({
  name: 'course-posting', // stored in dialog_states.flow: never rename it
  commands: {
    names: ['dangkhoahoc', 'dang khoa hoc', 'postcourse'],
    describe: (lang) => t(lang, 'course_posting.command'),
    for: ['provider', 'official'],
  },
  intents: coursePostingIntents,
  menu: { id: 'menu.course_posting', order: 4, for: ['provider'], label: (lang) => t(lang, 'menu.course_posting') },
  flow: { ...coursePostingFlow, data: CoursePostingData },
  load: loadCoursePosting,
  effects: coursePostingEffects,
  messages,
});
