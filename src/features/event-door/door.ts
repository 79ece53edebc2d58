import type { StepInput, StepResult } from '../../engine/types.ts';
import { readTicketCode } from '../../kernel/events/ticket-code.ts';
import { fold } from '../../kernel/fold.ts';
import type { Choice } from '../../kernel/message.ts';
import { normalizePhone } from '../../kernel/phone.ts';
import { chosen } from '../shared/choice.ts';
import type { Context, DoorEvent, Emits } from './context.ts';
import { t } from './messages.ts';
import type { EventDoorData as Data } from './state.ts';
import { at, clockTime, EMPTY, gone, miss, pickedIds } from './steps.ts';

/**
 * The door: each message a ticket code, checked in at once ("✅ Lò Thị Mai — đã vào"; the name only when the worker
 * gave one, never the phone), a second time told when; "MOI" registers someone without a ticket in three messages
 * (name, phone only with their consent, up to three of the event's jobs), checked in at once with a new code. Pure.
 */
const NEW_WORDS = new Set(['moi', 'khach moi', 'nguoi moi', 'new', 'walk in']);
/** Words that answer "no" to an optional question ("0" is the menu everywhere, so it cannot mean none). */
export const NONE_WORDS = new Set(['khong', 'ko', 'k', 'khong co', 'khong cho', 'bo qua', 'no', 'none', 'skip']);
const JOB_PREFIX = 'door.job.';
const MAX_JOBS = 3;
const NAME_LENGTH = { min: 2, max: 80 };

export function isNone(text: string | null): boolean {
  return text !== null && NONE_WORDS.has(fold(text).trim());
}

export function openDoor(event: DoorEvent, context: Context): StepResult<Emits> {
  return at(
    'door',
    { ...EMPTY, eventId: event.id },
    {
      replies: [{ text: t(context.lang, 'event_door.door_open', { title: event.title }) }],
    },
  );
}

function stay(eventId: number, text: string, effects?: Emits[]): StepResult<Emits> {
  return at('door', { ...EMPTY, eventId }, effects ? { replies: [{ text }], effects } : { replies: [{ text }] });
}

export function atDoor(input: StepInput, context: Context): StepResult<Emits> {
  const { lang, doorEvent } = context;
  if (!doorEvent?.door) return gone(lang);
  if (input.text !== null && NEW_WORDS.has(fold(input.text).trim()))
    return at(
      'walkin_name',
      { ...EMPTY, eventId: doorEvent.id },
      {
        replies: [{ text: t(lang, 'event_door.walkin_name') }],
      },
    );
  const code = readTicketCode(input.text);
  if (code === null) return miss(t(lang, 'event_door.door_miss'));
  const found = context.ticket?.code === code ? context.ticket.found : null;
  if (found === null) return stay(doorEvent.id, t(lang, 'event_door.unknown_code', { code }));
  const who = found.name ?? code;
  switch (found.status) {
    case 'cancelled':
      return stay(doorEvent.id, t(lang, 'event_door.cancelled_code', { code }));
    case 'attended': {
      const time = found.checkedInAt ? clockTime(found.checkedInAt) : '?';
      return stay(doorEvent.id, t(lang, 'event_door.already_in', { who, time }));
    }
    case 'registered':
    case 'waiting':
      return stay(doorEvent.id, t(lang, 'event_door.checked_in', { who }), [
        { kind: 'check_in', eventId: doorEvent.id, registrationId: found.registrationId },
      ]);
  }
}

/** A person's name as typed at the door: two to eighty characters with a letter, spaces tidied. */
export function readName(text: string | null): string | null {
  const name = (text ?? '').normalize('NFC').replace(/\s+/g, ' ').trim();
  const length = [...name].length;
  if (length < NAME_LENGTH.min || length > NAME_LENGTH.max || !/\p{L}/u.test(name) || /\d/.test(name)) return null;
  return name;
}

export function onWalkInName(data: Data, input: StepInput, context: Context): StepResult<Emits> {
  const { lang, doorEvent } = context;
  if (!doorEvent?.door) return gone(lang);
  const name = readName(input.text);
  if (name === null) return miss(t(lang, 'event_door.walkin_name_miss'));
  return at('walkin_phone', { ...data, name }, { replies: [{ text: t(lang, 'event_door.walkin_phone', { name }) }] });
}

export function onWalkInPhone(data: Data, input: StepInput, context: Context): StepResult<Emits> {
  const { lang, doorEvent } = context;
  if (!doorEvent?.door || data.name === null) return gone(lang);
  let phone: string | null = null;
  if (!isNone(input.text)) {
    const read = normalizePhone(input.text ?? '');
    if (read.kind === 'invalid') return miss(t(lang, 'event_door.walkin_phone_miss'));
    phone = read.e164;
  }
  const next = { ...data, phone };
  if (context.eventJobs.length === 0) return walkIn(next, [], context);
  return at('walkin_jobs', next, {
    replies: [
      {
        text: t(lang, 'event_door.walkin_jobs', { name: data.name }),
        choices: jobChoices(context),
        prompt: t(lang, 'event_door.walkin_jobs_question'),
      },
    ],
  });
}

function jobChoices(context: Context): Choice[] {
  return context.eventJobs.map((job) => ({ id: `${JOB_PREFIX}${job.id}`, label: job.title }));
}

export function onWalkInJobs(data: Data, input: StepInput, context: Context): StepResult<Emits> {
  const { lang, doorEvent } = context;
  if (!doorEvent?.door || data.name === null) return gone(lang);
  if (isNone(input.text)) return walkIn(data, [], context);
  const choices = jobChoices(context);
  const picked = pickedIds(
    input,
    choices.map((c) => c.id),
    chosen(input, choices),
  );
  if (picked.length === 0 || picked.length > MAX_JOBS) return miss(t(lang, 'event_door.walkin_jobs_miss'));
  return walkIn(
    data,
    picked.map((id) => Number(id.slice(JOB_PREFIX.length))),
    context,
  );
}

function walkIn(data: Data, vacancyIds: number[], context: Context): StepResult<Emits> {
  const { lang, doorEvent, freshCode } = context;
  if (!doorEvent || data.name === null) return gone(lang);
  return stay(doorEvent.id, t(lang, 'event_door.walked_in', { name: data.name, code: freshCode }), [
    { kind: 'walk_in', eventId: doorEvent.id, name: data.name, phone: data.phone, vacancyIds, code: freshCode },
  ]);
}
