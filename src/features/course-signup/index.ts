import { defineFeature, type Resumption } from '../../engine/feature.ts';
import { parseCourseAnswer } from './choices.ts';
import type { CourseSignupContext, Emits } from './context.ts';
import { courseSignupEffects } from './effects.ts';
import { COURSE_SIGNUP_FLOW, courseSignupFlow } from './flow.ts';
import { loadCourseSignup } from './loader.ts';
import { messages } from './messages.ts';
import { courseSignupNotifications } from './notifications.ts';
import { CourseSignupData } from './state.ts';

/** An answer to a course card, to "Khoá học của tôi" or to a question's notice runs the flow's answer step. */
function courseAnswerAt(choiceId: string): Resumption | null {
  if (!parseCourseAnswer(choiceId)) return null;
  return {
    state: {
      flow: COURSE_SIGNUP_FLOW,
      step: 'answer',
      data: { courseId: null, via: null, fullName: null, questionId: null },
      misses: 0,
    },
    input: { text: null, choiceId, choiceIds: [choiceId] },
  };
}

/** Workers answer a course: sign up (or wait for a place), ask the provider, or say not interested. */
export const courseSignupFeature = defineFeature<CourseSignupContext, Emits>({
  name: COURSE_SIGNUP_FLOW,
  flow: { ...courseSignupFlow, data: CourseSignupData },
  load: loadCourseSignup,
  effects: courseSignupEffects,
  answers: courseAnswerAt,
  notifications: courseSignupNotifications,
  messages,
});
