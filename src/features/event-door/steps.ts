import type { FlowState, StepResult } from '../../engine/types.ts';
import type { Lang } from '../../kernel/i18n/index.ts';
import { vietnamWallClock } from '../../kernel/time.ts';
import type { Emits } from './context.ts';
import { t } from './messages.ts';
import type { EventDoorData as Data } from './state.ts';

/** The door flow's name (dialog_states.flow), its steps, and the small helpers every part of it uses. Pure. */
export const DOOR_FLOW = 'event-door';

export const STEPS = [
  'event',
  'action',
  'door',
  'walkin_name',
  'walkin_phone',
  'walkin_jobs',
  'vacancies',
  'extra',
  'invite',
  'result_code',
  'result_job',
  'result',
  'answer',
  'followup',
  'followup_job',
] as const;
export type Step = (typeof STEPS)[number];

export const EMPTY: Data = {
  eventId: null,
  vacancyIds: [],
  extras: [],
  name: null,
  phone: null,
  registrationId: null,
  vacancyId: null,
};

export type Continue = Extract<StepResult<Emits>, { kind: 'continue' }>;

export function at(step: Step, data: Data, result: Pick<Continue, 'replies' | 'effects'>): Continue {
  const state: FlowState = { flow: DOOR_FLOW, step, data: { ...data }, misses: 0 };
  return { kind: 'continue', state, ...result };
}

export function miss(text: string): StepResult<Emits> {
  return { kind: 'miss', reprompt: { text } };
}

export function done(text: string, effects?: Emits[]): StepResult<Emits> {
  return effects ? { kind: 'done', replies: [{ text }], effects } : { kind: 'done', replies: [{ text }] };
}

/** The event is gone (cancelled, over) or the person may no longer act there. */
export function gone(lang: Lang): StepResult<Emits> {
  return done(t(lang, 'event_door.gone'));
}

/** "8:12", as a Vietnam wall clock shows it. */
export function clockTime(at: Date): string {
  const { h, min } = vietnamWallClock(at);
  return `${h}:${String(min).padStart(2, '0')}`;
}

/** The ids of the choices named in an answer: several ("1 3"), or the one pressed or typed. */
export function pickedIds(
  input: { choiceId: string | null; choiceIds: string[] },
  ids: readonly string[],
  one: string | null,
): string[] {
  const many = input.choiceIds.filter((id) => ids.includes(id));
  return [...new Set(many.length > 0 ? many : one !== null ? [one] : [])];
}
