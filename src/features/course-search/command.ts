import type { FeatureCommand } from '../../engine/feature.ts';
import { t } from './messages.ts';

/** /hocnghe, also with a trade after it ("/hocnghe han"). */
export const COURSE_SEARCH_COMMAND: FeatureCommand = {
  names: ['hocnghe', 'courses'],
  takesArgument: true,
  describe: (lang) => t(lang, 'coursesearch.command'),
};
