import { defineFeature } from '../../engine/feature.ts';
import { COURSE_SEARCH_COMMAND } from './command.ts';
import type { CourseSearchContext, Emits } from './context.ts';
import { COURSE_SEARCH_FLOW, courseSearchFlow } from './flow.ts';
import { courseSearchIntents } from './intents.ts';
import { loadCourseSearch } from './loader.ts';
import { messages } from './messages.ts';
import { CourseSearchData } from './state.ts';

/** /hocnghe: vocational courses near the person, starting soonest, with "Khoá học của tôi". */
export const courseSearchFeature = defineFeature<CourseSearchContext, Emits>({
  name: COURSE_SEARCH_FLOW,
  commands: COURSE_SEARCH_COMMAND,
  intents: courseSearchIntents,
  flow: { ...courseSearchFlow, data: CourseSearchData },
  load: loadCourseSearch,
  messages,
});
