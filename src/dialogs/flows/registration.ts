import type { Choice, OutboundMessage } from '../../channels/types.ts';
import { resolveChoice } from '../../core/choices.ts';
import { fold } from '../../core/fold.ts';
import type { Lang } from '../../core/i18n/index.ts';
import { t } from '../../core/i18n/index.ts';
import type { Effect, Flow, FlowContext, FlowState, StepInput, StepResult, WorkerProfile } from '../engine/types.ts';
import { EMPTY, fromProfile, isStep, readData, writeData, type RegistrationData, type Step } from './registration/data.ts';
import { GUARDIAN_BELOW_AGE, parseBirthYear, parseOccupations, yesNo } from './registration/parse.ts';
import { districtPick, readChoiceId, resolvePlace, type Pick } from './shared/place.ts';
import * as q from './registration/questions.ts';

/**
 * The worker's registration (/dangky, menu 1): consent → birth year (→ guardian under 16) → commune
 * (→ a pick when ambiguous) → occupations → reach → frequency → confirm, which saves the profile.
 *
 * Matching needs come first and every step is one answer, so that on Zalo (text only) a worker gets from /start
 * to confirmed in 10 messages: /start, "1" (menu), then 8 answers including one place disambiguation.
 * Someone who registered before starts at the confirm screen and edits from there; every step checks what is
 * still missing (commune, occupations, reach, frequency), so an edit returns straight to the confirm screen.
 *
 * Reach 'abroad' is offered as "Cả nước và nước ngoài": matching treats it as 'country' plus overseas work.
 * Pure: no I/O, no clock (`context.now`); the engine writes the effects.
 */
export const REGISTRATION_FLOW = 'registration';
/** The consent text's version, recorded with each consent (bump it when `registration.consent.text` changes). */
export const ALERTS_CONSENT_VERSION = 'alerts-2026-11';
export const GUARDIAN_CONSENT_VERSION = 'guardian-2026-11';

function continueAt(step: Step, data: RegistrationData, replies: OutboundMessage[], effects: Effect[] = []): StepResult {
  const state: FlowState = { flow: REGISTRATION_FLOW, step, data: writeData(data), misses: 0 };
  return effects.length > 0 ? { kind: 'continue', replies, state, effects } : { kind: 'continue', replies, state };
}

function missWith(reprompt: OutboundMessage): StepResult {
  return { kind: 'miss', reprompt };
}

/** The first of commune, occupations, reach, frequency still unanswered; else the confirm screen. */
function nextStep(data: RegistrationData): Step {
  if (data.communeCode === null) return 'commune';
  if (data.occupations.length === 0) return 'occupations';
  if (data.reach === null) return 'reach';
  if (data.frequency === null) return 'frequency';
  return 'confirm';
}

function question(step: Step, data: RegistrationData, lang: Lang): OutboundMessage {
  switch (step) {
    case 'consent':
      return q.consentQuestion(lang);
    case 'birth_year':
      return q.birthQuestion(lang);
    case 'guardian':
      return q.guardianQuestion(lang);
    case 'commune':
    case 'commune_pick':
      return q.communeQuestion(lang, data.provinceCode);
    case 'occupations':
      return q.occupationQuestion(lang);
    case 'occupation_text':
      return q.occupationTextQuestion(lang);
    case 'reach':
      return q.reachQuestion(lang);
    case 'frequency':
      return q.frequencyQuestion(lang);
    case 'confirm':
      return q.confirmQuestion(lang, data);
  }
}

function goTo(step: Step, data: RegistrationData, lang: Lang, effects: Effect[] = []): StepResult {
  return continueAt(step, data, [question(step, data, lang)], effects);
}

function goOn(data: RegistrationData, lang: Lang, effects: Effect[] = []): StepResult {
  return goTo(nextStep(data), data, lang, effects);
}

/** A single choice: pressed, typed and mapped by the engine, or (when the engine could not) typed here. */
function chosen(input: StepInput, choices: readonly Choice[]): string | null {
  const ids = choices.map((c) => c.id);
  if (input.choiceId !== null && ids.includes(input.choiceId)) return input.choiceId;
  const only = input.choiceIds.length === 1 ? input.choiceIds[0] : undefined;
  if (only !== undefined && ids.includes(only)) return only;
  return input.text === null ? null : resolveChoice(input.text, choices);
}

function done(lang: Lang, key: 'registration.consent.declined' | 'registration.birth.too_young' | 'registration.guardian.declined' | 'registration.done', effects: Effect[]): StepResult {
  const replies = [{ text: t(lang, key) }];
  return effects.length > 0 ? { kind: 'done', replies, effects } : { kind: 'done', replies };
}

const WITHDRAW_ALERTS: Effect = { kind: 'withdraw_consent', purpose: 'alerts' };

function onConsent(data: RegistrationData, input: StepInput, lang: Lang): StepResult {
  const id = chosen(input, q.consentChoices(lang));
  const answer = id === q.CONSENT_YES ? 'yes' : id === q.CONSENT_NO ? 'no' : yesNo(input.text);
  if (answer === 'yes') {
    return goTo('birth_year', data, lang, [{ kind: 'grant_consent', purpose: 'alerts', textVersion: ALERTS_CONSENT_VERSION }]);
  }
  if (answer === 'no') return done(lang, 'registration.consent.declined', []);
  return missWith(q.consentMiss(lang));
}

function onBirthYear(data: RegistrationData, input: StepInput, context: FlowContext): StepResult {
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
      return done(lang, 'registration.birth.too_young', [WITHDRAW_ALERTS]);
    case 'ok': {
      const next = { ...data, birthYear: answer.birthYear };
      return answer.age < GUARDIAN_BELOW_AGE ? goTo('guardian', next, lang) : goOn(next, lang);
    }
  }
}

function onGuardian(data: RegistrationData, input: StepInput, lang: Lang): StepResult {
  const id = chosen(input, q.guardianChoices(lang));
  const answer = id === q.GUARDIAN_YES ? 'yes' : id === q.GUARDIAN_NO ? 'no' : yesNo(input.text);
  if (answer === 'yes') return goOn(data, lang, [{ kind: 'grant_consent', purpose: 'guardian', textVersion: GUARDIAN_CONSENT_VERSION }]);
  if (answer === 'no') return done(lang, 'registration.guardian.declined', [WITHDRAW_ALERTS]);
  return missWith(q.guardianMiss(lang));
}

function askPick(data: RegistrationData, pick: Pick, typed: string, lang: Lang): StepResult {
  const options = q.pickOptions(lang, pick);
  const next: RegistrationData = { ...data, pick: { options, districts: pick.districts } };
  return continueAt('commune_pick', next, [q.pickQuestion(lang, pick, typed, options)]);
}

function communeChosen(data: RegistrationData, code: string, lang: Lang): StepResult {
  return goOn({ ...data, communeCode: code, provinceCode: null, pick: null }, lang);
}

/** A place typed at the commune question, or typed again instead of picking a number. */
function onPlaceText(data: RegistrationData, text: string | null, lang: Lang): StepResult {
  if (text === null || fold(text) === '') return missWith(q.communeMiss(lang, data.provinceCode, null));
  const answer = resolvePlace(text, data.provinceCode);
  switch (answer.kind) {
    case 'commune':
      return communeChosen(data, answer.commune.code, lang);
    case 'province':
      // The province again: ask for the commune inside it, with an example.
      if (answer.province.code === data.provinceCode) return missWith(q.communeQuestion(lang, data.provinceCode));
      return goTo('commune', { ...data, provinceCode: answer.province.code, pick: null }, lang);
    case 'pick':
      return askPick(data, answer.pick, text, lang);
    case 'not_found':
      return missWith(q.communeMiss(lang, data.provinceCode, text));
  }
}

function onCommune(data: RegistrationData, input: StepInput, lang: Lang): StepResult {
  // A button from an earlier list of places still works.
  if (input.choiceId !== null && input.choiceId.startsWith('geo.')) {
    const target = readChoiceId(input.choiceId);
    if (target.kind === 'commune') return communeChosen(data, target.commune.code, lang);
  }
  return onPlaceText(data, input.text, lang);
}

function onCommunePick(data: RegistrationData, input: StepInput, lang: Lang): StepResult {
  const options = data.pick?.options ?? [];
  const id = chosen(input, options) ?? (input.choiceId?.startsWith('geo.') ? input.choiceId : null);
  if (id === null) {
    // A number that is not in the list is a miss; words are a new place name.
    if (input.text === null || /^\s*\d+\s*$/.test(fold(input.text))) return missWith(q.pickMiss(lang, options));
    return onPlaceText({ ...data, pick: null }, input.text, lang);
  }
  const target = readChoiceId(id);
  switch (target.kind) {
    case 'commune':
      return communeChosen(data, target.commune.code, lang);
    case 'province':
      return goTo('commune', { ...data, provinceCode: target.province.code, pick: null }, lang);
    case 'district': {
      const district = data.pick?.districts[target.index];
      if (district === undefined) return missWith(q.pickMiss(lang, options));
      return askPick(data, districtPick(district), district.name, lang);
    }
    case 'unknown':
      return missWith(q.pickMiss(lang, options));
  }
}

function allIds(input: StepInput): string[] {
  return [...new Set([...input.choiceIds, ...(input.choiceId === null ? [] : [input.choiceId])])];
}

function onOccupations(data: RegistrationData, input: StepInput, lang: Lang): StepResult {
  const answer = parseOccupations(input.text, allIds(input), q.OCCUPATION_MENU, q.OCC_MORE);
  if (answer.invalid) return missWith(q.occupationMiss(lang));
  // "Khác" without a name typed beside it: ask for the name, keeping what was chosen with it.
  if (answer.more && !answer.typed) return goTo('occupation_text', { ...data, occupations: answer.keys }, lang);
  if (answer.keys.length === 0) return missWith(q.occupationMiss(lang));
  return goOn({ ...data, occupations: answer.keys }, lang);
}

function onOccupationText(data: RegistrationData, input: StepInput, lang: Lang): StepResult {
  const answer = parseOccupations(input.text, [], q.OCCUPATION_MENU, q.OCC_MORE);
  if (answer.keys.length === 0) return missWith(q.occupationTextMiss(lang, input.text));
  return goOn({ ...data, occupations: [...new Set([...data.occupations, ...answer.keys])] }, lang);
}

function onReach(data: RegistrationData, input: StepInput, lang: Lang): StepResult {
  const id = chosen(input, q.reachChoices(lang));
  const reach = id === null ? undefined : q.REACH_CHOICES[id];
  if (reach === undefined) return missWith(q.reachMiss(lang));
  return goOn({ ...data, reach }, lang);
}

function onFrequency(data: RegistrationData, input: StepInput, lang: Lang): StepResult {
  const id = chosen(input, q.frequencyChoices(lang));
  const choice = id === null ? undefined : q.FREQUENCY_CHOICES[id];
  if (choice === undefined) return missWith(q.frequencyMiss(lang));
  return goOn({ ...data, frequency: choice.frequency, digestHour: choice.digestHour }, lang);
}

function profileOf(data: RegistrationData): WorkerProfile | null {
  if (data.communeCode === null || data.occupations.length === 0 || data.reach === null || data.frequency === null) return null;
  return {
    fullName: data.fullName,
    birthYear: data.birthYear,
    phoneE164: data.phoneE164,
    communeCode: data.communeCode,
    occupations: [...data.occupations],
    reach: data.reach,
    frequency: data.frequency,
    digestHour: data.frequency === 'daily' ? data.digestHour : null,
  };
}

function onConfirm(data: RegistrationData, input: StepInput, lang: Lang): StepResult {
  switch (chosen(input, q.confirmChoices(lang))) {
    case 'confirm.save': {
      const profile = profileOf(data);
      if (profile === null) return goOn(data, lang);
      return done(lang, 'registration.done', [{ kind: 'save_worker_profile', profile }]);
    }
    case 'confirm.commune':
      return goTo('commune', { ...data, provinceCode: null, pick: null }, lang);
    case 'confirm.occupations':
      return goTo('occupations', data, lang);
    case 'confirm.reach':
      return goTo('reach', data, lang);
    case 'confirm.frequency':
      return goTo('frequency', data, lang);
    default:
      return missWith(q.confirmMiss(lang));
  }
}

function begin(context: FlowContext): StepResult {
  // Registered before (the engine passes the profile only while consent is active): edit from the summary.
  if (context.profile !== null) return goOn(fromProfile(context.profile), context.lang);
  return goTo('consent', EMPTY, context.lang);
}

export const registrationFlow: Flow = {
  name: REGISTRATION_FLOW,
  begin,

  step(state: FlowState, input: StepInput, context: FlowContext): StepResult {
    const { lang } = context;
    const data = readData(state.data);
    if (!isStep(state.step)) return begin(context);
    switch (state.step) {
      case 'consent':
        return onConsent(data, input, lang);
      case 'birth_year':
        return onBirthYear(data, input, context);
      case 'guardian':
        return onGuardian(data, input, lang);
      case 'commune':
        return onCommune(data, input, lang);
      case 'commune_pick':
        return onCommunePick(data, input, lang);
      case 'occupations':
        return onOccupations(data, input, lang);
      case 'occupation_text':
        return onOccupationText(data, input, lang);
      case 'reach':
        return onReach(data, input, lang);
      case 'frequency':
        return onFrequency(data, input, lang);
      case 'confirm':
        return onConfirm(data, input, lang);
    }
  },
};
