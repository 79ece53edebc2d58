import { defineFeature, type Resumption } from '../../engine/feature.ts';
import { parseEventAnswer } from './choices.ts';
import type { Emits, EventRegistrationContext } from './context.ts';
import { registrationEffects } from './effects.ts';
import { EVENT_REGISTRATION_FLOW, eventRegistrationFlow } from './flow.ts';
import { loadEventRegistration } from './loader.ts';
import { messages } from './messages.ts';
import { eventRegistrationNotifications } from './notifications.ts';
import { EventRegistrationData } from './state.ts';

/** An answer to an announcement, a ticket or a reminder, or a `/start f<id>` link, runs the flow's answer step. */
function eventAnswerAt(choiceId: string): Resumption | null {
  const answer = parseEventAnswer(choiceId);
  if (!answer) return null;
  const eventId = answer.kind === 'cancel' ? null : answer.eventId;
  const via = answer.kind === 'link' ? 'link' : 'announcement';
  return {
    state: {
      flow: EVENT_REGISTRATION_FLOW,
      step: 'answer',
      data: { eventId, via, vacancyIds: [], share: false, fullName: null },
      misses: 0,
    },
    input: { text: null, choiceId, choiceIds: [choiceId] },
  };
}

/** Workers register for a job fair or session: a ticket, the waiting list, "Không đến được", reminders. */
export const eventRegistrationFeature = defineFeature<EventRegistrationContext, Emits>({
  name: EVENT_REGISTRATION_FLOW,
  flow: { ...eventRegistrationFlow, data: EventRegistrationData },
  load: loadEventRegistration,
  effects: registrationEffects,
  answers: eventAnswerAt,
  notifications: eventRegistrationNotifications,
  messages,
});
