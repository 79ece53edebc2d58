import { defineFeature } from '../../engine/feature.ts';
import { NoAnswers } from '../shared/stored-fields.ts';
import type { EventReportsContext } from './context.ts';
import { eventReportsFlow } from './flow.ts';
import { loadEventReports } from './loader.ts';
import { messages, t } from './messages.ts';

/** /phien: an event's report in chat, for officials (issue 14, item 6). */
export const eventReportsFeature = defineFeature<EventReportsContext, never>({
  name: 'event-reports',
  commands: {
    names: ['phien', 'bao cao phien', 'event report'],
    describe: (lang) => t(lang, 'event_reports.command'),
    for: ['official'],
  },
  flow: { ...eventReportsFlow, data: NoAnswers },
  load: loadEventReports,
  messages,
});
