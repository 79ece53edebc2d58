import { defineFeature } from '../../engine/feature.ts';
import { NoAnswers } from '../shared/stored-fields.ts';
import type { CourseOutcomeContext, Emits } from './context.ts';
import { courseOutcomeEffects } from './effects.ts';
import { COURSE_OUTCOME_FLOW, courseOutcomeAnswerAt, courseOutcomeFlow } from './flow.ts';
import { loadCourseOutcome } from './loader.ts';
import { messages } from './messages.ts';
import { courseOutcomeNotifications } from './notifications.ts';

/** From course to job: enrolment and completion told, the trade added with matching vacancies, the 60-day answer. */
export const courseOutcomeFeature = defineFeature<CourseOutcomeContext, Emits>({
  name: COURSE_OUTCOME_FLOW,
  flow: { ...courseOutcomeFlow, data: NoAnswers },
  load: loadCourseOutcome,
  effects: courseOutcomeEffects,
  answers: courseOutcomeAnswerAt,
  notifications: courseOutcomeNotifications,
  messages,
});
