import type { Resumption } from '../../engine/feature.ts';
import type { Flow, StepResult } from '../../engine/types.ts';
import { formatDate, type Lang } from '../../kernel/i18n/index.ts';
import type { Choice } from '../../kernel/message.ts';
import { chosen } from '../shared/choice.ts';
import type { Context, DoorEvent, Emits, EventDoorContext } from './context.ts';
import { atDoor, onWalkInJobs, onWalkInName, onWalkInPhone, openDoor } from './door.ts';
import { FOLLOWUP_PREFIX, onFollowupAnswer, onFollowupJob, parseEventFollowup } from './followup.ts';
import { onInvite, startInvite } from './invite.ts';
import { decline, onExtra, onVacancies, startJoin } from './join.ts';
import { t } from './messages.ts';
import { askCode, onResult, onResultCode, onResultJob } from './results.ts';
import { EventDoorData as Data } from './state.ts';
import { at, clockTime, DOOR_FLOW, EMPTY, gone, miss, STEPS, type Step } from './steps.ts';

/**
 * /cuaphien: the people at a job fair's door and the employers recruiting there. The person picks one of their
 * upcoming events, then what to do there (only what they may; one thing is done at once):
 * - the door (an official in scope, or a joined employer): door.ts;
 * - an official invites employers near the event: invite.ts;
 * - an employer joins, changes their jobs there, or declines an invitation: join.ts; an invitation's "Tham gia
 *   phiên" (`event.join.<eventId>`) and "Không tham gia" (`event.decline.<eventId>`) answer here from anywhere;
 * - a joined employer records interview results: results.ts.
 * Only what the loader read is offered; every write checks the right to act again in SQL. Pure.
 */
const EVENT_PREFIX = 'door.event.';
const ACTIONS = ['door', 'invite', 'results', 'join', 'vacancies', 'decline'] as const;
type Action = (typeof ACTIONS)[number];
const ACTION_PREFIX = 'door.do.';
export const JOIN_PREFIX = 'event.join.';
export const DECLINE_PREFIX = 'event.decline.';

/** The event a choice names: a pick from the list, or an invitation's join or decline. */
export function eventIdOfChoice(choiceId: string | null): number | null {
  const match = /^(?:door\.event|event\.join|event\.decline)\.(\d{1,15})$/.exec(choiceId ?? '');
  const id = match ? Number(match[1]) : Number.NaN;
  return Number.isSafeInteger(id) && id > 0 ? id : null;
}

function when(lang: Lang, event: DoorEvent) {
  return { title: event.title, date: formatDate(lang, event.startsAt), time: clockTime(event.startsAt) };
}

function eventChoices(lang: Lang, events: readonly DoorEvent[]): Choice[] {
  return events.map((event) => ({
    id: `${EVENT_PREFIX}${event.id}`,
    label: t(lang, event.employerStatus === 'invited' ? 'event_door.event_invited' : 'event_door.event_line', {
      ...when(lang, event),
    }),
  }));
}

/** What the person may do at the event, in the order offered. */
export function actionsAt(event: DoorEvent): Action[] {
  const actions: Action[] = [];
  if (event.door) actions.push('door');
  if (event.official) actions.push('invite');
  if (event.employerId !== null) {
    if (event.employerStatus === 'joined') actions.push('results', 'vacancies');
    else actions.push('join');
  }
  if (event.employerStatus === 'invited') actions.push('decline');
  return actions;
}

function actionChoices(lang: Lang, actions: readonly Action[]): Choice[] {
  return actions.map((action) => ({ id: `${ACTION_PREFIX}${action}`, label: t(lang, `event_door.action.${action}`) }));
}

function act(action: Action, event: DoorEvent, context: Context): StepResult<Emits> {
  switch (action) {
    case 'door':
      return openDoor(event, context);
    case 'invite':
      return startInvite(event, context);
    case 'results':
      return askCode(event, context);
    case 'join':
    case 'vacancies':
      return startJoin(event, context);
    case 'decline':
      return decline(event, context);
  }
}

function onEvent(event: DoorEvent, context: Context): StepResult<Emits> {
  const { lang } = context;
  const actions = actionsAt(event);
  const [only, ...more] = actions;
  if (only === undefined) return gone(lang);
  if (more.length === 0) return act(only, event, context);
  return at(
    'action',
    { ...EMPTY, eventId: event.id },
    {
      replies: [
        {
          text: t(lang, 'event_door.actions', when(lang, event)),
          choices: actionChoices(lang, actions),
          prompt: t(lang, 'event_door.actions_question'),
        },
      ],
    },
  );
}

function onAnswer(choiceId: string | null, context: Context): StepResult<Emits> {
  const { lang, doorEvent } = context;
  if (!doorEvent || doorEvent.employerId === null || eventIdOfChoice(choiceId) !== doorEvent.id) return gone(lang);
  return choiceId?.startsWith(DECLINE_PREFIX) ? decline(doorEvent, context) : startJoin(doorEvent, context);
}

export const eventDoorFlow: Flow<EventDoorContext, Emits> = {
  steps: STEPS,
  begin(context) {
    const { lang, doorEvents } = context;
    if (doorEvents.length === 0) return { kind: 'done', replies: [{ text: t(lang, 'event_door.none') }] };
    return at('event', EMPTY, {
      replies: [
        {
          text: t(lang, 'event_door.pick_event'),
          choices: eventChoices(lang, doorEvents),
          prompt: t(lang, 'event_door.pick_question'),
        },
      ],
    });
  },
  step(state, input, context) {
    const { lang } = context;
    const data = Data.parse(state.data);
    switch (state.step as Step) {
      case 'event': {
        const id = chosen(input, eventChoices(lang, context.doorEvents));
        const event = context.doorEvents.find((e) => `${EVENT_PREFIX}${e.id}` === id);
        return event ? onEvent(event, context) : miss(t(lang, 'event_door.pick_miss'));
      }
      case 'action': {
        const event = context.doorEvent;
        if (!event) return gone(lang);
        const id = chosen(input, actionChoices(lang, actionsAt(event)));
        const action = actionsAt(event).find((a) => `${ACTION_PREFIX}${a}` === id);
        return action ? act(action, event, context) : miss(t(lang, 'event_door.actions_miss'));
      }
      case 'door':
        return atDoor(input, context);
      case 'walkin_name':
        return onWalkInName(data, input, context);
      case 'walkin_phone':
        return onWalkInPhone(data, input, context);
      case 'walkin_jobs':
        return onWalkInJobs(data, input, context);
      case 'vacancies':
        return onVacancies(data, input, context);
      case 'extra':
        return onExtra(data, input, context);
      case 'invite':
        return onInvite(input, context);
      case 'result_code':
        return onResultCode(data, input, context);
      case 'result_job':
        return onResultJob(data, input, context);
      case 'result':
        return onResult(data, input, context);
      case 'answer':
        return onAnswer(input.choiceId, context);
      case 'followup':
        return onFollowupAnswer(input, context);
      case 'followup_job':
        return onFollowupJob(data, input, context);
      default:
        return gone(lang);
    }
  },
};

/**
 * Answers to messages sent outside the flow, pressed or typed from anywhere: an invitation's "Tham gia phiên" /
 * "Không tham gia" (the answer step), and the day-after question (the followup step).
 */
export function eventDoorAnswerAt(choiceId: string): Resumption | null {
  const input = { text: null, choiceId, choiceIds: [choiceId] };
  if (choiceId.startsWith(FOLLOWUP_PREFIX))
    return parseEventFollowup(choiceId)
      ? { state: { flow: DOOR_FLOW, step: 'followup', data: { ...EMPTY }, misses: 0 }, input }
      : null;
  if (!choiceId.startsWith(JOIN_PREFIX) && !choiceId.startsWith(DECLINE_PREFIX)) return null;
  if (eventIdOfChoice(choiceId) === null) return null;
  return { state: { flow: DOOR_FLOW, step: 'answer', data: { ...EMPTY }, misses: 0 }, input };
}
