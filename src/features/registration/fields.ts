import type { OutboundMessage } from '../../kernel/message.ts';
import { normalizePhone } from '../../kernel/phone.ts';
import { t } from '../../kernel/i18n/index.ts';
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

const answered = (data: RegistrationData, changed = true, note: string | null = null, effects: Emits[] = []): FieldOutcome => ({
  kind: 'answered',
  data,
  changed,
  effects,
  note,
});
const ask = (step: FieldStep, data: RegistrationData, message: OutboundMessage, effects: Emits[] = []): FieldOutcome => ({ kind: 'ask', step, data, message, effects });
const miss = (reprompt: OutboundMessage): FieldOutcome => ({ kind: 'miss', reprompt });

/** The question of a field step, as asked the first time (or again after a restart). */
export function fieldQuestion(step: FieldStep, data: RegistrationData, context: Context, mode: Mode): OutboundMessage {
  const { lang } = context;
  switch (step) {
    case 'commune':
      return q.communeQuestion(lang, data.provinceCode);
    case 'commune_pick':
      return data.pick === null ? q.communeQuestion(lang, data.provinceCode) : q.pickMiss(lang, data.pick.options);
    case 'occupations':
      return q.occupationQuestion(lang);
    case 'occupation_text':
      return q.occupationTextQuestion(lang);
    case 'reach':
      return q.reachQuestion(lang);
    case 'frequency':
      return q.frequencyQuestion(lang);
    case 'name':
      return q.nameQuestion(lang, mode, data.fullName);
    case 'phone':
      return q.phoneQuestion(lang, mode, data.phoneE164);
    case 'phone_confirm':
      return data.pendingPhone === null ? q.phoneQuestion(lang, mode, data.phoneE164) : q.phoneCheckQuestion(lang, mode, data.pendingPhone);
    case 'priority_consent':
      return q.priorityConsentQuestion(lang, mode);
    case 'priority_groups':
      return q.priorityGroupsQuestion(lang);
  }
}

export function answerField(step: FieldStep, data: RegistrationData, input: StepInput, context: Context, mode: Mode): FieldOutcome {
  const { lang } = context;
  switch (step) {
    case 'commune':
      return fromPlace(placeFromCommuneAnswer(input, data.provinceCode), data, context);
    case 'commune_pick':
      return fromPlace(placeFromPickAnswer(input, data.pick, data.provinceCode), data, context);
    case 'occupations': {
      const answer = parseOccupations(input.text, allIds(input), q.OCCUPATION_MENU, q.OCC_MORE);
      if (answer.invalid) return miss(q.occupationMiss(lang));
      // "Khác" without a name typed beside it: ask for the name, keeping what was chosen with it.
      if (answer.more && !answer.typed) return ask('occupation_text', { ...data, occupations: answer.keys }, q.occupationTextQuestion(lang));
      if (answer.keys.length === 0) return miss(q.occupationMiss(lang));
      return answered({ ...data, occupations: answer.keys });
    }
    case 'occupation_text': {
      const answer = parseOccupations(input.text, [], q.OCCUPATION_MENU, q.OCC_MORE);
      if (answer.keys.length === 0) return miss(q.occupationTextMiss(lang, input.text));
      return answered({ ...data, occupations: [...new Set([...data.occupations, ...answer.keys])] });
    }
    case 'reach': {
      const id = chosen(input, q.reachChoices(lang));
      const reach = id === null ? undefined : q.REACH_CHOICES[id];
      if (reach === undefined) return miss(q.reachMiss(lang));
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
      return ask('commune', next, q.communeQuestion(lang, next.provinceCode));
    }
    case 'same_province':
      return miss(q.communeQuestion(lang, data.provinceCode));
    case 'pick': {
      const options = q.pickOptions(lang, outcome.pick);
      return ask('commune_pick', { ...data, pick: { options, districts: outcome.pick.districts } }, q.pickQuestion(lang, outcome.pick, outcome.typed, options));
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
  const id = chosen(input, q.frequencyChoices(lang));
  const choice = id === null ? undefined : q.FREQUENCY_CHOICES[id];
  if (choice !== undefined) return answered({ ...data, frequency: choice.frequency, digestHour: choice.digestHour });
  const hour = parseHour(input.text);
  if (hour === null) return miss(q.frequencyMiss(lang));
  if (hour < FIRST_DAILY_HOUR || hour > LAST_DAILY_HOUR) return miss(q.frequencyQuietMiss(lang));
  return answered({ ...data, frequency: 'daily', digestHour: hour });
}

/** "1" (later / keep), "bỏ qua", "để sau", "không": the question is passed without an answer. */
function passed(input: StepInput, choiceId: string | null): boolean {
  return choiceId === q.LATER || choiceId === q.KEEP || isSkip(input.text) || isDecline(input.text);
}

function onName(data: RegistrationData, input: StepInput, { lang }: Context, mode: Mode): FieldOutcome {
  if (passed(input, chosen(input, q.nameChoices(lang, mode)))) return answered(data, false);
  const name = input.text === null ? null : parseName(input.text);
  if (name === null) return miss(q.nameMiss(lang, mode));
  return answered({ ...data, fullName: name }, name !== data.fullName, t(lang, 'registration.name.saved', { name }));
}

function onPhone(data: RegistrationData, input: StepInput, { lang }: Context, mode: Mode): FieldOutcome {
  const id = chosen(input, q.phoneChoices(lang, mode, data.phoneE164 !== null));
  if (passed(input, id)) return answered({ ...data, pendingPhone: null }, false);
  if (id === q.PHONE_FORGET) {
    return answered({ ...data, phoneE164: null, pendingPhone: null }, true, t(lang, 'registration.phone.forgotten'), [{ kind: 'forget_phone' }]);
  }
  if (input.text === null) return miss(q.phoneMiss(lang, mode, data.phoneE164, 'unreadable'));
  const result = normalizePhone(input.text);
  switch (result.kind) {
    case 'valid':
      return answered({ ...data, phoneE164: result.e164, pendingPhone: null }, result.e164 !== data.phoneE164, t(lang, 'registration.phone.saved', { phone: localPhone(result.e164) }));
    case 'confirm': {
      const pending = { e164: result.e164, national: result.national, reason: result.reason };
      return ask('phone_confirm', { ...data, pendingPhone: pending }, q.phoneCheckQuestion(lang, mode, pending));
    }
    case 'invalid': {
      const reason = result.reason === 'too_short' || result.reason === 'too_long' ? 'length' : result.reason === 'not_vietnamese_mobile' ? 'not_mobile' : 'unreadable';
      return miss(q.phoneMiss(lang, mode, data.phoneE164, reason));
    }
  }
}

function onPhoneCheck(data: RegistrationData, input: StepInput, context: Context, mode: Mode): FieldOutcome {
  const { lang } = context;
  const pending = data.pendingPhone;
  if (pending === null) return ask('phone', data, q.phoneQuestion(lang, mode, data.phoneE164));
  const id = chosen(input, q.phoneCheckChoices(lang, mode));
  if (id === q.LATER || id === q.KEEP || isSkip(input.text)) return answered({ ...data, pendingPhone: null }, false);
  const answer = id === q.PHONE_YES ? 'yes' : id === q.PHONE_RETYPE ? 'no' : phoneYesNo(input.text);
  if (answer === 'yes') {
    return answered({ ...data, phoneE164: pending.e164, pendingPhone: null }, pending.e164 !== data.phoneE164, t(lang, 'registration.phone.saved', { phone: spacedPhone(pending.national) }));
  }
  if (answer === 'no') return ask('phone', { ...data, pendingPhone: null }, q.phoneMiss(lang, mode, data.phoneE164, 'retype'));
  // Another number typed instead of an answer: read it as the phone answer.
  if (input.text !== null && /\d{6,}/.test(input.text.replace(/\D+/g, ''))) return onPhone({ ...data, pendingPhone: null }, input, context, mode);
  return miss(q.phoneCheckMiss(lang, mode, pending));
}

function onPriorityConsent(data: RegistrationData, input: StepInput, { lang }: Context, mode: Mode): FieldOutcome {
  const id = chosen(input, q.priorityConsentChoices(lang, mode));
  const answer = id === q.PRIORITY_YES ? 'yes' : id === q.PRIORITY_NO || isSkip(input.text) ? 'no' : yesNo(input.text);
  if (answer === 'yes') {
    return ask('priority_groups', { ...data, priorityConsent: true }, q.priorityGroupsQuestion(lang), [
      { kind: 'grant_consent', purpose: 'priority_status', textVersion: PRIORITY_CONSENT_VERSION },
    ]);
  }
  // No answer is not consent: nothing is recorded.
  if (answer === 'no') return answered(data, false);
  return miss(q.priorityConsentMiss(lang, mode));
}

function onPriorityGroups(data: RegistrationData, input: StepInput, { lang }: Context): FieldOutcome {
  const answer = parsePriorityGroups(input.text, allIds(input), q.PRIORITY_CHOICES, q.PRIORITY_NONE);
  switch (answer.kind) {
    case 'groups':
      return answered({ ...data, priorityConsent: true, priorityGroups: answer.groups }, true, t(lang, 'registration.priority.saved'));
    case 'none':
      return answered({ ...data, priorityConsent: true, priorityGroups: [] }, true, t(lang, 'registration.priority.saved_none'));
    case 'invalid':
      if (isSkip(input.text)) return answered(data, false);
      return miss(q.priorityGroupsMiss(lang, answer.reason));
  }
}
