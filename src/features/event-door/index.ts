import { defineFeature } from '../../engine/feature.ts';
import type { Emits, EventDoorContext } from './context.ts';
import { eventDoorEffects } from './effects.ts';
import { eventDoorAnswerAt, eventDoorFlow } from './flow.ts';
import { loadEventDoor } from './loader.ts';
import { messages, t } from './messages.ts';
import { eventFollowupQuestions } from './followup.ts';
import { eventInvitations } from './notifications.ts';
import { EventDoorData } from './state.ts';

/**
 * /cuaphien (issue 14): check-in and walk-ins at a job fair's door; officials invite employers; employers join a fair
 * with their vacancies and record interview results; the day after, attendees are asked whether they got a job.
 */
export const eventDoorFeature = defineFeature<EventDoorContext, Emits>({
  name: 'event-door', // stored in dialog_states.flow: never rename it
  commands: {
    names: ['cuaphien', 'cua phien', 'phiencuatoi', 'phien cua toi', 'checkin', 'event door'],
    describe: (lang) => t(lang, 'event_door.command'),
    for: ['employer', 'official'],
  },
  flow: { ...eventDoorFlow, data: EventDoorData },
  load: loadEventDoor,
  effects: eventDoorEffects,
  answers: eventDoorAnswerAt,
  notifications: [eventInvitations, eventFollowupQuestions],
  messages,
});
