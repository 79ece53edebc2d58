import type { Choice, OutboundMessage } from '../../kernel/message.ts';
import type { Lang } from '../../kernel/i18n/index.ts';
import { t } from './messages.ts';
import { formatWageFloor } from '../../kernel/wage/index.ts';
import type { Flow, FlowState, StepInput, StepResult } from '../../engine/types.ts';
import { welcome } from '../../engine/home.ts';
import { answerWageFloor, wageFloorQuestion } from './wage-floor.ts';
import { chosen } from '../shared/choice.ts';
import { fromProfile, profileOf, readData, writeData, type RegistrationData } from '../registration/data.ts';
import { answerField, FIELD_STEPS, fieldQuestion, isFieldStep, type FieldStep } from '../registration/fields.ts';
import { priorityLabel, profileSummary } from '../registration/summary.ts';
import { miss as askedAgain, question as asked } from '../registration/question.ts';
import { readTrainingAnswer, TRAINING_QUESTION, tradeNames } from '../registration/training.ts';
import type { AlertsContext, Context, Emits } from './context.ts';

/**
 * /theodoi: the whole profile (the phone by its last 3 digits, priority status only as "đã khai"/"chưa khai"),
 * with pause / resume, and an edit of any one field: place, occupations, reach, how often, name, phone,
 * priority status (including withdrawing that consent, which clears the groups), sex and the lowest monthly pay
 * (alerts-wage-floor.ts) — both optional, asked only here (never in registration), each can be cleared — and the
 * trades to learn (asked once after registration, registration/training.ts). Each edit
 * of a registration field asks the same question as registration (registration/fields.ts); every edit saves and
 * comes back to the summary. Pure.
 */
export const ALERTS_FLOW = 'alerts';

const MENU = 'menu';
const FIELDS = 'fields';
const PRIORITY_MANAGE = 'priority_manage';
const SEX = 'sex';
const SEX_FIELD = 'alerts.f.sex';
const SEX_CHOICES = { 'alerts.sex.female': 'female', 'alerts.sex.male': 'male', 'alerts.sex.none': null } as const;
type SexChoice = keyof typeof SEX_CHOICES;
type Sex = 'female' | 'male';
const WAGE_FLOOR = 'wage_floor';
const WAGE_FLOOR_FIELD = 'alerts.f.wage_floor';
const TRAINING = 'training';
const TRAINING_FIELD = 'alerts.f.training';

/** What the summary shows beyond the engine's profile (loaded for this flow only). */
interface Extras {
  sex: Sex | null;
  /** Monthly đồng. */
  wageFloor: number | null;
  /** Trades to learn (occupation keys). */
  training: readonly string[];
}

/** Each editable field and the question it opens. */
const FIELD_CHOICES = {
  'alerts.f.commune': 'commune',
  'alerts.f.occupations': 'occupations',
  'alerts.f.reach': 'reach',
  'alerts.f.frequency': 'frequency',
  'alerts.f.name': 'name',
  'alerts.f.phone': 'phone',
  'alerts.f.priority': 'priority_consent',
} as const satisfies Record<string, FieldStep>;
type FieldChoice = keyof typeof FIELD_CHOICES;

const FIELD_LABEL = {
  'alerts.f.commune': 'alerts.field.commune',
  'alerts.f.occupations': 'alerts.field.occupations',
  'alerts.f.reach': 'alerts.field.reach',
  'alerts.f.frequency': 'alerts.field.frequency',
  'alerts.f.name': 'alerts.field.name',
  'alerts.f.phone': 'alerts.field.phone',
  'alerts.f.priority': 'alerts.field.priority',
} as const satisfies Record<FieldChoice, string>;

function state(step: string, data: RegistrationData | null): FlowState {
  return { flow: ALERTS_FLOW, step, data: data === null ? {} : writeData(data), misses: 0 };
}

function menuChoices(lang: Lang, paused: boolean): Choice[] {
  return [
    { id: 'alerts.edit', label: t(lang, 'alerts.edit') },
    paused
      ? { id: 'alerts.resume', label: t(lang, 'alerts.resume') }
      : { id: 'alerts.pause', label: t(lang, 'alerts.pause') },
    { id: 'alerts.back', label: t(lang, 'alerts.back') },
  ];
}

function sexWords(lang: Lang, sex: Sex | null): string | null {
  return sex === null ? null : t(lang, sex === 'female' ? 'alerts.sex.female' : 'alerts.sex.male');
}

function overview(lang: Lang, data: RegistrationData, paused: boolean, extras: Extras): OutboundMessage {
  const words = {
    sex: sexWords(lang, extras.sex),
    wageFloor: extras.wageFloor === null ? null : formatWageFloor(extras.wageFloor, lang),
    training: extras.training.length === 0 ? null : tradeNames(lang, extras.training),
  };
  return {
    text: profileSummary(lang, data, paused, words),
    choices: menuChoices(lang, paused),
    prompt: t(lang, 'alerts.question'),
  };
}

function fieldChoices(lang: Lang): Choice[] {
  return [
    ...(Object.keys(FIELD_CHOICES) as FieldChoice[]).map((id) => ({ id, label: t(lang, FIELD_LABEL[id]) })),
    { id: SEX_FIELD, label: t(lang, 'alerts.field.sex') },
    { id: WAGE_FLOOR_FIELD, label: t(lang, 'alerts.field.wage_floor') },
    { id: TRAINING_FIELD, label: t(lang, 'alerts.field.training') },
    { id: 'alerts.f.back', label: t(lang, 'alerts.field.back') },
  ];
}

function fieldsQuestion(lang: Lang): OutboundMessage {
  return {
    text: t(lang, 'alerts.fields.text'),
    choices: fieldChoices(lang),
    prompt: t(lang, 'alerts.fields.question'),
  };
}

function priorityManageChoices(lang: Lang): Choice[] {
  return [
    { id: 'alerts.p.redo', label: t(lang, 'alerts.priority.redo') },
    { id: 'alerts.p.withdraw', label: t(lang, 'alerts.priority.withdraw') },
    { id: 'alerts.p.keep', label: t(lang, 'alerts.priority.keep') },
  ];
}

/** Their own sensitive data, shown to them on request (the summary only says whether it is declared). */
function priorityManageQuestion(lang: Lang, data: RegistrationData): OutboundMessage {
  const current =
    data.priorityGroups.length > 0
      ? t(lang, 'alerts.priority.current', {
          groups: data.priorityGroups.map((g) => priorityLabel(lang, g)).join('; '),
        })
      : t(lang, 'alerts.priority.current_none');
  return {
    text: `${t(lang, 'alerts.priority.manage_text')}\n${current}`,
    choices: priorityManageChoices(lang),
    prompt: t(lang, 'alerts.question'),
  };
}

function sexChoices(lang: Lang): Choice[] {
  return (Object.keys(SEX_CHOICES) as SexChoice[]).map((id) => ({ id, label: t(lang, id) }));
}

function sexQuestion(lang: Lang, current: Sex | null): OutboundMessage {
  const words = sexWords(lang, current);
  const text =
    words === null
      ? t(lang, 'alerts.sex.text')
      : `${t(lang, 'alerts.sex.text')}\n${t(lang, 'alerts.sex.current', { sex: words })}`;
  return { text, choices: sexChoices(lang), prompt: t(lang, 'alerts.question') };
}

function paused(context: Context): boolean {
  return context.profile?.paused === true;
}

function savedSex(context: Context): Sex | null {
  return context.workerSex ?? null;
}

function savedExtras(context: Context): Extras {
  return { sex: savedSex(context), wageFloor: context.workerWageFloor ?? null, training: context.workerTraining ?? [] };
}

/** The training question of registration, with the trades saved now. */
function trainingQuestion(lang: Lang, current: readonly string[]): OutboundMessage {
  const message = asked(lang, TRAINING_QUESTION);
  if (current.length === 0) return message;
  return {
    ...message,
    text: `${message.text}\n${t(lang, 'alerts.training.current', { trades: tradeNames(lang, current) })}`,
  };
}

/** Back at the summary, after a note of what changed (`extras`: as they are after the change). */
function toSummary(
  context: Context,
  data: RegistrationData,
  notes: string[],
  effects: Emits[] = [],
  extras = savedExtras(context),
): StepResult<Emits> {
  const replies: OutboundMessage[] = [
    ...notes.map((text) => ({ text })),
    overview(context.lang, data, paused(context), extras),
  ];
  const result: StepResult<Emits> = { kind: 'continue', replies, state: state(MENU, null) };
  return effects.length > 0 ? { ...result, effects } : result;
}

function noProfile(lang: Lang): StepResult<Emits> {
  return {
    kind: 'done',
    replies: [
      {
        text: t(lang, 'alerts.none'),
        choices: [{ id: 'menu.register', label: t(lang, 'alerts.register') }],
        prompt: t(lang, 'alerts.question'),
      },
    ],
  };
}

function miss(text: string, message: OutboundMessage): StepResult<Emits> {
  return { kind: 'miss', reprompt: { ...message, text } };
}

function onMenu(input: StepInput, context: Context, data: RegistrationData): StepResult<Emits> {
  const { lang } = context;
  const offered = menuChoices(lang, paused(context));
  switch (chosen(input, offered)) {
    case 'alerts.edit':
      return { kind: 'continue', replies: [fieldsQuestion(lang)], state: state(FIELDS, null) };
    case 'alerts.pause':
      return { kind: 'done', replies: [{ text: t(lang, 'alerts.paused_done') }], effects: [{ kind: 'pause_alerts' }] };
    case 'alerts.resume':
      return {
        kind: 'done',
        replies: [{ text: t(lang, 'alerts.resumed_done') }],
        effects: [{ kind: 'resume_alerts' }],
      };
    case 'alerts.back':
      return { kind: 'done', replies: [welcome(lang, context.menu)] };
    default:
      return miss(t(lang, 'alerts.miss'), overview(lang, data, paused(context), savedExtras(context)));
  }
}

function onFields(input: StepInput, context: Context, data: RegistrationData): StepResult<Emits> {
  const { lang } = context;
  const id = chosen(input, fieldChoices(lang));
  if (id === 'alerts.f.back') return toSummary(context, data, []);
  if (id === SEX_FIELD)
    return { kind: 'continue', replies: [sexQuestion(lang, savedSex(context))], state: state(SEX, null) };
  if (id === TRAINING_FIELD)
    return {
      kind: 'continue',
      replies: [trainingQuestion(lang, savedExtras(context).training)],
      state: state(TRAINING, null),
    };
  if (id === WAGE_FLOOR_FIELD)
    return {
      kind: 'continue',
      replies: [wageFloorQuestion(lang, savedExtras(context).wageFloor)],
      state: state(WAGE_FLOOR, null),
    };
  const field = id !== null && id in FIELD_CHOICES ? FIELD_CHOICES[id as FieldChoice] : null;
  if (field === null) return miss(t(lang, 'alerts.miss'), fieldsQuestion(lang));
  if (field === 'priority_consent' && data.priorityConsent) {
    return { kind: 'continue', replies: [priorityManageQuestion(lang, data)], state: state(PRIORITY_MANAGE, data) };
  }
  const start = field === 'commune' ? { ...data, provinceCode: null, pick: null } : data;
  return { kind: 'continue', replies: [fieldQuestion(field, start, context, 'edit')], state: state(field, start) };
}

function onPriorityManage(input: StepInput, context: Context, data: RegistrationData): StepResult<Emits> {
  const { lang } = context;
  switch (chosen(input, priorityManageChoices(lang))) {
    case 'alerts.p.redo':
      return {
        kind: 'continue',
        replies: [fieldQuestion('priority_groups', data, context, 'edit')],
        state: state('priority_groups', data),
      };
    case 'alerts.p.withdraw': {
      // The withdrawal clears the groups (effects.ts); the summary shows it at once.
      const next = { ...data, priorityConsent: false, priorityGroups: [] };
      return toSummary(
        context,
        next,
        [t(lang, 'alerts.priority.withdrawn')],
        [{ kind: 'withdraw_consent', purpose: 'priority_status' }],
      );
    }
    case 'alerts.p.keep':
      return toSummary(context, data, []);
    default:
      return miss(t(lang, 'alerts.miss'), priorityManageQuestion(lang, data));
  }
}

function onSex(input: StepInput, context: Context, data: RegistrationData): StepResult<Emits> {
  const { lang } = context;
  const id = chosen(input, sexChoices(lang));
  if (id === null || !(id in SEX_CHOICES)) return miss(t(lang, 'alerts.miss'), sexQuestion(lang, savedSex(context)));
  const sex = SEX_CHOICES[id as SexChoice];
  if (sex === savedSex(context)) return toSummary(context, data, []);
  const note = t(lang, sex === null ? 'alerts.sex.cleared' : 'alerts.saved');
  return toSummary(context, data, [note], [{ kind: 'set_sex', sex }], { ...savedExtras(context), sex });
}

function onWageFloor(input: StepInput, context: Context, data: RegistrationData): StepResult<Emits> {
  const outcome = answerWageFloor(input, context.lang, savedExtras(context).wageFloor);
  if (outcome.kind === 'miss') return { kind: 'miss', reprompt: outcome.reprompt };
  if (outcome.kind === 'unchanged') return toSummary(context, data, []);
  return toSummary(context, data, [outcome.note], [{ kind: 'set_wage_floor', vnd: outcome.vnd }], {
    ...savedExtras(context),
    wageFloor: outcome.vnd,
  });
}

/** Trades named replace those saved; "bỏ qua" / "không" clears them. */
function onTraining(input: StepInput, context: Context, data: RegistrationData): StepResult<Emits> {
  const { lang } = context;
  const training = readTrainingAnswer(input);
  if (training === null) return { kind: 'miss', reprompt: askedAgain(lang, TRAINING_QUESTION) };
  const note = t(lang, training.length === 0 ? 'alerts.training.cleared' : 'alerts.saved');
  return toSummary(context, data, [note], [{ kind: 'save_training_interest', occupations: training }], {
    ...savedExtras(context),
    training,
  });
}

function onField(step: FieldStep, input: StepInput, context: Context, data: RegistrationData): StepResult<Emits> {
  const outcome = answerField(step, data, input, context, 'edit');
  if (outcome.kind === 'miss') return { kind: 'miss', reprompt: outcome.reprompt };
  if (outcome.kind === 'ask') {
    const result: StepResult<Emits> = {
      kind: 'continue',
      replies: [outcome.message],
      state: state(outcome.step, outcome.data),
    };
    return outcome.effects.length > 0 ? { ...result, effects: outcome.effects } : result;
  }
  const profile = outcome.changed ? profileOf(outcome.data) : null;
  const effects: Emits[] = [
    ...outcome.effects,
    ...(profile ? [{ kind: 'save_worker_profile' as const, profile }] : []),
  ];
  const note = outcome.note ?? (outcome.changed ? t(context.lang, 'alerts.saved') : null);
  return toSummary(context, outcome.data, note === null ? [] : [note], effects);
}

export const alertsFlow: Flow<AlertsContext, Emits> = {
  steps: [MENU, FIELDS, PRIORITY_MANAGE, SEX, WAGE_FLOOR, TRAINING, ...FIELD_STEPS],
  begin(context): StepResult<Emits> {
    const { lang, profile } = context;
    if (!profile) return noProfile(lang);
    return {
      kind: 'continue',
      replies: [overview(lang, fromProfile(profile), paused(context), savedExtras(context))],
      state: state(MENU, null),
    };
  },
  step(current, input, context): StepResult<Emits> {
    const { profile } = context;
    if (!profile) return noProfile(context.lang);
    // The summary and the list of fields read the saved profile; a question in progress keeps its own answers.
    const saved = fromProfile(profile);
    if (current.step === MENU) return onMenu(input, context, saved);
    if (current.step === FIELDS) return onFields(input, context, saved);
    if (current.step === SEX) return onSex(input, context, saved);
    if (current.step === WAGE_FLOOR) return onWageFloor(input, context, saved);
    if (current.step === TRAINING) return onTraining(input, context, saved);
    const data = Object.keys(current.data).length > 0 ? { ...readData(current.data), existing: true } : saved;
    if (current.step === PRIORITY_MANAGE) return onPriorityManage(input, context, data);
    if (isFieldStep(current.step)) return onField(current.step, input, context, data);
    return alertsFlow.begin(context);
  },
};
