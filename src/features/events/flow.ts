import { fold } from '../../kernel/fold.ts';
import type { OutboundMessage } from '../../kernel/message.ts';
import type { Flow, FlowState, StepInput, StepResult } from '../../engine/types.ts';
import * as bq from '../broadcast/questions.ts';
import { readGroupsAnswer } from '../broadcast/groups-answer.ts';
import { readPickAnswer, readTargetsAnswer } from '../broadcast/target-answer.ts';
import { flattenTargets, officialScopes, scopeFor, TARGETS_TEXT_MAX, type TargetPart } from '../broadcast/targets.ts';
import { parseSendTime, startOfSending } from '../broadcast/when.ts';
import { chosen } from '../shared/choice.ts';
import { placeFromCommuneAnswer, placeFromPickAnswer, type PlaceOutcome } from '../shared/place-answer.ts';
import { answerScopedCommune } from '../shared/scoped-commune.ts';
import type { Context, Emits, EventsContext } from './context.ts';
import {
  ADDRESS,
  CAPACITY,
  EMPTY,
  EVENTS_FLOW,
  isStep,
  LINK_MAX,
  readData,
  STEPS,
  TITLE,
  writeData,
  type EventsData,
  type Step,
} from './data.ts';
import * as q from './questions.ts';
import { parseEventStart } from './starts-at.ts';

/**
 * /taophien (/event): an official creates a job fair or an online session, and its announcement goes out as a
 * broadcast does (the area and priority-group questions, the count and the quiet hours are /phatsong's).
 *
 *   kind (a village meeting → /hopthon, after it) → (online: the https link) → title → start (Vietnam time)
 *   → (on site: commune (→ pick) → address) → area (→ pick) → priority groups → capacity → confirm with the count
 *   → create and announce now, or at a chosen time (→ confirm)
 *
 * The place and every target lie within one of the official's scopes; the effect checks it again in SQL.
 * Pure: no I/O, no clock (`context.now`).
 */
type Scopes = readonly (string | null)[];

function continueAt(step: Step, data: EventsData, replies: OutboundMessage[]): StepResult<Emits> {
  const state: FlowState = { flow: EVENTS_FLOW, step, data: writeData(data), misses: 0 };
  return { kind: 'continue', replies, state };
}

const missWith = (reprompt: OutboundMessage): StepResult<Emits> => ({ kind: 'miss', reprompt });

function nextStep(data: EventsData): Step {
  if (data.kind === null) return 'kind';
  if (data.kind === 'online' && data.onlineUrl === null) return 'link';
  if (data.title === null) return 'title';
  if (data.startsAt === null) return 'starts';
  if (data.kind === 'fair' && data.communeCode === null) return 'commune';
  if (data.kind === 'fair' && data.address === null) return 'address';
  if (data.targets === null) return 'targets';
  if (data.groups === null) return 'groups';
  if (data.capacity === undefined) return 'capacity';
  return 'confirm';
}

/** Everything the confirm screen shows, or null while something is missing or the count is not for these targets. */
function planOf(data: EventsData, context: Context): q.Plan | null {
  const { kind, title, startsAt, targets, groups, capacity } = data;
  if (kind === null || title === null || startsAt === null || targets === null || groups === null) return null;
  if (capacity === undefined) return null;
  const audience = context.eventAudience;
  if (!audience || audience.regionCodes.join(',') !== flattenTargets(targets).join(',')) return null;
  const card = {
    kind,
    title,
    startsAt: new Date(startsAt),
    communeCode: data.communeCode,
    address: data.address,
    onlineUrl: data.onlineUrl,
  };
  return { card, targets, groups, audience, capacity, announceAt: data.announceAt ? new Date(data.announceAt) : null };
}

/** When the announcement goes: the time chosen, or now (the end of the quiet hours, when now is in them). */
function announceTime(data: EventsData, context: Context): Date {
  return data.announceAt === null ? startOfSending(context.now, context.quietHours) : new Date(data.announceAt);
}

function question(step: Step, data: EventsData, context: Context, scopes: Scopes): OutboundMessage {
  const { lang } = context;
  switch (step) {
    case 'kind':
      return q.kindQuestion(lang);
    case 'title':
      return q.titleQuestion(lang);
    case 'starts':
      return q.startsQuestion(lang);
    case 'commune':
    case 'commune_pick':
      return q.communeQuestion(lang, scopes, data.provinceCode);
    case 'address':
      return q.addressQuestion(lang);
    case 'link':
      return q.linkQuestion(lang);
    case 'targets':
    case 'target_pick':
      return q.withTargetsHeading(lang, bq.targetsQuestion(lang, scopes));
    case 'groups':
      return bq.groupsQuestion(lang, data.targets ?? []);
    case 'capacity':
      return q.capacityQuestion(lang);
    case 'confirm': {
      const plan = planOf(data, context);
      return plan === null
        ? bq.groupsQuestion(lang, data.targets ?? [])
        : q.confirmQuestion(lang, plan, announceTime(data, context), context.now);
    }
    case 'announce':
      return q.announceQuestion(lang, context.quietHours);
  }
}

/** The next question for what is missing; a confirm screen without the count for these targets asks the groups. */
function goOn(data: EventsData, context: Context, scopes: Scopes, before: OutboundMessage[] = []): StepResult<Emits> {
  let step = nextStep(data);
  let next = data;
  if (step === 'confirm' && planOf(data, context) === null) {
    next = { ...data, groups: null };
    step = 'groups';
  }
  return continueAt(step, next, [...before, question(step, next, context, scopes)]);
}

// --- the steps ----------------------------------------------------------------------------------

function onKind(data: EventsData, input: StepInput, context: Context, scopes: Scopes): StepResult<Emits> {
  switch (chosen(input, q.kindChoices(context.lang))) {
    case q.KIND_FAIR:
      return goOn({ ...data, kind: 'fair' }, context, scopes);
    case q.KIND_ONLINE:
      return goOn({ ...data, kind: 'online', communeCode: null, address: null }, context, scopes);
    case q.KIND_MEETING:
      return { kind: 'done', replies: [q.meetingReply(context.lang)] };
    default:
      return missWith(q.kindQuestion(context.lang, true));
  }
}

function onTitle(data: EventsData, input: StepInput, context: Context, scopes: Scopes): StepResult<Emits> {
  const title = input.text?.normalize('NFC').replace(/\s+/g, ' ').trim() ?? '';
  if (title.length < TITLE.min || title.length > TITLE.max) return missWith(q.titleQuestion(context.lang, true));
  return goOn({ ...data, title }, context, scopes);
}

function onStarts(data: EventsData, input: StepInput, context: Context, scopes: Scopes): StepResult<Emits> {
  const typed = input.text ?? '';
  const answer = parseEventStart(typed, context.now);
  if (answer.kind !== 'at') return missWith(q.startsMiss(context.lang, answer, typed, context.now));
  return goOn({ ...data, startsAt: answer.at.toISOString(), announceAt: null }, context, scopes);
}

function onPlace(data: EventsData, outcome: PlaceOutcome, context: Context, scopes: Scopes): StepResult<Emits> {
  const answer = answerScopedCommune(data, outcome, context.lang, scopes, q);
  if (answer.kind === 'miss') return missWith(answer.message);
  if (answer.kind === 'ask') return continueAt(answer.step, answer.data, [answer.message]);
  return goOn(answer.data, context, scopes);
}

function onAddress(data: EventsData, input: StepInput, context: Context, scopes: Scopes): StepResult<Emits> {
  const address = input.text?.normalize('NFC').replace(/\s+/g, ' ').trim() ?? '';
  if (address.length < ADDRESS.min || address.length > ADDRESS.max)
    return missWith(q.addressQuestion(context.lang, true));
  return goOn({ ...data, address }, context, scopes);
}

function onLink(data: EventsData, input: StepInput, context: Context, scopes: Scopes): StepResult<Emits> {
  const url = input.text?.trim() ?? '';
  if (!/^https:\/\/\S+\.\S+$/i.test(url) || url.length > LINK_MAX) return missWith(q.linkQuestion(context.lang, true));
  return goOn({ ...data, onlineUrl: url }, context, scopes);
}

function setTargets(data: EventsData, parts: TargetPart[], context: Context, scopes: Scopes): StepResult<Emits> {
  const place = data.communeCode === null ? [] : [data.communeCode];
  if (scopeFor([...place, ...flattenTargets(parts)], scopes) === undefined) {
    const question = q.withTargetsHeading(context.lang, bq.targetsQuestion(context.lang, scopes));
    return missWith({ ...question, text: bq.oneAreaText(context.lang) });
  }
  return goOn({ ...data, targets: parts, targetPick: null, groups: null }, context, scopes);
}

function onTargets(data: EventsData, input: StepInput, context: Context, scopes: Scopes): StepResult<Emits> {
  const { lang } = context;
  const answer = readTargetsAnswer(lang, input, scopes);
  switch (answer.kind) {
    case 'parts':
      return setTargets(data, answer.parts, context, scopes);
    case 'pick':
      return continueAt('target_pick', { ...data, targetPick: answer.pending }, [
        bq.pickQuestion(lang, answer.pending.picks[0]!),
      ]);
    case 'miss':
      return missWith(q.withTargetsHeading(lang, bq.targetsMiss(lang, scopes, answer.miss)));
  }
}

function onTargetPick(data: EventsData, input: StepInput, context: Context, scopes: Scopes): StepResult<Emits> {
  const pending = data.targetPick;
  const pick = pending?.picks[0];
  if (!pending || !pick) return goOn({ ...data, targetPick: null }, context, scopes);
  const answer = readPickAnswer(input, pending, pick);
  switch (answer.kind) {
    case 'parts':
      return setTargets(data, answer.parts, context, scopes);
    case 'pick':
      return continueAt('target_pick', { ...data, targetPick: answer.pending }, [
        bq.pickQuestion(context.lang, answer.pending.picks[0]!),
      ]);
    case 'retyped':
      return onTargets({ ...data, targetPick: null }, input, context, scopes);
    case 'miss':
      return missWith(bq.pickMiss(context.lang, answer.pick));
  }
}

function onGroups(data: EventsData, input: StepInput, context: Context, scopes: Scopes): StepResult<Emits> {
  const groups = readGroupsAnswer(context.lang, input);
  if (groups === null) return missWith(bq.groupsMiss(context.lang, data.targets ?? []));
  return goOn({ ...data, groups }, context, scopes);
}

const NO_LIMIT = new Set(['khong', 'khong gioi han', 'ko gioi han', 'vo han', 'no limit', 'unlimited', 'none']);

function onCapacity(data: EventsData, input: StepInput, context: Context, scopes: Scopes): StepResult<Emits> {
  const { lang } = context;
  const folded = input.text === null ? '' : fold(input.text);
  if (chosen(input, q.capacityQuestion(lang).choices ?? []) === q.CAPACITY_NONE || NO_LIMIT.has(folded))
    return goOn({ ...data, capacity: null }, context, scopes);
  const digits = (input.text ?? '').replace(/[.,\s]/g, '');
  const capacity = /^\d{1,6}$/.test(digits) ? Number(digits) : Number.NaN;
  if (!(capacity >= CAPACITY.min && capacity <= CAPACITY.max)) return missWith(q.capacityQuestion(lang, true));
  return goOn({ ...data, capacity }, context, scopes);
}

function create(data: EventsData, plan: q.Plan, announceAt: Date, context: Context, scopes: Scopes) {
  const place = data.communeCode === null ? [] : [data.communeCode];
  const targets = flattenTargets(plan.targets);
  const scope = scopeFor([...place, ...targets], scopes);
  if (scope === undefined || plan.card.kind === 'meeting')
    return continueAt('targets', { ...data, targets: null, groups: null }, [
      question('targets', data, context, scopes),
    ]);
  const result: StepResult<Emits> = {
    kind: 'done',
    replies: [q.doneReply(context.lang, announceAt, context.now)],
    effects: [
      {
        kind: 'create_event',
        event: {
          kind: plan.card.kind,
          title: plan.card.title,
          startsAt: plan.card.startsAt,
          communeCode: plan.card.communeCode,
          address: plan.card.address,
          onlineUrl: plan.card.onlineUrl,
          targets,
          priorityGroups: [...(data.groups ?? [])],
          capacity: plan.capacity,
          scopeRegionCode: scope,
          announceAt,
        },
      },
    ],
  };
  return result;
}

function onConfirm(data: EventsData, input: StepInput, context: Context, scopes: Scopes): StepResult<Emits> {
  const { lang, now } = context;
  const plan = planOf(data, context);
  if (plan === null) return goOn(data, context, scopes);
  // Resumed after the start passed: the start is asked again.
  if (plan.card.startsAt.getTime() <= now.getTime())
    return continueAt('starts', { ...data, startsAt: null }, [q.startsQuestion(lang)]);
  const announceAt = announceTime(data, context);
  switch (chosen(input, q.confirmChoices(lang, announceAt, now))) {
    case q.CREATE:
      if (data.announceAt !== null && announceAt.getTime() <= now.getTime())
        return continueAt('announce', { ...data, announceAt: null }, [q.announceQuestion(lang, context.quietHours)]);
      return create(data, plan, announceAt, context, scopes);
    case q.SCHEDULE:
      return continueAt('announce', data, [q.announceQuestion(lang, context.quietHours)]);
    case q.CANCEL:
      return { kind: 'done', replies: [q.cancelledReply(lang)] };
    default:
      return missWith(q.confirmMiss(lang, plan, announceAt, now));
  }
}

function onAnnounce(data: EventsData, input: StepInput, context: Context, scopes: Scopes): StepResult<Emits> {
  const { lang, now, quietHours: quiet } = context;
  const answer = input.text === null ? ({ kind: 'invalid' } as const) : parseSendTime(input.text, now, quiet);
  const startsAt = data.startsAt === null ? null : new Date(data.startsAt);
  switch (answer.kind) {
    case 'now':
      return goOn({ ...data, announceAt: null }, context, scopes);
    case 'at':
    case 'too_far':
      if (startsAt !== null && answer.at.getTime() >= startsAt.getTime())
        return missWith(q.announceMiss(lang, quiet, { kind: 'after_start' }, now));
      return goOn({ ...data, announceAt: answer.at.toISOString() }, context, scopes);
    case 'quiet':
      return missWith(q.announceMiss(lang, quiet, { kind: 'quiet', at: answer.at }, now));
    default:
      return missWith(q.announceMiss(lang, quiet, { kind: 'invalid' }, now));
  }
}

export const eventsFlow: Flow<EventsContext, Emits> = {
  steps: STEPS,
  answerLimits: {
    address: ADDRESS.max,
    link: LINK_MAX,
    targets: TARGETS_TEXT_MAX,
    target_pick: TARGETS_TEXT_MAX,
  },
  begin(context): StepResult<Emits> {
    if (officialScopes(context.roles).length === 0) return { kind: 'done', replies: [q.notOfficial(context.lang)] };
    return continueAt('kind', EMPTY, [q.kindQuestion(context.lang)]);
  },
  step(state, input, context): StepResult<Emits> {
    const scopes = officialScopes(context.roles);
    if (scopes.length === 0) return { kind: 'done', replies: [q.notOfficial(context.lang)] };
    const data = readData(state.data);
    const step = isStep(state.step) ? state.step : nextStep(data);
    // A step whose earlier answers are gone (an old or damaged state) asks the first one missing.
    const asksEarlier = !['commune_pick', 'target_pick', 'announce'].includes(step);
    if (asksEarlier && STEPS.indexOf(nextStep(data)) < STEPS.indexOf(step)) return goOn(data, context, scopes);
    switch (step) {
      case 'kind':
        return onKind(data, input, context, scopes);
      case 'title':
        return onTitle(data, input, context, scopes);
      case 'starts':
        return onStarts(data, input, context, scopes);
      case 'commune':
        return onPlace(data, placeFromCommuneAnswer(input, data.provinceCode), context, scopes);
      case 'commune_pick':
        return onPlace(data, placeFromPickAnswer(input, data.placePick, data.provinceCode), context, scopes);
      case 'address':
        return onAddress(data, input, context, scopes);
      case 'link':
        return onLink(data, input, context, scopes);
      case 'targets':
        return onTargets(data, input, context, scopes);
      case 'target_pick':
        return onTargetPick(data, input, context, scopes);
      case 'groups':
        return onGroups(data, input, context, scopes);
      case 'capacity':
        return onCapacity(data, input, context, scopes);
      case 'confirm':
        return onConfirm(data, input, context, scopes);
      case 'announce':
        return onAnnounce(data, input, context, scopes);
    }
  },
};
