import type { StepInput, StepResult } from '../../engine/types.ts';
import { fold } from '../../kernel/fold.ts';
import type { Choice } from '../../kernel/message.ts';
import { chosen } from '../shared/choice.ts';
import type { Context, DoorEvent, Emits } from './context.ts';
import { isNone } from './door.ts';
import { t } from './messages.ts';
import type { EventDoorData as Data } from './state.ts';
import { at, done, EMPTY, gone, miss, pickedIds } from './steps.ts';

/**
 * An employer joins an event (or changes what they recruit for there): their open approved vacancies as a
 * multi-select ("1 3"), then an extra headcount for each ("5", or "không"); an invited employer may decline. Pure.
 */
const VACANCY_PREFIX = 'door.vac.';
const MAX_EXTRA = 10_000;

function vacancyChoices(context: Context): Choice[] {
  return context.joinable.map((vacancy) => ({ id: `${VACANCY_PREFIX}${vacancy.id}`, label: vacancy.title }));
}

export function startJoin(event: DoorEvent, context: Context): StepResult<Emits> {
  const { lang } = context;
  if (context.joinable.length === 0) return done(t(lang, 'event_door.no_vacancies'));
  return at(
    'vacancies',
    { ...EMPTY, eventId: event.id },
    {
      replies: [{ text: t(lang, 'event_door.pick_vacancies'), choices: vacancyChoices(context) }],
    },
  );
}

export function decline(event: DoorEvent, context: Context): StepResult<Emits> {
  return done(t(context.lang, 'event_door.declined', { title: event.title }), [
    { kind: 'decline_event', eventId: event.id },
  ]);
}

export function onVacancies(data: Data, input: StepInput, context: Context): StepResult<Emits> {
  const { lang, doorEvent } = context;
  if (!doorEvent?.employerId) return gone(lang);
  const choices = vacancyChoices(context);
  const picked = pickedIds(
    input,
    choices.map((c) => c.id),
    chosen(input, choices),
  );
  if (picked.length === 0) return miss(t(lang, 'event_door.pick_vacancies_miss'));
  const vacancyIds = picked.map((id) => Number(id.slice(VACANCY_PREFIX.length)));
  return askExtra({ ...data, vacancyIds, extras: [] }, context);
}

function askExtra(data: Data, context: Context): StepResult<Emits> {
  const next = data.vacancyIds[data.extras.length];
  const title = context.joinable.find((v) => v.id === next)?.title ?? '';
  return at('extra', data, { replies: [{ text: t(context.lang, 'event_door.ask_extra', { title }) }] });
}

/** A headcount typed: "5", "5 người"; a word for none; null when it is neither. */
export function readExtra(text: string | null): number | null {
  if (text === null) return null;
  if (isNone(text)) return 0;
  // fold drops signs: "-3" must not read as 3.
  const match = /^\d/.test(text.trim()) ? /^(\d{1,5})(?:\s*(?:nguoi|people))?$/.exec(fold(text).trim()) : null;
  const n = match ? Number(match[1]) : Number.NaN;
  return Number.isInteger(n) && n <= MAX_EXTRA ? n : null;
}

export function onExtra(data: Data, input: StepInput, context: Context): StepResult<Emits> {
  const { lang, doorEvent } = context;
  if (!doorEvent?.employerId || data.vacancyIds.length === 0) return gone(lang);
  const extra = readExtra(input.text);
  if (extra === null) return miss(t(lang, 'event_door.extra_miss'));
  const extras = [...data.extras, extra];
  if (extras.length < data.vacancyIds.length) return askExtra({ ...data, extras }, context);
  const vacancies = data.vacancyIds.map((vacancyId, i) => ({ vacancyId, extra: extras[i] ?? 0 }));
  return done(t(lang, 'event_door.joined', { title: doorEvent.title, count: vacancies.length }), [
    { kind: 'join_event', eventId: doorEvent.id, vacancies },
  ]);
}
