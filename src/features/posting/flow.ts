import type { OutboundMessage } from '../../kernel/message.ts';
import { parseDeadline } from '../../kernel/deadline.ts';
import { vietnamIsoDate } from '../../kernel/time.ts';
import type { Lang } from '../../kernel/i18n/index.ts';
import { isOccupationKey, matchOccupations } from '../../kernel/occupations/index.ts';
import { parseWage } from '../../kernel/wage/index.ts';
import type { Flow, FlowState, StepInput, StepResult } from '../../engine/types.ts';
import { EMPTY, isStep, readData, STEPS, writeData, type PostingData, type Step } from './data.ts';
import { draftOf, factsOf } from './draft.ts';
import {
  boundedText,
  CONTACT_LENGTH,
  EMPLOYER_LENGTH,
  isSkip,
  parseHeadcount,
  REQUIREMENTS_LENGTH,
  TITLE_LENGTH,
  wageIsReadable,
  yesNo,
} from './parse.ts';
import * as q from './questions.ts';
import { chosen } from '../shared/choice.ts';
import { placeFromCommuneAnswer, placeFromPickAnswer, type PlaceOutcome } from '../shared/place-answer.ts';
import { pickOptions } from '../shared/place-messages.ts';
import type { Context, Emits } from './context.ts';

/**
 * An employer posts a vacancy (/dangtin): company name (first time only) → title (→ occupation, unless the title
 * names exactly one) → commune (→ a pick when ambiguous) → headcount → wage (read back) → requirements (or skip)
 * → deadline → contact → preview, which submits it for review, edits one part, or discards it.
 *
 * With a known employer and an occupation read from the title that is 10 messages from /dangtin to "Gửi duyệt":
 * /dangtin, title, commune, headcount, wage, "1" (wage read right), requirements, deadline, contact, "1".
 * A first-time employer adds one (the name), a title without a clear occupation one more: at most 12.
 * Every step checks what is still missing, so an edit from the preview returns straight to the preview.
 * Nothing is published here: the submit effect puts it in the officials' queue, with the scam shield's reasons.
 * Pure: no I/O, no clock (`context.now`); the engine writes the effects.
 */
export const POSTING_FLOW = 'posting';

function continueAt(step: Step, data: PostingData, replies: OutboundMessage[]): StepResult<Emits> {
  const state: FlowState = { flow: POSTING_FLOW, step, data: writeData(data), misses: 0 };
  return { kind: 'continue', replies, state };
}

function missWith(reprompt: OutboundMessage): StepResult<Emits> {
  return { kind: 'miss', reprompt };
}

/** The first answer still missing; else the preview. */
function nextStep(data: PostingData): Step {
  if (data.employerName === null) return 'employer';
  if (data.title === null) return 'title';
  if (data.occupation === null) return 'occupation';
  if (data.communeCode === null) return 'commune';
  if (data.headcount === null) return 'headcount';
  if (data.wageRaw === null) return 'wage';
  if (!data.wageConfirmed) return 'wage_confirm';
  if (!data.requirementsAnswered) return 'requirements';
  if (data.deadline === null) return 'deadline';
  if (data.contact === null) return 'contact';
  return 'preview';
}

function question(step: Step, data: PostingData, lang: Lang, first = false): OutboundMessage {
  switch (step) {
    case 'employer':
      return q.employerQuestion(lang, first);
    case 'title':
      return q.titleQuestion(lang, first);
    case 'occupation':
      return q.occupationQuestion(lang, data.title);
    case 'commune':
    case 'commune_pick':
      return q.communeQuestion(lang, data.provinceCode);
    case 'headcount':
      return q.headcountQuestion(lang);
    case 'wage':
      return q.wageQuestion(lang);
    case 'wage_confirm':
      return data.wageRaw === null ? q.wageQuestion(lang) : q.wageConfirmQuestion(lang, data.wageRaw);
    case 'requirements':
      return q.requirementsQuestion(lang);
    case 'deadline':
      return q.deadlineQuestion(lang);
    case 'contact':
      return q.contactQuestion(lang);
    case 'preview': {
      const facts = factsOf(data);
      return facts === null ? question(nextStep(data), data, lang) : q.previewQuestion(lang, facts);
    }
    case 'edit':
      return q.editQuestion(lang, data);
  }
}

function goTo(step: Step, data: PostingData, lang: Lang): StepResult<Emits> {
  return continueAt(step, data, [question(step, data, lang)]);
}

function goOn(data: PostingData, lang: Lang): StepResult<Emits> {
  return goTo(nextStep(data), data, lang);
}

// --- the steps ----------------------------------------------------------------------------------

function onEmployer(data: PostingData, input: StepInput, lang: Lang): StepResult<Emits> {
  const name = boundedText(input.text, EMPLOYER_LENGTH);
  if (name === null) return missWith(q.employerMiss(lang));
  return goOn({ ...data, employerName: name, employerVerified: false, employerTyped: true }, lang);
}

function onTitle(data: PostingData, input: StepInput, lang: Lang): StepResult<Emits> {
  const title = boundedText(input.text, TITLE_LENGTH);
  if (title === null) return missWith(q.titleMiss(lang));
  // Exactly one category named ("Công nhân may" → garment): taken, and the occupation question is skipped.
  const matches = matchOccupations(title);
  const only = matches.length === 1 ? matches[0]?.key : undefined;
  return goOn({ ...data, title, occupation: only ?? null }, lang);
}

function onOccupation(data: PostingData, input: StepInput, lang: Lang): StepResult<Emits> {
  const id =
    chosen(input, q.occupationChoices(lang, data.title)) ??
    (input.choiceId?.startsWith(q.OCC_PREFIX) ? input.choiceId : null);
  const key = id?.slice(q.OCC_PREFIX.length);
  if (key !== undefined && isOccupationKey(key)) return goOn({ ...data, occupation: key }, lang);
  // A trade typed instead of a number: its best match.
  const typed = input.text === null ? undefined : matchOccupations(input.text)[0]?.key;
  if (typed !== undefined) return goOn({ ...data, occupation: typed }, lang);
  return missWith(q.occupationMiss(lang, data.title, input.text));
}

function onPlace(data: PostingData, outcome: PlaceOutcome, lang: Lang): StepResult<Emits> {
  switch (outcome.kind) {
    case 'commune':
      return goOn({ ...data, communeCode: outcome.code, provinceCode: null, pick: null }, lang);
    case 'province':
      return goTo('commune', { ...data, provinceCode: outcome.provinceCode, pick: null }, lang);
    case 'same_province':
      return missWith(q.communeQuestion(lang, data.provinceCode));
    case 'pick': {
      const options = pickOptions(lang, outcome.pick);
      const next: PostingData = { ...data, pick: { options, districts: outcome.pick.districts } };
      return continueAt('commune_pick', next, [q.pickQuestion(lang, outcome.pick, outcome.typed, options)]);
    }
    case 'not_found':
      return missWith(q.communeMiss(lang, data.provinceCode, outcome.typed));
    case 'pick_miss':
      return missWith(q.pickMiss(lang, data.pick?.options ?? []));
  }
}

function onHeadcount(data: PostingData, input: StepInput, lang: Lang): StepResult<Emits> {
  if (input.text === null) return missWith(q.headcountMiss(lang, false));
  const answer = parseHeadcount(input.text);
  if (answer.kind === 'ok') return goOn({ ...data, headcount: answer.headcount }, lang);
  return missWith(q.headcountMiss(lang, answer.kind === 'out_of_range'));
}

/** A wage typed (at the wage question, or again at the read-back): read back, or a miss with examples. */
function onWageText(data: PostingData, text: string | null, lang: Lang): StepResult<Emits> {
  const raw = boundedText(text, { min: 1, max: 200 });
  if (raw === null || !wageIsReadable(parseWage(raw))) return missWith(q.wageMiss(lang, text));
  return goTo('wage_confirm', { ...data, wageRaw: raw, wageConfirmed: false }, lang);
}

function onWageConfirm(data: PostingData, input: StepInput, lang: Lang): StepResult<Emits> {
  if (data.wageRaw === null) return goOn(data, lang);
  const id = chosen(input, q.wageConfirmChoices(lang));
  const answer = id === q.WAGE_OK ? 'yes' : id === q.WAGE_AGAIN ? 'no' : yesNo(input.text);
  if (answer === 'yes') return goOn({ ...data, wageConfirmed: true }, lang);
  if (answer === 'no') return goTo('wage', { ...data, wageRaw: null, wageConfirmed: false }, lang);
  // The wage typed again instead of choosing: read that one back.
  if (input.text !== null && wageIsReadable(parseWage(input.text))) return onWageText(data, input.text, lang);
  return missWith(q.wageConfirmMiss(lang, data.wageRaw));
}

function onRequirements(data: PostingData, input: StepInput, lang: Lang): StepResult<Emits> {
  const skipped =
    chosen(input, q.requirementsChoices(lang)) === q.REQ_SKIP || (input.text !== null && isSkip(input.text));
  if (skipped) return goOn({ ...data, requirements: null, requirementsAnswered: true }, lang);
  const requirements = boundedText(input.text, REQUIREMENTS_LENGTH);
  if (requirements === null) return missWith(q.requirementsMiss(lang));
  return goOn({ ...data, requirements, requirementsAnswered: true }, lang);
}

function onDeadline(data: PostingData, input: StepInput, context: Context): StepResult<Emits> {
  const { lang } = context;
  const id = chosen(input, q.deadlineChoices(lang));
  const text = (id === null ? undefined : q.DEADLINE_CHOICE_TEXT[id]) ?? input.text;
  if (text === null || text.trim() === '') return missWith(q.deadlineMiss(lang, { kind: 'invalid', typed: null }));
  const answer = parseDeadline(text, context.now);
  switch (answer.kind) {
    case 'date':
      return goOn({ ...data, deadline: answer.date }, lang);
    case 'past':
      return missWith(q.deadlineMiss(lang, { kind: 'past', date: answer.date }));
    case 'too_far':
      return missWith(q.deadlineMiss(lang, { kind: 'too_far', date: answer.date }));
    case 'invalid':
      return missWith(q.deadlineMiss(lang, { kind: 'invalid', typed: text }));
  }
}

function onContact(data: PostingData, input: StepInput, lang: Lang): StepResult<Emits> {
  const contact = boundedText(input.text, CONTACT_LENGTH);
  if (contact === null) return missWith(q.contactMiss(lang));
  return goOn({ ...data, contact }, lang);
}

function onPreview(data: PostingData, input: StepInput, context: Context): StepResult<Emits> {
  const { lang } = context;
  switch (chosen(input, q.previewChoices(lang))) {
    case q.PREVIEW_SUBMIT: {
      const facts = factsOf(data);
      if (facts === null) return goOn(data, lang);
      // Resumed days later: a deadline that has passed meanwhile is asked again.
      if (facts.deadline < vietnamIsoDate(context.now)) {
        return explainAt(
          'deadline',
          { ...data, deadline: null },
          q.deadlineMiss(lang, { kind: 'past', date: facts.deadline }),
        );
      }
      const vacancy = draftOf(facts);
      const effects: Emits[] = [{ kind: 'submit_vacancy', vacancy }];
      return { kind: 'done', replies: [q.submittedReply(lang, vacancy.scamReasons.length > 0)], effects };
    }
    case q.PREVIEW_EDIT:
      return goTo('edit', data, lang);
    case q.PREVIEW_CANCEL:
      return { kind: 'done', replies: [q.cancelledReply(lang)] };
    default:
      return missWith(q.previewMiss(lang));
  }
}

/** Moves to a step with a message that explains why (not a miss: the person did nothing wrong). */
function explainAt(step: Step, data: PostingData, message: OutboundMessage): StepResult<Emits> {
  return continueAt(step, data, [message]);
}

/** What an edit clears; the flow then asks just that again and comes back to the preview. */
function cleared(data: PostingData, field: q.EditField): PostingData {
  switch (field) {
    case 'employer':
      return { ...data, employerName: null };
    case 'title':
      return { ...data, title: null, occupation: null };
    case 'occupation':
      return { ...data, occupation: null };
    case 'commune':
      return { ...data, communeCode: null, provinceCode: null, pick: null };
    case 'headcount':
      return { ...data, headcount: null };
    case 'wage':
      return { ...data, wageRaw: null, wageConfirmed: false };
    case 'requirements':
      return { ...data, requirements: null, requirementsAnswered: false };
    case 'deadline':
      return { ...data, deadline: null };
    case 'contact':
      return { ...data, contact: null };
  }
}

function onEdit(data: PostingData, input: StepInput, lang: Lang): StepResult<Emits> {
  const id = chosen(input, q.editChoices(lang, data));
  const field = q.editFields(data).find((f) => q.editId(f) === id);
  if (field === undefined) return missWith(q.editMiss(lang, data));
  return goOn(cleared(data, field), lang);
}

// --- the flow -----------------------------------------------------------------------------------

function begin(context: Context): StepResult<Emits> {
  const employer = context.employer ?? null;
  const data: PostingData =
    employer === null
      ? EMPTY
      : { ...EMPTY, employerName: employer.name, employerVerified: employer.verified, employerTyped: false };
  const step = nextStep(data);
  return continueAt(step, data, [question(step, data, context.lang, true)]);
}

export const postingFlow: Flow<object, Emits> = {
  steps: STEPS,
  // The bound the flow (and the CSV import) already keeps for requirements; a vacancy card with it fits in one
  // Zalo message (2,000 characters) with its title, employer, wage, place, deadline and contact.
  answerLimits: { requirements: REQUIREMENTS_LENGTH.max },
  begin,

  step(state: FlowState, input: StepInput, context: Context): StepResult<Emits> {
    const { lang } = context;
    if (!isStep(state.step)) return begin(context);
    const data = readData(state.data);
    switch (state.step) {
      case 'employer':
        return onEmployer(data, input, lang);
      case 'title':
        return onTitle(data, input, lang);
      case 'occupation':
        return onOccupation(data, input, lang);
      case 'commune':
        return onPlace(data, placeFromCommuneAnswer(input, data.provinceCode), lang);
      case 'commune_pick':
        return onPlace(data, placeFromPickAnswer(input, data.pick, data.provinceCode), lang);
      case 'headcount':
        return onHeadcount(data, input, lang);
      case 'wage':
        return onWageText(data, input.text, lang);
      case 'wage_confirm':
        return onWageConfirm(data, input, lang);
      case 'requirements':
        return onRequirements(data, input, lang);
      case 'deadline':
        return onDeadline(data, input, context);
      case 'contact':
        return onContact(data, input, lang);
      case 'preview':
        return onPreview(data, input, context);
      case 'edit':
        return onEdit(data, input, lang);
    }
  },
};
