import type { DoorEvent, EventDoorContext } from '../../../src/features/event-door/context.ts';
import { eventIdOfChoice } from '../../../src/features/event-door/flow.ts';
import { parseEventFollowup } from '../../../src/features/event-door/followup.ts';
import { EventDoorData } from '../../../src/features/event-door/state.ts';
import type { FlowState } from '../../../src/engine/types.ts';
import { readTicketCode } from '../../../src/kernel/events/ticket-code.ts';

/**
 * What the event door's loader would read for the step explorer's personas: an official runs the door of one fair;
 * an employer is joined to it with three open jobs (and invited to a second); nobody else has an event. A typed
 * ticket code is found, registered, with a name; a day-after answer is about the worker's own ticket.
 */
const FAIR: DoorEvent = {
  id: 7,
  title: 'Phiên việc làm Phổ Yên',
  startsAt: new Date('2026-12-05T01:30:00Z'),
  official: true,
  door: true,
  employerId: null,
  employerStatus: null,
};

function eventsOf(persona: string): DoorEvent[] {
  if (persona === 'official' || persona === 'new official') return [FAIR];
  if (persona === 'employer')
    return [
      { ...FAIR, official: false, employerId: 3, employerStatus: 'joined' },
      {
        ...FAIR,
        id: 8,
        title: 'Phiên việc làm online',
        official: false,
        door: false,
        employerId: 3,
        employerStatus: 'invited',
      },
    ];
  return [];
}

export function eventDoorContextFor(
  persona: string,
  state: FlowState | null,
  message: { text: string | null; choiceId: string | null },
): EventDoorContext {
  const events = eventsOf(persona);
  const stored = state?.flow === 'event-door' ? EventDoorData.parse(state.data).eventId : null;
  const eventId = eventIdOfChoice(message.choiceId) ?? stored;
  const doorEvent = events.find((event) => event.id === eventId) ?? null;
  const code = state?.step === 'door' ? readTicketCode(message.text) : null;
  const jobs = [
    { id: 11, title: 'Công nhân may', status: null },
    { id: 12, title: 'Phụ kho', status: 'interested' as const },
    { id: 13, title: 'Lái xe', status: null },
  ];
  const resultCode = state?.step === 'result_code' ? readTicketCode(message.text) : null;
  const keptRegistration = state?.step === 'result_job' || state?.step === 'result';
  return {
    doorEvents: events,
    doorEvent,
    ticket: code
      ? { code, found: { registrationId: 41, status: 'registered', name: 'Lò Thị Mai', checkedInAt: null } }
      : null,
    joinable: doorEvent?.employerId ? jobs : [],
    eventJobs: doorEvent?.door ? jobs : [],
    attendee:
      doorEvent?.employerStatus === 'joined' && (resultCode || keptRegistration)
        ? { registrationId: 41, code: resultCode ?? 'K7M2QD', name: 'Lò Thị Mai', jobs }
        : null,
    invitable: doorEvent?.official ? [{ id: 3, name: 'Công ty May Mai Anh' }] : [],
    followup:
      state?.step === 'followup' || state?.step === 'followup_job'
        ? { registrationId: parseEventFollowup(message.choiceId)?.registrationId ?? 41, jobs }
        : null,
    freshCode: 'W4LK3N',
  };
}
