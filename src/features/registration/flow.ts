import type { OutboundMessage } from '../../kernel/message.ts';
import type { Lang } from '../../kernel/i18n/index.ts';
import type { BeginHints, Flow, FlowState, StepInput, StepResult } from '../../engine/types.ts';
import { alertChoiceId } from '../../kernel/vacancy/alert-choices.ts';
import { chosen } from '../shared/choice.ts';
import {
  EMPTY,
  fromProfile,
  isStep,
  profileOf,
  readData,
  STEPS,
  writeData,
  type RegistrationData,
  type Step,
} from './data.ts';
import { answerField, fieldQuestion, isFieldStep, type FieldStep } from './fields.ts';
import { GUARDIAN_BELOW_AGE, parseBirthYear, rightOrWrong, yearInVietnam, yesNo } from './parse.ts';
import { t } from './messages.ts';
import * as q from './questions.ts';
import { readTrainingAnswer, TRAINING_QUESTION, tradeNames } from './training.ts';
import type { Context, Emits } from './context.ts';

/**
 * The worker's registration (/dangky, menu 1): consent → birth year (→ guardian under 16) → commune
 * (→ a pick when ambiguous) → occupations → reach → confirm, which saves the profile. Then, optional and
 * each passed with one answer: name → phone (→ shown back when unusual) → priority status (its own consent
 * first, then the groups). Each extra is saved as soon as it is given.
 *
 * Matching needs come first and every step is one answer, so that on Zalo (text only) a worker gets from /start
 * to confirmed in at most 10 messages: /start, "1" (menu), consent, birth year, place, occupations, reach,
 * confirm is 8; one place pick, a province typed before the commune, "Khác" before the trade, or the guardian's
 * answer each add one, so any one of them still fits in 9 and any two in 10. How often alerts come is not
 * asked: it starts as "as soon as there is one" (never at night, at most a few a day) and is shown on the
 * confirm screen with its own "change" choice.
 * Someone who registered before starts at the confirm screen and edits from there; every step checks what is
 * still missing (commune, occupations, reach), so an edit returns straight to the confirm screen.
 *
 * Reach 'abroad' is offered as "Cả nước và nước ngoài": matching treats it as 'country' plus overseas work.
 * Pure: no I/O, no clock (`context.now`); the engine writes the effects.
 */
export const REGISTRATION_FLOW = 'registration';
/** The consent text's version, recorded with each consent (bump it when `registration.consent.text` changes). */
export const ALERTS_CONSENT_VERSION = 'alerts-2026-11';
export const GUARDIAN_CONSENT_VERSION = 'guardian-2026-11';
export { PRIORITY_CONSENT_VERSION } from './fields.ts';

function continueAt(
  step: Step,
  data: RegistrationData,
  replies: OutboundMessage[],
  effects: Emits[] = [],
): StepResult<Emits> {
  const state: FlowState = { flow: REGISTRATION_FLOW, step, data: writeData(data), misses: 0 };
  return effects.length > 0 ? { kind: 'continue', replies, state, effects } : { kind: 'continue', replies, state };
}

function missWith(reprompt: OutboundMessage): StepResult<Emits> {
  return { kind: 'miss', reprompt };
}

function finish(replies: OutboundMessage[], effects: Emits[]): StepResult<Emits> {
  return effects.length > 0 ? { kind: 'done', replies, effects } : { kind: 'done', replies };
}

/** The first of commune, occupations, reach still unanswered; else the confirm screen. */
function nextStep(data: RegistrationData): Step {
  if (data.communeCode === null) return 'commune';
  if (data.occupations.length === 0) return 'occupations';
  if (data.reach === null) return 'reach';
  return 'confirm';
}

/** Alerts come as soon as there is one until the person chooses otherwise (on the confirm screen or /theodoi). */
function withDefaults(data: RegistrationData): RegistrationData {
  return data.frequency === null ? { ...data, frequency: 'instant', digestHour: null } : data;
}

function question(step: Step, data: RegistrationData, context: Context): OutboundMessage {
  const { lang } = context;
  if (isFieldStep(step)) return fieldQuestion(step, data, context, 'register');
  switch (step) {
    case 'consent':
    case 'birth_year':
    case 'guardian':
      return q.question(lang, q.QUESTIONS[step]);
    case 'birth_confirm':
      return q.birthGuessQuestion(lang, data.birthGuesses, context.now);
    case 'confirm':
      return q.question(lang, q.confirmQuestion(data));
    case 'training':
      return q.question(lang, TRAINING_QUESTION);
  }
}

function goTo(step: Step, data: RegistrationData, context: Context, effects: Emits[] = []): StepResult<Emits> {
  return continueAt(step, data, [question(step, data, context)], effects);
}

function goOn(data: RegistrationData, context: Context, effects: Emits[] = []): StepResult<Emits> {
  const next = withDefaults(data);
  return goTo(nextStep(next), next, context, effects);
}

function end(
  lang: Lang,
  key: 'registration.consent.declined' | 'registration.birth.too_young' | 'registration.guardian.declined',
  effects: Emits[],
): StepResult<Emits> {
  return finish([{ text: t(lang, key) }], effects);
}

const WITHDRAW_ALERTS: Emits = { kind: 'withdraw_consent', purpose: 'alerts' };

function onConsent(data: RegistrationData, input: StepInput, context: Context): StepResult<Emits> {
  const { lang } = context;
  const id = chosen(input, q.choices(lang, q.QUESTIONS.consent));
  const answer = id === q.CONSENT_YES ? 'yes' : id === q.CONSENT_NO ? 'no' : yesNo(input.text);
  if (answer === 'yes') {
    return goTo('birth_year', data, context, [
      { kind: 'grant_consent', purpose: 'alerts', textVersion: ALERTS_CONSENT_VERSION },
    ]);
  }
  if (answer === 'no') return end(lang, 'registration.consent.declined', []);
  return missWith(q.miss(lang, q.QUESTIONS.consent));
}

/** A birth year read: too young ends the registration; under 16 asks a guardian's consent; else on. */
function withBirthYear(data: RegistrationData, birthYear: number, context: Context): StepResult<Emits> {
  const age = yearInVietnam(context.now) - birthYear;
  const next = { ...data, birthYear, birthGuesses: [] };
  return age < GUARDIAN_BELOW_AGE ? goTo('guardian', next, context) : goOn(next, context);
}

function onBirthYear(data: RegistrationData, input: StepInput, context: Context): StepResult<Emits> {
  const { lang } = context;
  if (input.text === null) return missWith(q.birthMiss(lang, null));
  const answer = parseBirthYear(input.text, context.now);
  switch (answer.kind) {
    case 'unreadable':
      return missWith(q.birthMiss(lang, null));
    case 'out_of_range':
      return missWith(q.birthMiss(lang, answer.year));
    case 'too_young':
      // Nothing of theirs is kept; the consent just given is withdrawn so that it does not linger.
      return end(lang, 'registration.birth.too_young', [WITHDRAW_ALERTS]);
    case 'guess':
      return continueAt('birth_confirm', { ...data, birthGuesses: answer.readings }, [
        q.birthGuessQuestion(lang, answer.readings, context.now),
      ]);
    case 'ok':
      return withBirthYear(data, answer.birthYear, context);
  }
}

/** "96" read as 1996 (or "25" as 25 years old): one tap confirms; a full year typed instead is read as one. */
function onBirthConfirm(data: RegistrationData, input: StepInput, context: Context): StepResult<Emits> {
  const { lang } = context;
  const question = q.birthGuessQuestion(lang, data.birthGuesses, context.now);
  const id = chosen(input, question.choices ?? []);
  const picked = data.birthGuesses.find((guess) => id === q.birthGuessId(guess.birthYear));
  if (picked) return withBirthYear(data, picked.birthYear, context);
  const only = data.birthGuesses.length === 1 ? data.birthGuesses[0] : undefined;
  if (only && rightOrWrong(input.text) === 'yes') return withBirthYear(data, only.birthYear, context);
  if (id === q.BIRTH_RETYPE || rightOrWrong(input.text) === 'no')
    return goTo('birth_year', { ...data, birthGuesses: [] }, context);
  if (input.text !== null && parseBirthYear(input.text, context.now).kind !== 'unreadable')
    return onBirthYear(data, input, context);
  return missWith(question);
}

function onGuardian(data: RegistrationData, input: StepInput, context: Context): StepResult<Emits> {
  const { lang } = context;
  const id = chosen(input, q.choices(lang, q.QUESTIONS.guardian));
  const answer = id === q.GUARDIAN_YES ? 'yes' : id === q.GUARDIAN_NO ? 'no' : yesNo(input.text);
  if (answer === 'yes')
    return goOn(data, context, [{ kind: 'grant_consent', purpose: 'guardian', textVersion: GUARDIAN_CONSENT_VERSION }]);
  if (answer === 'no') return end(lang, 'registration.guardian.declined', [WITHDRAW_ALERTS]);
  return missWith(q.miss(lang, q.QUESTIONS.guardian));
}

function onConfirm(data: RegistrationData, input: StepInput, context: Context): StepResult<Emits> {
  const { lang } = context;
  switch (chosen(input, q.choices(lang, q.confirmQuestion(data)))) {
    case 'confirm.save': {
      const profile = profileOf(data);
      if (profile === null) return goOn(data, context);
      const saved = { text: t(lang, 'registration.done') };
      const effects: Emits[] = [{ kind: 'save_worker_profile', profile }];
      // Came by a link naming a vacancy: that vacancy now, the optional extras later (/dangky).
      if (data.vacancyId !== null) return finish([saved, linkedVacancy(lang, data.vacancyId)], effects);
      const extra = nextExtra(null, data);
      if (extra === null) return finish([saved], effects);
      return continueAt(extra, data, [saved, q.withIntro(lang, question(extra, data, context))], effects);
    }
    case 'confirm.commune':
      return goTo('commune', { ...data, provinceCode: null, pick: null }, context);
    case 'confirm.occupations':
      return goTo('occupations', data, context);
    case 'confirm.reach':
      return goTo('reach', data, context);
    case 'confirm.frequency':
      return goTo('frequency', data, context);
    default:
      return missWith(q.miss(lang, q.confirmQuestion(data)));
  }
}

/** The vacancy of the link the person came by: one choice, which job search's answers open (its card). */
function linkedVacancy(lang: Lang, vacancyId: number): OutboundMessage {
  return {
    text: t(lang, 'registration.link_vacancy', { id: vacancyId }),
    choices: [{ id: alertChoiceId('open', vacancyId), label: t(lang, 'registration.link_vacancy_open') }],
    prompt: t(lang, 'home.reply_with_number'),
  };
}

// ---------------------------------------------------------------------------------------------------------
// The optional extras, after the save: each is asked when not known yet, in this order, once per run.
// ---------------------------------------------------------------------------------------------------------

type Extra = 'name' | 'phone' | 'priority_consent' | 'training';
const EXTRAS: readonly Extra[] = ['name', 'phone', 'priority_consent', 'training'];
const EXTRA_OF: Partial<Record<Step, Extra>> = {
  name: 'name',
  phone: 'phone',
  phone_confirm: 'phone',
  priority_consent: 'priority_consent',
  priority_groups: 'priority_consent',
  training: 'training',
};

function known(extra: Extra, data: RegistrationData): boolean {
  if (extra === 'name') return data.fullName !== null;
  if (extra === 'phone') return data.phoneE164 !== null;
  // Asked once, in a new registration (someone editing their profile changes it in /theodoi).
  if (extra === 'training') return data.existing || data.trainingAsked;
  return data.priorityConsent;
}

/** The next extra after `after` (null: from the start) that is not known yet; null when none is left. */
function nextExtra(after: Extra | null, data: RegistrationData): Extra | null {
  const from = after === null ? 0 : EXTRAS.indexOf(after) + 1;
  return EXTRAS.slice(from).find((extra) => !known(extra, data)) ?? null;
}

function onExtra(step: FieldStep, data: RegistrationData, input: StepInput, context: Context): StepResult<Emits> {
  const outcome = answerField(step, data, input, context, 'register');
  if (outcome.kind === 'miss') return missWith(outcome.reprompt);
  if (outcome.kind === 'ask') return continueAt(outcome.step, outcome.data, [outcome.message], outcome.effects);
  const next = outcome.data;
  const profile = outcome.changed ? profileOf(next) : null;
  const effects: Emits[] = [
    ...outcome.effects,
    ...(profile ? [{ kind: 'save_worker_profile' as const, profile }] : []),
  ];
  // What was kept is acknowledged on the first line of the next message.
  const noted = (message: OutboundMessage): OutboundMessage =>
    outcome.note === null ? message : { ...message, text: `${outcome.note}\n${message.text}` };
  return nextOrDone(EXTRA_OF[step] ?? 'priority_consent', next, context, effects, noted);
}

/** The next extra after `after`, or the end of the extras; `noted` adds what was just kept. */
function nextOrDone(
  after: Extra,
  data: RegistrationData,
  context: Context,
  effects: Emits[],
  noted: (message: OutboundMessage) => OutboundMessage = (message) => message,
): StepResult<Emits> {
  const extra = nextExtra(after, data);
  if (extra === null) return finish([noted({ text: t(context.lang, 'registration.extras.done') })], effects);
  return continueAt(extra, data, [noted(question(extra, data, context))], effects);
}

/** The trades to learn (or none, passed): written once with the time asked; then the extras end. */
function onTraining(data: RegistrationData, input: StepInput, context: Context): StepResult<Emits> {
  const { lang } = context;
  const occupations = readTrainingAnswer(input);
  if (occupations === null) return missWith(q.miss(lang, TRAINING_QUESTION));
  const next = { ...data, trainingAsked: true };
  const noted = (message: OutboundMessage): OutboundMessage =>
    occupations.length === 0
      ? message
      : {
          ...message,
          text: `${t(lang, 'registration.training.saved', { trades: tradeNames(lang, occupations) })}\n${message.text}`,
        };
  return nextOrDone('training', next, context, [{ kind: 'save_training_interest', occupations }], noted);
}

/** A field of the profile before the save: on to the next question (the confirm screen once all are known). */
function onProfileField(
  step: FieldStep,
  data: RegistrationData,
  input: StepInput,
  context: Context,
): StepResult<Emits> {
  const outcome = answerField(step, data, input, context, 'register');
  if (outcome.kind === 'miss') return missWith(outcome.reprompt);
  if (outcome.kind === 'ask') return continueAt(outcome.step, outcome.data, [outcome.message], outcome.effects);
  return goOn(outcome.data, context, outcome.effects);
}

/** A new registration with what the person already said (a link's commune, "tìm việc may ở Phổ Yên"). */
function prefilled(hints: BeginHints | undefined): RegistrationData {
  if (!hints) return EMPTY;
  return {
    ...EMPTY,
    communeCode: hints.communeCode ?? null,
    provinceCode: hints.communeCode ? null : (hints.provinceCode ?? null),
    occupations: [...(hints.occupations ?? [])],
    vacancyId: hints.vacancyId ?? null,
  };
}

function begin(context: Context, hints?: BeginHints): StepResult<Emits> {
  // Registered before (the engine passes the profile only while consent is active): edit from the summary.
  if (context.profile !== null) return goOn(fromProfile(context.profile), context);
  return goTo('consent', prefilled(hints), context);
}

export const registrationFlow: Flow<object, Emits> = {
  steps: STEPS,
  begin,

  step(state: FlowState, input: StepInput, context: Context): StepResult<Emits> {
    const data = readData(state.data);
    if (!isStep(state.step)) return begin(context);
    const step = state.step;
    switch (step) {
      case 'consent':
        return onConsent(data, input, context);
      case 'birth_year':
        return onBirthYear(data, input, context);
      case 'birth_confirm':
        return onBirthConfirm(data, input, context);
      case 'guardian':
        return onGuardian(data, input, context);
      case 'confirm':
        return onConfirm(data, input, context);
      case 'name':
      case 'phone':
      case 'phone_confirm':
      case 'priority_consent':
      case 'priority_groups':
        return onExtra(step, data, input, context);
      case 'training':
        return onTraining(data, input, context);
      default:
        return onProfileField(step, data, input, context);
    }
  },
};
