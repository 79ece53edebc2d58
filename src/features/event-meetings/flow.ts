import { fold } from '../../kernel/fold.ts';
import type { OutboundMessage } from '../../kernel/message.ts';
import type { Flow, FlowState, StepInput, StepResult } from '../../engine/types.ts';
import { officialScopes, scopeFor } from '../broadcast/targets.ts';
import { chosen } from '../shared/choice.ts';
import { placeFromCommuneAnswer, placeFromPickAnswer, type PlaceOutcome } from '../shared/place-answer.ts';
import { answerScopedCommune } from '../shared/scoped-commune.ts';
import type { Context, Emits, MeetingsContext } from './context.ts';
import { ATTENDEES, EMPTY, isStep, MEETINGS_FLOW, MeetingsData, nextStep, STEPS, VILLAGE, type Step } from './data.ts';
import { checkMeetingDay, meetingStartsAt, parseMeetingDay } from './meeting-day.ts';
import * as q from './questions.ts';
import { readTopics } from './topics.ts';

/**
 * /hopthon: an official records a village meeting after it was held, for the funnel's attendees.
 *
 *   commune (→ pick; within the official's scope) → village → day (today, yesterday, "20/11"; not ahead)
 *   → attendees (1–100 000) → topics ("1 3") → confirm → an events row, kind 'meeting', status 'held'
 *
 * The effect checks the scope again in SQL. Pure: no I/O, no clock (`context.now`).
 */
type Scopes = readonly (string | null)[];

function continueAt(step: Step, data: MeetingsData, replies: OutboundMessage[]): StepResult<Emits> {
  const state: FlowState = { flow: MEETINGS_FLOW, step, data: structuredClone({ ...data }), misses: 0 };
  return { kind: 'continue', replies, state };
}

const missWith = (reprompt: OutboundMessage): StepResult<Emits> => ({ kind: 'miss', reprompt });

function complete(data: MeetingsData): q.Complete | null {
  const { communeCode, village, day, attendees } = data;
  if (communeCode === null || village === null || day === null || attendees === null) return null;
  return data.topics.length === 0 ? null : { ...data, communeCode, village, day, attendees };
}

function question(step: Step, data: MeetingsData, context: Context, scopes: Scopes): OutboundMessage {
  const { lang } = context;
  switch (step) {
    case 'commune':
    case 'commune_pick':
      return q.communeQuestion(lang, scopes, data.provinceCode);
    case 'village':
      return q.villageQuestion(lang);
    case 'day':
      return q.dayQuestion(lang);
    case 'attendees':
      return q.attendeesQuestion(lang);
    case 'topics':
      return q.topicsQuestion(lang);
    case 'confirm': {
      const ready = complete(data);
      return ready === null ? q.topicsQuestion(lang) : q.confirmQuestion(lang, ready);
    }
  }
}

function goOn(data: MeetingsData, context: Context, scopes: Scopes): StepResult<Emits> {
  const step = nextStep(data);
  return continueAt(step, data, [question(step, data, context, scopes)]);
}

function onPlace(data: MeetingsData, outcome: PlaceOutcome, context: Context, scopes: Scopes): StepResult<Emits> {
  const answer = answerScopedCommune(data, outcome, context.lang, scopes, q);
  if (answer.kind === 'miss') return missWith(answer.message);
  if (answer.kind === 'ask') return continueAt(answer.step, answer.data, [answer.message]);
  return goOn(answer.data, context, scopes);
}

function onVillage(data: MeetingsData, input: StepInput, context: Context, scopes: Scopes): StepResult<Emits> {
  const village = input.text?.normalize('NFC').replace(/\s+/g, ' ').trim() ?? '';
  if (village.length < VILLAGE.min || village.length > VILLAGE.max)
    return missWith(q.villageQuestion(context.lang, true));
  return goOn({ ...data, village }, context, scopes);
}

function onDay(data: MeetingsData, input: StepInput, context: Context, scopes: Scopes): StepResult<Emits> {
  const { lang, now } = context;
  const choice = chosen(input, q.dayChoices(lang));
  const typed = choice === q.DAY_TODAY ? 'hom nay' : choice === q.DAY_YESTERDAY ? 'hom qua' : (input.text ?? '');
  const answer = parseMeetingDay(typed, now);
  if (answer.kind !== 'day') return missWith(q.dayMiss(lang, answer, typed));
  return goOn({ ...data, day: answer.day }, context, scopes);
}

function onAttendees(data: MeetingsData, input: StepInput, context: Context, scopes: Scopes): StepResult<Emits> {
  const digits = (input.text ?? '').replace(/[.,\s]/g, '');
  const attendees = /^\d{1,6}$/.test(digits) ? Number(digits) : Number.NaN;
  if (!(attendees >= ATTENDEES.min && attendees <= ATTENDEES.max))
    return missWith(q.attendeesQuestion(context.lang, true));
  return goOn({ ...data, attendees }, context, scopes);
}

function onTopics(data: MeetingsData, input: StepInput, context: Context, scopes: Scopes): StepResult<Emits> {
  const topics = readTopics(context.lang, input);
  if (topics === null) return missWith(q.topicsQuestion(context.lang, true));
  return goOn({ ...data, topics }, context, scopes);
}

const SAVE_WORDS = new Set(['luu', 'co', 'dong y', 'ok', 'save', 'yes']);

function onConfirm(data: MeetingsData, input: StepInput, context: Context, scopes: Scopes): StepResult<Emits> {
  const { lang, now } = context;
  const ready = complete(data);
  if (ready === null) return goOn(data, context, scopes);
  const startsAt = meetingStartsAt(ready.day);
  // Resumed long after, the day may now be too old to record: it is asked again.
  if (checkMeetingDay(ready.day, now).kind !== 'day')
    return continueAt('day', { ...data, day: null }, [q.dayQuestion(lang)]);
  const answer =
    chosen(input, q.confirmChoices(lang)) ?? (input.text && SAVE_WORDS.has(fold(input.text)) ? q.SAVE : null);
  if (answer === q.CANCEL) return { kind: 'done', replies: [q.cancelledReply(lang)] };
  if (answer !== q.SAVE) return missWith(q.confirmQuestion(lang, ready, true));
  const scope = scopeFor([ready.communeCode], scopes);
  if (scope === undefined)
    return continueAt('commune', { ...data, communeCode: null }, [question('commune', data, context, scopes)]);
  const meeting = {
    communeCode: ready.communeCode,
    village: ready.village,
    startsAt,
    attendees: ready.attendees,
    topics: [...ready.topics],
    scopeRegionCode: scope,
  };
  return { kind: 'done', replies: [q.savedReply(lang, ready.village)], effects: [{ kind: 'record_meeting', meeting }] };
}

export const meetingsFlow: Flow<MeetingsContext, Emits> = {
  steps: STEPS,
  begin(context): StepResult<Emits> {
    if (officialScopes(context.roles).length === 0) return { kind: 'done', replies: [q.notOfficial(context.lang)] };
    return goOn(EMPTY, context, officialScopes(context.roles));
  },
  step(state, input, context): StepResult<Emits> {
    const scopes = officialScopes(context.roles);
    if (scopes.length === 0) return { kind: 'done', replies: [q.notOfficial(context.lang)] };
    const data = MeetingsData.parse(state.data);
    const step = isStep(state.step) ? state.step : nextStep(data);
    // A step whose earlier answers are gone (an old or damaged state) asks the first one missing.
    if (step !== 'commune_pick' && STEPS.indexOf(nextStep(data)) < STEPS.indexOf(step))
      return goOn(data, context, scopes);
    switch (step) {
      case 'commune':
        return onPlace(data, placeFromCommuneAnswer(input, data.provinceCode), context, scopes);
      case 'commune_pick':
        return onPlace(data, placeFromPickAnswer(input, data.placePick, data.provinceCode), context, scopes);
      case 'village':
        return onVillage(data, input, context, scopes);
      case 'day':
        return onDay(data, input, context, scopes);
      case 'attendees':
        return onAttendees(data, input, context, scopes);
      case 'topics':
        return onTopics(data, input, context, scopes);
      case 'confirm':
        return onConfirm(data, input, context, scopes);
    }
  },
};
