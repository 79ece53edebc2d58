import type { OutboundMessage } from '../../kernel/message.ts';
import { normalizePhone } from '../../kernel/phone.ts';
import type { StepInput } from '../../engine/types.ts';
import { chosen } from '../shared/choice.ts';
import { placeFromCommuneAnswer, placeFromPickAnswer, type PlaceOutcome } from '../shared/place-answer.ts';
import type { RegistrationData } from './data.ts';
import {
  isDecline,
  isSkip,
  localPhone,
  parseHour,
  parseName,
  parseOccupations,
  parsePriorityGroups,
  phoneYesNo,
  spacedPhone,
  yesNo,
} from './parse.ts';
import { t } from './messages.ts';
import * as q from './questions.ts';
import type { Mode } from './questions.ts';
import type { Context, Emits } from './context.ts';

/**
 * One answer to one question about the worker's profile, shared by registration (/dangky) and the alerts
 * settings (/theodoi), which differ only in what comes next: registration goes on to the next question,
 * /theodoi saves and shows the summary again. A field may take a follow-up question of its own (a place to
 * pick, a trade to type after "Khác", an unusual phone number to check, the groups after their consent).
 * Pure.
 */
export const FIELD_STEPS = [
  'commune',
  'commune_pick',
  'occupations',
  'occupation_text',
  'reach',
  'frequency',
  'name',
  'phone',
  'phone_confirm',
  'priority_consent',
  'priority_groups',
] as const;
export type FieldStep = (typeof FIELD_STEPS)[number];

export function isFieldStep(step: string): step is FieldStep {
  return (FIELD_STEPS as readonly string[]).includes(step);
}

/** The version of the priority-status consent text (bump it when `registration.priority.text` changes). */
export const PRIORITY_CONSENT_VERSION = 'priority-2026-11';

export type FieldOutcome =
  /** The field has its answer (or was left as it was: `changed` false); `note` acknowledges what was kept. */
  | { kind: 'answered'; data: RegistrationData; changed: boolean; effects: Emits[]; note: string | null }
  /** A follow-up question inside the same field. */
  | { kind: 'ask'; step: FieldStep; data: RegistrationData; message: OutboundMessage; effects: Emits[] }
  | { kind: 'miss'; reprompt: OutboundMessage };

const answered = (
  data: RegistrationData,
  changed = true,
  note: string | null = null,
  effects: Emits[] = [],
): FieldOutcome => ({ kind: 'answered', data, changed, effects, note });
const ask = (
  step: FieldStep,
  data: RegistrationData,
  message: OutboundMessage,
  effects: Emits[] = [],
): FieldOutcome => ({ kind: 'ask', step, data, message, effects });
const miss = (reprompt: OutboundMessage): FieldOutcome => ({ kind: 'miss', reprompt });

/** The question of a field step, as asked the first time (or again after a restart). */
export function fieldQuestion(step: FieldStep, data: RegistrationData, context: Context, mode: Mode): OutboundMessage {
  const { lang } = context;
  switch (step) {
    case 'commune':
      return q.question(lang, q.communeQuestion(data.provinceCode));
    case 'commune_pick':
      if (data.pick === null) return q.question(lang, q.communeQuestion(data.provinceCode));
      return q.pickMiss(lang, data.pick.options);
    case 'occupations':
    case 'occupation_text':
    case 'reach':
    case 'frequency':
    case 'priority_groups':
      return q.question(lang, q.QUESTIONS[step]);
    case 'name':
      return q.question(lang, q.nameQuestion(mode, data.fullName));
    case 'phone':
      return q.question(lang, q.phoneQuestion(mode, data.phoneE164));
    case 'phone_confirm':
      if (data.pendingPhone === null) return q.question(lang, q.phoneQuestion(mode, data.phoneE164));
      return q.question(lang, q.phoneCheckQuestion(mode, data.pendingPhone));
    case 'priority_consent':
      return q.question(lang, q.priorityConsentQuestion(mode));
  }
}

export function answerField(
  step: FieldStep,
  data: RegistrationData,
  input: StepInput,
  context: Context,
  mode: Mode,
): FieldOutcome {
  const { lang } = context;
  switch (step) {
    case 'commune':
      return fromPlace(placeFromCommuneAnswer(input, data.provinceCode), data, context);
    case 'commune_pick':
      return fromPlace(placeFromPickAnswer(input, data.pick, data.provinceCode), data, context);
    case 'occupations': {
      const answer = parseOccupations(input.text, allIds(input), q.OCCUPATION_MENU, q.OCC_MORE);
      if (answer.invalid) return miss(q.miss(lang, q.QUESTIONS.occupations));
      // "Khác" without a name typed beside it: ask for the name, keeping what was chosen with it.
      if (answer.more && !answer.typed) {
        const next = { ...data, occupations: answer.keys };
        return ask('occupation_text', next, q.question(lang, q.QUESTIONS.occupation_text));
      }
      if (answer.keys.length === 0) return miss(q.miss(lang, q.QUESTIONS.occupations));
      return answered({ ...data, occupations: answer.keys });
    }
    case 'occupation_text': {
      const answer = parseOccupations(input.text, [], q.OCCUPATION_MENU, q.OCC_MORE);
      if (answer.keys.length === 0) return miss(q.occupationTextMiss(lang, input.text));
      return answered({ ...data, occupations: [...new Set([...data.occupations, ...answer.keys])] });
    }
    case 'reach': {
      const id = chosen(input, q.choices(lang, q.QUESTIONS.reach));
      const reach = id === null ? undefined : q.REACH_CHOICES[id];
      if (reach === undefined) return miss(q.miss(lang, q.QUESTIONS.reach));
      return answered({ ...data, reach });
    }
    case 'frequency':
      return onFrequency(data, input, context);
    case 'name':
      return onName(data, input, context, mode);
    case 'phone':
      return onPhone(data, input, context, mode);
    case 'phone_confirm':
      return onPhoneCheck(data, input, context, mode);
    case 'priority_consent':
      return onPriorityConsent(data, input, context, mode);
    case 'priority_groups':
      return onPriorityGroups(data, input, context);
  }
}

function allIds(input: StepInput): string[] {
  return [...new Set([...input.choiceIds, ...(input.choiceId === null ? [] : [input.choiceId])])];
}

function fromPlace(outcome: PlaceOutcome, data: RegistrationData, { lang }: Context): FieldOutcome {
  switch (outcome.kind) {
    case 'commune':
      return answered({ ...data, communeCode: outcome.code, provinceCode: null, pick: null });
    case 'province': {
      // A province alone: ask for the commune inside it, with an example.
      const next = { ...data, provinceCode: outcome.provinceCode, pick: null };
      return ask('commune', next, q.question(lang, q.communeQuestion(next.provinceCode)));
    }
    case 'same_province':
      return miss(q.question(lang, q.communeQuestion(data.provinceCode)));
    case 'pick': {
      const options = q.pickOptions(lang, outcome.pick);
      const next = { ...data, pick: { options, districts: outcome.pick.districts } };
      return ask('commune_pick', next, q.pickQuestion(lang, outcome.pick, outcome.typed, options));
    }
    case 'not_found':
      return miss(q.communeMiss(lang, data.provinceCode, outcome.typed));
    case 'pick_miss':
      return miss(q.pickMiss(lang, data.pick?.options ?? []));
  }
}

/** Daily messages go out between 7:00 and 20:00 (never in the quiet hours, 21:00–07:00). */
export const FIRST_DAILY_HOUR = 7;
export const LAST_DAILY_HOUR = 20;

function onFrequency(data: RegistrationData, input: StepInput, { lang }: Context): FieldOutcome {
  const id = chosen(input, q.choices(lang, q.QUESTIONS.frequency));
  const choice = id === null ? undefined : q.FREQUENCY_CHOICES[id];
  if (choice !== undefined) return answered({ ...data, frequency: choice.frequency, digestHour: choice.digestHour });
  const hour = parseHour(input.text);
  if (hour === null) return miss(q.miss(lang, q.QUESTIONS.frequency));
  const quiet = hour < FIRST_DAILY_HOUR || hour > LAST_DAILY_HOUR;
  if (quiet) return miss(q.miss(lang, q.QUESTIONS.frequency, q.QUIET_HOUR_MISS));
  return answered({ ...data, frequency: 'daily', digestHour: hour });
}

/** "1" (later / keep), "bỏ qua", "để sau", "không": the question is passed without an answer. */
function passed(input: StepInput, choiceId: string | null): boolean {
  return choiceId === q.LATER || choiceId === q.KEEP || isSkip(input.text) || isDecline(input.text);
}

function onName(data: RegistrationData, input: StepInput, { lang }: Context, mode: Mode): FieldOutcome {
  const asked = q.nameQuestion(mode, data.fullName);
  if (passed(input, chosen(input, q.choices(lang, asked)))) return answered(data, false);
  const name = input.text === null ? null : parseName(input.text);
  if (name === null) return miss(q.miss(lang, asked));
  return answered({ ...data, fullName: name }, name !== data.fullName, t(lang, 'registration.name.saved', { name }));
}

function onPhone(data: RegistrationData, input: StepInput, { lang }: Context, mode: Mode): FieldOutcome {
  const asked = q.phoneQuestion(mode, data.phoneE164);
  const id = chosen(input, q.choices(lang, asked));
  if (passed(input, id)) return answered({ ...data, pendingPhone: null }, false);
  if (id === q.PHONE_FORGET) {
    const forgotten = t(lang, 'registration.phone.forgotten');
    return answered({ ...data, phoneE164: null, pendingPhone: null }, true, forgotten, [{ kind: 'forget_phone' }]);
  }
  if (input.text === null) return miss(q.miss(lang, asked));
  const result = normalizePhone(input.text);
  switch (result.kind) {
    case 'valid': {
      const saved = t(lang, 'registration.phone.saved', { phone: localPhone(result.e164) });
      return answered({ ...data, phoneE164: result.e164, pendingPhone: null }, result.e164 !== data.phoneE164, saved);
    }
    case 'confirm': {
      const pending = { e164: result.e164, national: result.national, reason: result.reason };
      const check = q.question(lang, q.phoneCheckQuestion(mode, pending));
      return ask('phone_confirm', { ...data, pendingPhone: pending }, check);
    }
    case 'invalid': {
      const length = result.reason === 'too_short' || result.reason === 'too_long';
      const reason = length ? 'length' : result.reason === 'not_vietnamese_mobile' ? 'not_mobile' : 'unreadable';
      return miss(q.miss(lang, asked, q.PHONE_MISS[reason]));
    }
  }
}

function onPhoneCheck(data: RegistrationData, input: StepInput, context: Context, mode: Mode): FieldOutcome {
  const { lang } = context;
  const pending = data.pendingPhone;
  if (pending === null) return ask('phone', data, q.question(lang, q.phoneQuestion(mode, data.phoneE164)));
  const asked = q.phoneCheckQuestion(mode, pending);
  const id = chosen(input, q.choices(lang, asked));
  if (id === q.LATER || id === q.KEEP || isSkip(input.text)) return answered({ ...data, pendingPhone: null }, false);
  const answer = id === q.PHONE_YES ? 'yes' : id === q.PHONE_RETYPE ? 'no' : phoneYesNo(input.text);
  if (answer === 'yes') {
    const saved = t(lang, 'registration.phone.saved', { phone: spacedPhone(pending.national) });
    return answered({ ...data, phoneE164: pending.e164, pendingPhone: null }, pending.e164 !== data.phoneE164, saved);
  }
  if (answer === 'no') {
    const retype = q.miss(lang, q.phoneQuestion(mode, data.phoneE164), q.PHONE_MISS.retype);
    return ask('phone', { ...data, pendingPhone: null }, retype);
  }
  // Another number typed instead of an answer: read it as the phone answer.
  if (input.text !== null && /\d{6,}/.test(input.text.replace(/\D+/g, ''))) {
    return onPhone({ ...data, pendingPhone: null }, input, context, mode);
  }
  return miss(q.miss(lang, asked));
}

function onPriorityConsent(data: RegistrationData, input: StepInput, { lang }: Context, mode: Mode): FieldOutcome {
  const asked = q.priorityConsentQuestion(mode);
  const id = chosen(input, q.choices(lang, asked));
  const answer = id === q.PRIORITY_YES ? 'yes' : id === q.PRIORITY_NO || isSkip(input.text) ? 'no' : yesNo(input.text);
  if (answer === 'yes') {
    return ask('priority_groups', { ...data, priorityConsent: true }, q.question(lang, q.QUESTIONS.priority_groups), [
      { kind: 'grant_consent', purpose: 'priority_status', textVersion: PRIORITY_CONSENT_VERSION },
    ]);
  }
  // No answer is not consent: nothing is recorded.
  if (answer === 'no') return answered(data, false);
  return miss(q.miss(lang, asked));
}

function onPriorityGroups(data: RegistrationData, input: StepInput, { lang }: Context): FieldOutcome {
  const answer = parsePriorityGroups(input.text, allIds(input), q.PRIORITY_CHOICES, q.PRIORITY_NONE);
  switch (answer.kind) {
    case 'groups': {
      const saved = t(lang, 'registration.priority.saved');
      return answered({ ...data, priorityConsent: true, priorityGroups: answer.groups }, true, saved);
    }
    case 'none': {
      const savedNone = t(lang, 'registration.priority.saved_none');
      return answered({ ...data, priorityConsent: true, priorityGroups: [] }, true, savedNone);
    }
    case 'invalid':
      if (isSkip(input.text)) return answered(data, false);
      return miss(q.miss(lang, q.QUESTIONS.priority_groups, q.PRIORITY_GROUPS_MISS[answer.reason]));
  }
}
