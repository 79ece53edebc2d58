import type { Flow, FlowState, StepInput, StepResult } from '../../engine/types.ts';
import { parseCourseDuration } from '../../kernel/courses/duration.ts';
import {
  COURSE_ADDRESS_LENGTH,
  COURSE_CONTACT_LENGTH,
  COURSE_SUPPORT_LENGTH,
  COURSE_TITLE_LENGTH,
  PROVIDER_NAME_LENGTH,
} from '../../kernel/courses/draft.ts';
import { parseVndAmount } from '../../kernel/courses/fee.ts';
import { parseCourseSeats } from '../../kernel/courses/seats.ts';
import { parseCourseStart } from '../../kernel/courses/start.ts';
import { COURSE_LEVELS, COURSE_SCHEDULES, readCourseLevel, readCourseSchedule } from '../../kernel/courses/words.ts';
import { fold } from '../../kernel/fold.ts';
import type { Lang } from '../../kernel/i18n/index.ts';
import type { OutboundMessage } from '../../kernel/message.ts';
import { isOccupationKey, matchOccupations } from '../../kernel/occupations/index.ts';
import { isOfficial, officialRegions } from '../../kernel/roles.ts';
import { vietnamIsoDate } from '../../kernel/time.ts';
import { boundedText, isSkip } from '../posting/parse.ts';
import { OCC_PREFIX, occupationChoices } from '../posting/questions.ts';
import { chosen } from '../shared/choice.ts';
import { placeFromCommuneAnswer, placeFromPickAnswer, type PlaceOutcome } from '../shared/place-answer.ts';
import { answerScopedCommune } from '../shared/scoped-commune.ts';
import type { Context, CoursePostingContext, Emits, PostingAs } from './context.ts';
import {
  COURSE_POSTING_FLOW,
  type CoursePostingData,
  EMPTY,
  isStep,
  readData,
  STEPS,
  type Step,
  writeData,
} from './data.ts';
import { draftOf, previewCard } from './draft.ts';
import * as q from './questions.ts';

/**
 * /dangkhoahoc (/postcourse): a training provider posts a course, or an official posts one for a provider.
 *
 *   provider's name (a provider's first time; an official every time) → title → trade (unless the title names
 *   exactly one) → level → commune (→ pick) → address, or online → start date → duration → schedule → seats
 *   → fee → support (or skip) → priority-group support (or skip) → contact (or skip) → preview with the card
 *   → "Gửi duyệt" (pending, for an official to review) / "Sửa" (one part, then the preview again) / "Huỷ".
 *
 * An official's commune lies within their scope (the effect checks it again). Every step checks what is still
 * missing, so an edit returns straight to the preview. Pure: no I/O, no clock (`context.now`).
 */
type Scopes = readonly (string | null)[];

/** A provider posts for their own record; an official for any provider; anyone else is told who this is for. */
export function postingAs(context: Pick<Context, 'roles' | 'provider'>): PostingAs | null {
  if (context.provider !== null || context.roles.some((grant) => grant.role === 'provider')) return 'provider';
  return isOfficial(context.roles) ? 'official' : null;
}

function scopesOf(as: PostingAs, context: Context): Scopes {
  return as === 'official' ? officialRegions(context.roles) : [null];
}

function continueAt(step: Step, data: CoursePostingData, replies: OutboundMessage[]): StepResult<Emits> {
  const state: FlowState = { flow: COURSE_POSTING_FLOW, step, data: writeData(data), misses: 0 };
  return { kind: 'continue', replies, state };
}

const missWith = (reprompt: OutboundMessage): StepResult<Emits> => ({ kind: 'miss', reprompt });

/** The first answer still missing; else the preview. */
function nextStep(data: CoursePostingData): Step {
  if (data.providerName === null) return 'provider';
  if (data.title === null) return 'title';
  if (data.occupation === null) return 'occupation';
  if (data.level === null) return 'level';
  if (!data.online && data.communeCode === null) return 'commune';
  if (!data.online && data.address === null) return 'address';
  if (data.startsOn === null) return 'starts';
  if (data.durationDays === null) return 'duration';
  if (data.schedule === null) return 'schedule';
  if (!data.seatsAnswered) return 'seats';
  if (data.feeVnd === null) return 'fee';
  if (!data.supportAnswered) return 'support';
  if (!data.priorityAnswered) return 'priority';
  if (!data.contactAnswered) return 'contact';
  return 'preview';
}

function question(step: Step, data: CoursePostingData, lang: Lang, as: PostingAs, scopes: Scopes): OutboundMessage {
  switch (step) {
    case 'provider':
      return q.providerQuestion(lang, as);
    case 'title':
      return q.titleQuestion(lang);
    case 'occupation':
      return q.occupationQuestion(lang, data.title);
    case 'level':
      return q.levelQuestion(lang);
    case 'commune':
    case 'commune_pick':
      return q.communeQuestion(lang, scopes, data.provinceCode);
    case 'address':
      return q.addressQuestion(lang);
    case 'starts':
      return q.startsQuestion(lang);
    case 'duration':
      return q.durationQuestion(lang);
    case 'schedule':
      return q.scheduleQuestion(lang);
    case 'seats':
      return q.seatsQuestion(lang);
    case 'fee':
      return q.feeQuestion(lang);
    case 'support':
      return q.supportQuestion(lang);
    case 'priority':
      return q.priorityQuestion(lang);
    case 'contact':
      return q.contactQuestion(lang);
    case 'preview': {
      const draft = draftOf(data);
      return draft === null
        ? question(nextStep(data), data, lang, as, scopes)
        : q.previewQuestion(lang, previewCard(draft, data.providerVerified));
    }
    case 'edit':
      return q.editQuestion(lang, data);
  }
}

/** One step's answer, with what it needs to word the next question. */
interface Turn {
  data: CoursePostingData;
  input: StepInput;
  context: Context;
  as: PostingAs;
  scopes: Scopes;
}

function goOn(turn: Turn, data: CoursePostingData): StepResult<Emits> {
  const step = nextStep(data);
  return continueAt(step, data, [question(step, data, turn.context.lang, turn.as, turn.scopes)]);
}

const typedText = (input: StepInput): string | null =>
  input.text === null || fold(input.text) === '' ? null : input.text;

// --- the steps ----------------------------------------------------------------------------------

function onProvider(turn: Turn): StepResult<Emits> {
  const name = boundedText(turn.input.text, PROVIDER_NAME_LENGTH);
  if (name === null) return missWith(q.providerMiss(turn.context.lang, turn.as));
  return goOn(turn, { ...turn.data, providerName: name, providerVerified: false, providerTyped: true });
}

function onTitle(turn: Turn): StepResult<Emits> {
  const title = boundedText(turn.input.text, COURSE_TITLE_LENGTH);
  if (title === null) return missWith(q.titleMiss(turn.context.lang));
  // Exactly one trade named ("May công nghiệp" → garment): taken, and the trade question is skipped.
  const matches = matchOccupations(title);
  const only = matches.length === 1 ? matches[0]?.key : undefined;
  return goOn(turn, { ...turn.data, title, occupation: only ?? null });
}

function onOccupation(turn: Turn): StepResult<Emits> {
  const { data, input, context } = turn;
  const id = chosen(input, occupationChoices(context.lang, data.title));
  const key = id?.slice(OCC_PREFIX.length);
  if (key !== undefined && isOccupationKey(key)) return goOn(turn, { ...data, occupation: key });
  const typed = input.text === null ? undefined : matchOccupations(input.text)[0]?.key;
  if (typed !== undefined) return goOn(turn, { ...data, occupation: typed });
  return missWith(q.numberMiss(q.occupationQuestion(context.lang, data.title), context.lang));
}

function onLevel(turn: Turn): StepResult<Emits> {
  const { lang } = turn.context;
  const id = chosen(turn.input, q.levelChoices(lang));
  const level = COURSE_LEVELS.find((l) => q.levelId(l) === id) ?? readTyped(turn.input, readCourseLevel);
  if (level === null) return missWith(q.numberMiss(q.levelQuestion(lang), lang));
  return goOn(turn, { ...turn.data, level });
}

function readTyped<T>(input: StepInput, read: (text: string) => T | null): T | null {
  return input.text === null ? null : read(input.text);
}

const ONLINE_WORDS: ReadonlySet<string> = new Set(['truc tuyen', 'hoc truc tuyen', 'online', 'qua mang', 'hoc online']);

/** The commune question (which offers "Học trực tuyến") or its pick (`outcome`: which reads the answer). */
function onCommune(turn: Turn, outcome: () => PlaceOutcome, atPick: boolean): StepResult<Emits> {
  const { data, input, context, scopes } = turn;
  const online =
    (!atPick && chosen(input, q.onlineChoices(context.lang)) === q.ONLINE) ||
    (input.text !== null && ONLINE_WORDS.has(fold(input.text)));
  if (online)
    return goOn(turn, { ...data, online: true, communeCode: null, provinceCode: null, placePick: null, address: null });
  const answer = answerScopedCommune(data, outcome(), context.lang, scopes, q);
  switch (answer.kind) {
    case 'answered':
      return goOn(turn, { ...answer.data, online: false });
    case 'ask':
      return continueAt(answer.step, answer.data, [answer.message]);
    case 'miss':
      return missWith(answer.message);
  }
}

function onAddress(turn: Turn): StepResult<Emits> {
  const address = boundedText(turn.input.text, COURSE_ADDRESS_LENGTH);
  if (address === null) return missWith(q.addressQuestion(turn.context.lang, true));
  return goOn(turn, { ...turn.data, address });
}

function onStarts(turn: Turn): StepResult<Emits> {
  const { lang, now } = turn.context;
  const text = typedText(turn.input);
  if (text === null) return missWith(q.startsMiss(lang, null));
  const answer = parseCourseStart(text, now);
  if (answer.kind === 'date') return goOn(turn, { ...turn.data, startsOn: answer.date });
  return missWith(q.startsMiss(lang, answer.kind === 'invalid' ? { kind: 'invalid', typed: text } : answer));
}

function onDuration(turn: Turn): StepResult<Emits> {
  const answer = readTyped(turn.input, parseCourseDuration);
  if (answer?.kind === 'days') return goOn(turn, { ...turn.data, durationDays: answer.days });
  return missWith(q.durationMiss(turn.context.lang, answer?.kind === 'out_of_range'));
}

function onSchedule(turn: Turn): StepResult<Emits> {
  const { lang } = turn.context;
  const id = chosen(turn.input, q.scheduleChoices(lang));
  const schedule = COURSE_SCHEDULES.find((s) => q.scheduleId(s) === id) ?? readTyped(turn.input, readCourseSchedule);
  if (schedule === null) return missWith(q.numberMiss(q.scheduleQuestion(lang), lang));
  return goOn(turn, { ...turn.data, schedule });
}

function onSeats(turn: Turn): StepResult<Emits> {
  const { lang } = turn.context;
  if (chosen(turn.input, q.seatsChoices(lang)) === q.SEATS_UNLIMITED)
    return goOn(turn, { ...turn.data, seats: null, seatsAnswered: true });
  const answer = readTyped(turn.input, parseCourseSeats);
  if (answer?.kind === 'seats') return goOn(turn, { ...turn.data, seats: answer.seats, seatsAnswered: true });
  return missWith(q.seatsMiss(lang, answer?.kind === 'out_of_range'));
}

function onFee(turn: Turn): StepResult<Emits> {
  const { lang } = turn.context;
  if (chosen(turn.input, q.feeChoices(lang)) === q.FEE_FREE) return goOn(turn, { ...turn.data, feeVnd: 0 });
  const answer = readTyped(turn.input, parseVndAmount);
  if (answer?.kind === 'vnd') return goOn(turn, { ...turn.data, feeVnd: answer.vnd });
  return missWith(q.feeMiss(lang, answer?.kind ?? 'invalid'));
}

/** Skipped by the choice, or by "không", "bỏ qua", "-". */
function skipped(input: StepInput, lang: Lang): boolean {
  return chosen(input, q.skipChoices(lang)) === q.SKIP || (input.text !== null && isSkip(input.text));
}

function onSupport(turn: Turn): StepResult<Emits> {
  const { data, input, context } = turn;
  if (skipped(input, context.lang)) return goOn(turn, { ...data, supportText: null, supportAnswered: true });
  const supportText = boundedText(input.text, COURSE_SUPPORT_LENGTH);
  if (supportText === null) return missWith(q.supportMiss(context.lang));
  return goOn(turn, { ...data, supportText, supportAnswered: true });
}

function onPriority(turn: Turn): StepResult<Emits> {
  const { data, input, context } = turn;
  const answered = { ...data, priorityAnswered: true };
  const id = chosen(input, q.priorityChoices(context.lang));
  if (id === q.PRIORITY_YES) return goOn(turn, { ...answered, prioritySupport: true, supportAmountVnd: null });
  if (id === q.PRIORITY_NO || (input.text !== null && isSkip(input.text)))
    return goOn(turn, { ...answered, prioritySupport: false, supportAmountVnd: null });
  const amount = readTyped(input, parseVndAmount);
  if (amount?.kind !== 'vnd') return missWith(q.priorityMiss(context.lang));
  return goOn(turn, {
    ...answered,
    prioritySupport: amount.vnd > 0,
    supportAmountVnd: amount.vnd > 0 ? amount.vnd : null,
  });
}

function onContact(turn: Turn): StepResult<Emits> {
  const { data, input, context } = turn;
  if (skipped(input, context.lang)) return goOn(turn, { ...data, contact: null, contactAnswered: true });
  const contact = boundedText(input.text, COURSE_CONTACT_LENGTH);
  if (contact === null) return missWith(q.contactMiss(context.lang));
  return goOn(turn, { ...data, contact, contactAnswered: true });
}

function onPreview(turn: Turn): StepResult<Emits> {
  const { data, input, context, as } = turn;
  const { lang } = context;
  const draft = draftOf(data);
  if (draft === null) return goOn(turn, data);
  switch (chosen(input, q.previewChoices(lang))) {
    case q.PREVIEW_SUBMIT:
      // Resumed days later: a start date that has passed meanwhile is asked again.
      if (draft.startsOn <= vietnamIsoDate(context.now))
        return continueAt('starts', { ...data, startsOn: null }, [
          q.startsMiss(lang, { kind: 'past', date: draft.startsOn }),
        ]);
      return {
        kind: 'done',
        replies: [q.submittedReply(lang)],
        effects: [{ kind: 'submit_course', course: draft, as }],
      };
    case q.PREVIEW_EDIT:
      return continueAt('edit', data, [q.editQuestion(lang, data)]);
    case q.PREVIEW_CANCEL:
      return { kind: 'done', replies: [q.cancelledReply(lang)] };
    default:
      return missWith(q.previewMiss(lang, previewCard(draft, data.providerVerified)));
  }
}

/** What an edit clears; the flow then asks just that again and comes back to the preview. */
function cleared(data: CoursePostingData, field: q.EditField): CoursePostingData {
  switch (field) {
    case 'provider':
      return { ...data, providerName: null };
    case 'title':
      return { ...data, title: null, occupation: null };
    case 'occupation':
      return { ...data, occupation: null };
    case 'level':
      return { ...data, level: null };
    case 'place':
      return { ...data, online: false, communeCode: null, provinceCode: null, placePick: null, address: null };
    case 'starts':
      return { ...data, startsOn: null };
    case 'duration':
      return { ...data, durationDays: null };
    case 'schedule':
      return { ...data, schedule: null };
    case 'seats':
      return { ...data, seats: null, seatsAnswered: false };
    case 'fee':
      return { ...data, feeVnd: null };
    case 'support':
      return { ...data, supportText: null, supportAnswered: false };
    case 'priority':
      return { ...data, prioritySupport: false, supportAmountVnd: null, priorityAnswered: false };
    case 'contact':
      return { ...data, contact: null, contactAnswered: false };
  }
}

function onEdit(turn: Turn): StepResult<Emits> {
  const { data, input, context } = turn;
  const id = chosen(input, q.editChoices(context.lang, data));
  const field = q.editFields(data).find((f) => q.editId(f) === id);
  if (field === undefined) return missWith(q.numberMiss(q.editQuestion(context.lang, data), context.lang));
  return goOn(turn, cleared(data, field));
}

// --- the flow -----------------------------------------------------------------------------------

function begin(context: Context): StepResult<Emits> {
  const as = postingAs(context);
  if (as === null) return { kind: 'done', replies: [q.notAllowed(context.lang)] };
  const own = as === 'provider' ? context.provider : null;
  const data: CoursePostingData =
    own === null ? EMPTY : { ...EMPTY, providerName: own.name, providerVerified: own.verified };
  const step = nextStep(data);
  const first = step === 'provider' ? q.providerQuestion(context.lang, as, true) : q.titleQuestion(context.lang, true);
  return continueAt(step, data, [first]);
}

export const coursePostingFlow: Flow<CoursePostingContext, Emits> = {
  steps: STEPS,
  answerLimits: { support: COURSE_SUPPORT_LENGTH.max, address: COURSE_ADDRESS_LENGTH.max },
  begin,

  step(state: FlowState, input: StepInput, context: Context): StepResult<Emits> {
    const as = postingAs(context);
    if (as === null) return { kind: 'done', replies: [q.notAllowed(context.lang)] };
    if (!isStep(state.step)) return begin(context);
    const data = readData(state.data);
    const turn: Turn = { data, input, context, as, scopes: scopesOf(as, context) };
    switch (state.step) {
      case 'provider':
        return onProvider(turn);
      case 'title':
        return onTitle(turn);
      case 'occupation':
        return onOccupation(turn);
      case 'level':
        return onLevel(turn);
      case 'commune':
        return onCommune(turn, () => placeFromCommuneAnswer(input, data.provinceCode), false);
      case 'commune_pick':
        return onCommune(turn, () => placeFromPickAnswer(input, data.placePick, data.provinceCode), true);
      case 'address':
        return onAddress(turn);
      case 'starts':
        return onStarts(turn);
      case 'duration':
        return onDuration(turn);
      case 'schedule':
        return onSchedule(turn);
      case 'seats':
        return onSeats(turn);
      case 'fee':
        return onFee(turn);
      case 'support':
        return onSupport(turn);
      case 'priority':
        return onPriority(turn);
      case 'contact':
        return onContact(turn);
      case 'preview':
        return onPreview(turn);
      case 'edit':
        return onEdit(turn);
    }
  },
};
