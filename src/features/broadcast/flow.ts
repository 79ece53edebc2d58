import type { OutboundMessage } from '../../kernel/message.ts';
import { audienceFromBreakdown } from '../../db/broadcast-audience.ts';
import type { Flow, FlowState, StepInput, StepResult } from '../../engine/types.ts';
import {
  BROADCAST_FLOW,
  EMPTY,
  isStep,
  readData,
  STEPS,
  TEXT_MAX,
  writeData,
  type BroadcastData,
  type Step,
} from './data.ts';
import * as q from './questions.ts';
import { detailMessage, readRecentAnswer, recentMiss, recentQuestion } from './progress.ts';
import { flattenTargets, officialScopes, scopeFor, TARGETS_TEXT_MAX, type TargetPart } from './targets.ts';
import { readPickAnswer, readTargetsAnswer } from './target-answer.ts';
import { readGroupsAnswer } from './groups-answer.ts';
import { checkSendTime, parseSendTime, startOfSending, type SendTimeAnswer } from './when.ts';
import { chosen } from '../shared/choice.ts';
import type { BroadcastContext, Context, Emits } from './context.ts';

/**
 * /phatsong (/broadcast): an official sends a message to the workers and group chats of their area.
 *
 *   [recent →] text → targets (the whole area, or places typed by name; → a numbered pick when a name is ambiguous)
 *   → priority groups (or skip) → preview with the recipient count → send now / schedule → (time → confirm)
 *
 * An official with broadcasts of the last 7 days first sees them with their progress (broadcast/progress.ts):
 * "1. Soạn thông báo mới", then each one ("đã gửi 1.234/5.000, lỗi 12, đang chờ 3.754"); a number shows that one in
 * detail, "1" starts a new one, and typing the text straight away starts a new one too (only their own broadcasts).
 *
 * Sending the whole area now takes 5 messages: /phatsong, the text, "1" (whole area), "6" (no priority group),
 * "1" (send now). A scheduled one takes 6: the time typed at the preview ("7:30 mai"), then "1" at the confirmation
 * (or 7 through "2. Hẹn giờ gửi"). "Send now" in the quiet hours starts at 07:00, and says so before it is chosen.
 * Every target lies within the official's scope (a province official: their province or its communes; a commune
 * official: that commune; a country official: anywhere); the effect checks it again in SQL. The recipient count
 * comes from the loader (loader.ts), counted in SQL for the targets already stored,
 * split by priority group so the preview can follow the groups answer in the same reply.
 * Workers (no official or admin role) are refused politely. Pure: no I/O, no clock (`context.now`).
 */
export { BROADCAST_FLOW };

type Scopes = readonly (string | null)[];

function continueAt(step: Step, data: BroadcastData, replies: OutboundMessage[]): StepResult<Emits> {
  const state: FlowState = { flow: BROADCAST_FLOW, step, data: writeData(data), misses: 0 };
  return { kind: 'continue', replies, state };
}

const missWith = (reprompt: OutboundMessage): StepResult<Emits> => ({ kind: 'miss', reprompt });

/** The first answer still missing; else the preview (send now) or the confirmation (a time chosen). */
function nextStep(data: BroadcastData): Step {
  if (data.text === null) return 'text';
  if (data.targets === null) return 'targets';
  if (data.groups === null) return 'groups';
  return data.sendAt === null ? 'preview' : 'confirm';
}

/** Everything the preview shows, or null while something is missing or the count is not for these targets. */
function planOf(data: BroadcastData, context: Context): q.Plan | null {
  if (data.text === null || data.targets === null || data.groups === null) return null;
  const audience = context.broadcastAudience;
  const codes = flattenTargets(data.targets);
  if (!audience || audience.regionCodes.join(',') !== codes.join(',')) return null;
  return {
    text: data.text,
    targets: data.targets,
    groups: data.groups,
    audience: audienceFromBreakdown(audience, data.groups),
  };
}

function question(step: Step, data: BroadcastData, context: Context, scopes: Scopes): OutboundMessage {
  const { lang, now, quietHours: quiet } = context;
  switch (step) {
    case 'recent': {
      const recent = context.recentBroadcasts ?? [];
      return recent.length > 0 ? recentQuestion(lang, recent, now) : q.textQuestion(lang, false);
    }
    case 'text':
      return q.textQuestion(lang, false);
    case 'targets':
      return q.targetsQuestion(lang, scopes);
    case 'pick': {
      const pick = data.pending?.picks[0];
      return pick ? q.pickQuestion(lang, pick) : q.targetsQuestion(lang, scopes);
    }
    case 'groups':
      return q.groupsQuestion(lang, data.targets ?? []);
    case 'when':
      return q.whenQuestion(lang, now, quiet);
    case 'preview':
    case 'confirm': {
      const plan = planOf(data, context);
      if (plan === null) return q.groupsQuestion(lang, data.targets ?? []);
      return step === 'confirm' && data.sendAt !== null
        ? q.confirmQuestion(lang, plan, new Date(data.sendAt), now, quiet)
        : q.previewQuestion(lang, plan, now, quiet);
    }
  }
}

/** The next question for what is missing. A preview whose count is not for these targets asks the groups again
 * (the loader counts the stored targets, so the next answer brings the right count). */
function goOn(
  data: BroadcastData,
  context: Context,
  scopes: Scopes,
  before: OutboundMessage[] = [],
): StepResult<Emits> {
  let step = nextStep(data);
  let next = data;
  if ((step === 'preview' || step === 'confirm') && planOf(data, context) === null) {
    next = { ...data, groups: null };
    step = 'groups';
  }
  return continueAt(step, next, [...before, question(step, next, context, scopes)]);
}

// --- the steps ----------------------------------------------------------------------------------

/** The list of recent broadcasts: a number shows one, "1" (or the text itself) starts a new one. */
function onRecent(input: StepInput, context: Context, scopes: Scopes): StepResult<Emits> {
  const { lang, now } = context;
  const recent = context.recentBroadcasts ?? [];
  if (recent.length === 0)
    return input.text === null
      ? continueAt('text', EMPTY, [q.textQuestion(lang, false)])
      : onText(EMPTY, input, context, scopes);
  const answer = readRecentAnswer(lang, input, recent, now);
  switch (answer.kind) {
    case 'new':
      return continueAt('text', EMPTY, [q.textQuestion(lang, false)]);
    case 'show':
      return continueAt('recent', EMPTY, [detailMessage(lang, answer.broadcast, recent, now)]);
    case 'unknown_number':
      return missWith(recentMiss(lang, recent, now));
    case 'text':
      return onText(EMPTY, input, context, scopes);
  }
}

function onText(data: BroadcastData, input: StepInput, context: Context, scopes: Scopes): StepResult<Emits> {
  const { lang } = context;
  const text = input.text?.normalize('NFC').trim() ?? '';
  if (text === '') return missWith(q.textMiss(lang, null));
  if (text.length > TEXT_MAX) return missWith(q.textMiss(lang, text.length));
  // The first time, the text as recipients will see it; after an edit, the preview shows it anyway.
  const before = data.targets === null ? [q.lookMessage(lang, text)] : [];
  return goOn({ ...data, text }, context, scopes, before);
}

function setTargets(data: BroadcastData, parts: TargetPart[], context: Context, scopes: Scopes): StepResult<Emits> {
  if (scopeFor(flattenTargets(parts), scopes) === undefined) {
    return missWith({ ...q.targetsQuestion(context.lang, scopes), text: q.oneAreaText(context.lang) });
  }
  // New targets: the groups are asked again, and their answer brings the count for these targets.
  return goOn({ ...data, targets: parts, pending: null, groups: null }, context, scopes);
}

function onTargets(data: BroadcastData, input: StepInput, context: Context, scopes: Scopes): StepResult<Emits> {
  const answer = readTargetsAnswer(context.lang, input, scopes);
  switch (answer.kind) {
    case 'parts':
      return setTargets(data, answer.parts, context, scopes);
    case 'pick':
      return continueAt('pick', { ...data, pending: answer.pending }, [
        q.pickQuestion(context.lang, answer.pending.picks[0]!),
      ]);
    case 'miss':
      return missWith(q.targetsMiss(context.lang, scopes, answer.miss));
  }
}

function onPick(data: BroadcastData, input: StepInput, context: Context, scopes: Scopes): StepResult<Emits> {
  const pending = data.pending;
  const pick = pending?.picks[0];
  if (!pending || !pick) return goOn({ ...data, pending: null }, context, scopes);
  const answer = readPickAnswer(input, pending, pick);
  switch (answer.kind) {
    case 'parts':
      return setTargets(data, answer.parts, context, scopes);
    case 'pick':
      return continueAt('pick', { ...data, pending: answer.pending }, [
        q.pickQuestion(context.lang, answer.pending.picks[0]!),
      ]);
    case 'retyped':
      return onTargets({ ...data, pending: null }, input, context, scopes);
    case 'miss':
      return missWith(q.pickMiss(context.lang, answer.pick));
  }
}

function onGroups(data: BroadcastData, input: StepInput, context: Context, scopes: Scopes): StepResult<Emits> {
  const groups = readGroupsAnswer(context.lang, input);
  if (groups === null) return missWith(q.groupsMiss(context.lang, data.targets ?? []));
  return goOn({ ...data, groups }, context, scopes);
}

/** The effect, and the person is done. */
function send(data: BroadcastData, plan: q.Plan, at: Date, context: Context, scopes: Scopes): StepResult<Emits> {
  const targets = flattenTargets(plan.targets);
  const scope = scopeFor(targets, scopes);
  if (scope === undefined)
    return continueAt('targets', { ...data, targets: null, groups: null }, [
      { ...q.targetsQuestion(context.lang, scopes), text: q.oneAreaText(context.lang) },
    ]);
  return {
    kind: 'done',
    replies: [q.doneReply(context.lang, at, context.now)],
    effects: [
      {
        kind: 'create_broadcast',
        broadcast: { text: plan.text, targets, priorityGroups: [...plan.groups], scopeRegionCode: scope, sendAt: at },
      },
    ],
  };
}

/** A time answered (typed anywhere a time makes sense, or a time choice pressed). */
function onTime(
  data: BroadcastData,
  answer: SendTimeAnswer,
  typed: string | null,
  context: Context,
  scopes: Scopes,
  atWhenStep: boolean,
): StepResult<Emits> {
  const { lang, now, quietHours: quiet } = context;
  const at = (miss: q.WhenMiss): StepResult<Emits> =>
    atWhenStep
      ? missWith(q.whenMiss(lang, now, quiet, miss))
      : continueAt('when', data, [q.whenMiss(lang, now, quiet, miss)]);
  switch (answer.kind) {
    case 'now':
      return goOn({ ...data, sendAt: null }, context, scopes);
    case 'at':
      return goOn({ ...data, sendAt: answer.at.toISOString() }, context, scopes);
    case 'past':
      return at({ kind: 'past', at: answer.at });
    case 'too_far':
      return at({ kind: 'too_far' });
    case 'quiet':
      return at({ kind: 'quiet', at: answer.at, suggestion: answer.suggestion });
    case 'no_time':
      return at({ kind: 'no_time' });
    case 'invalid':
      return at({ kind: 'invalid', typed });
  }
}

/** A time choice pressed: "bc.when.now" or "bc.when.at.<minute>" (also from an earlier question's suggestion). */
function timeChoice(input: StepInput, context: Context): SendTimeAnswer | null {
  const id = input.choiceId ?? (input.choiceIds.length === 1 ? input.choiceIds[0] : undefined) ?? null;
  if (id === q.WHEN_NOW) return { kind: 'now' };
  if (id === null || !id.startsWith(q.WHEN_AT_PREFIX)) return null;
  const minute = Number(id.slice(q.WHEN_AT_PREFIX.length));
  return Number.isSafeInteger(minute)
    ? checkSendTime(new Date(minute * 60_000), context.now, context.quietHours)
    : null;
}

function onWhen(data: BroadcastData, input: StepInput, context: Context, scopes: Scopes): StepResult<Emits> {
  const { lang, now, quietHours: quiet } = context;
  const pressed =
    timeChoice(input, context) ??
    (() => {
      const id = chosen(input, q.whenChoices(lang, now, quiet));
      return id === null ? null : timeChoice({ text: null, choiceId: id, choiceIds: [id] }, context);
    })();
  if (pressed !== null) return onTime(data, pressed, input.text, context, scopes, true);
  if (input.text === null) return missWith(q.whenMiss(lang, now, quiet, { kind: 'invalid', typed: null }));
  return onTime(data, parseSendTime(input.text, now, quiet), input.text, context, scopes, true);
}

function onPreview(data: BroadcastData, input: StepInput, context: Context, scopes: Scopes): StepResult<Emits> {
  const { lang, now, quietHours: quiet } = context;
  const plan = planOf(data, context);
  if (plan === null) return goOn(data, context, scopes);
  switch (chosen(input, q.previewChoices(lang, now, quiet))) {
    case q.PREVIEW_SEND:
      return send(data, plan, startOfSending(now, quiet), context, scopes);
    case q.PREVIEW_SCHEDULE:
      return continueAt('when', data, [q.whenQuestion(lang, now, quiet)]);
    case q.EDIT_TEXT:
      return continueAt('text', { ...data, text: null }, [q.textQuestion(lang, false)]);
    case q.EDIT_TARGETS:
      return continueAt('targets', { ...data, targets: null, groups: null, pending: null }, [
        q.targetsQuestion(lang, scopes),
      ]);
    case q.CANCEL:
      return { kind: 'done', replies: [q.cancelledReply(lang)] };
    default:
      break;
  }
  // A time typed straight away ("8:00 mai") schedules it.
  const answer = input.text === null ? null : parseSendTime(input.text, now, quiet);
  if (answer?.kind === 'now') return send(data, plan, startOfSending(now, quiet), context, scopes);
  if (answer !== null && answer.kind !== 'invalid') return onTime(data, answer, input.text, context, scopes, false);
  return missWith(q.previewMiss(lang, plan, now, quiet));
}

function onConfirm(data: BroadcastData, input: StepInput, context: Context, scopes: Scopes): StepResult<Emits> {
  const { lang, now, quietHours: quiet } = context;
  const plan = planOf(data, context);
  if (plan === null || data.sendAt === null) return goOn(data, context, scopes);
  const at = new Date(data.sendAt);
  switch (chosen(input, q.confirmChoices(lang))) {
    case q.CONFIRM_SEND:
      // Resumed after the time passed: the time is asked again.
      if (at.getTime() <= now.getTime())
        return continueAt('when', { ...data, sendAt: null }, [q.whenMiss(lang, now, quiet, { kind: 'passed', at })]);
      return send(data, plan, at, context, scopes);
    case q.EDIT_TEXT:
      return continueAt('text', { ...data, text: null }, [q.textQuestion(lang, false)]);
    case q.CHANGE_TIME:
      return continueAt('when', data, [q.whenQuestion(lang, now, quiet)]);
    case q.CANCEL:
      return { kind: 'done', replies: [q.cancelledReply(lang)] };
    default:
      break;
  }
  const answer = input.text === null ? null : parseSendTime(input.text, now, quiet);
  if (answer !== null && answer.kind !== 'invalid') return onTime(data, answer, input.text, context, scopes, false);
  return missWith(q.confirmMiss(lang, plan, at, now, quiet));
}

export const broadcastFlow: Flow<BroadcastContext, Emits> = {
  steps: STEPS,
  // The text (typed at 'recent' too, to start a new one) goes out as one message with a heading: within Zalo's
  // 2,000 characters. Targets are up to MAX_NAMES place names with their separators.
  answerLimits: { recent: TEXT_MAX, text: TEXT_MAX, targets: TARGETS_TEXT_MAX, pick: TARGETS_TEXT_MAX },
  begin(context): StepResult<Emits> {
    const { lang } = context;
    if (officialScopes(context.roles).length === 0) return { kind: 'done', replies: [q.notOfficial(lang)] };
    const recent = context.recentBroadcasts ?? [];
    if (recent.length > 0) return continueAt('recent', EMPTY, [recentQuestion(lang, recent, context.now)]);
    return continueAt('text', EMPTY, [q.textQuestion(lang, true)]);
  },
  step(state, input, context): StepResult<Emits> {
    const scopes = officialScopes(context.roles);
    if (scopes.length === 0) return { kind: 'done', replies: [q.notOfficial(context.lang)] };
    const data = readData(state.data);
    const step = isStep(state.step) ? state.step : nextStep(data);
    switch (step) {
      case 'recent':
        return onRecent(input, context, scopes);
      case 'text':
        return onText(data, input, context, scopes);
      case 'targets':
        return data.text === null ? goOn(data, context, scopes) : onTargets(data, input, context, scopes);
      case 'pick':
        return onPick(data, input, context, scopes);
      case 'groups':
        return data.targets === null ? goOn(data, context, scopes) : onGroups(data, input, context, scopes);
      case 'preview':
        return onPreview(data, input, context, scopes);
      case 'when':
        return data.targets === null || data.groups === null
          ? goOn(data, context, scopes)
          : onWhen(data, input, context, scopes);
      case 'confirm':
        return onConfirm(data, input, context, scopes);
    }
  },
};
