import { defineFeature } from '../../engine/feature.ts';
import type { Emits, MeetingsContext } from './context.ts';
import { MeetingsData } from './data.ts';
import { meetingsEffects } from './effects.ts';
import { meetingsFlow } from './flow.ts';
import { loadMeetings } from './loader.ts';
import { messages, t } from './messages.ts';

/** /hopthon: an official records a village meeting held, with its attendees and topics (issue 14, item 5). */
export const eventMeetingsFeature = defineFeature<MeetingsContext, Emits>({
  name: 'event-meetings',
  commands: {
    names: ['hopthon', 'hop thon', 'meeting'],
    describe: (lang) => t(lang, 'event_meetings.command'),
    for: ['official'],
  },
  flow: { ...meetingsFlow, data: MeetingsData },
  load: loadMeetings,
  effects: meetingsEffects,
  messages,
});
