import { welcome } from '../../engine/home.ts';
import type { Flow, FlowState, StepInput, StepResult } from '../../engine/types.ts';
import type { Choice, OutboundMessage } from '../../kernel/message.ts';
import { normalizePhone } from '../../kernel/phone.ts';
import { eventCard } from './card.ts';
import { parseEventAnswer, registerChoiceId } from './choices.ts';
import type { Context, Emits, EventRegistrationContext } from './context.ts';
import { t } from './messages.ts';
import { EventRegistrationData } from './state.ts';
import { ticketMessage } from './ticket.ts';

/**
 * Registering for an event from its announcement ("Đăng ký tham gia", or "1" typed after it) or a `/start f<id>`
 * link: the jobs to be interviewed for, when the event has any (choosing them shares the name and phone with those
 * employers; both asked only when missing), then the ticket — or the waiting list when the event is full. Also
 * "Xem việc tại phiên" and the ticket's "Không đến được". At most two messages from the announcement when the name
 * and phone are known. Pure: the loader read the event and reserved the ticket's id and code.
 */
export const EVENT_REGISTRATION_FLOW = 'event-registration';
const STEPS = ['answer', 'pick', 'name', 'phone'] as const;
type Step = (typeof STEPS)[number];
export const MAX_INTERVIEWS = 3;
const JOB_PREFIX = 'eventreg.job.';
const SKIP = 'eventreg.skip';

type Data = EventRegistrationData;

const NOTHING_READ: EventRegistrationContext['eventReg'] = {
  event: null,
  vacancies: [],
  registration: null,
  reserved: null,
  fullName: null,
  phoneE164: null,
};

/** What the loader read (nothing, when the step runs without it: the event is then "not found"). */
function read(context: Context): EventRegistrationContext['eventReg'] {
  return context.eventReg ?? NOTHING_READ;
}

function at(step: Step, data: Data, message: OutboundMessage): StepResult<Emits> {
  const state: FlowState = { flow: EVENT_REGISTRATION_FLOW, step, data: { ...data }, misses: 0 };
  return { kind: 'continue', replies: [message], state };
}

function done(text: string, choices?: Choice[], lang?: Context['lang']): Extract<StepResult<Emits>, { kind: 'done' }> {
  const message: OutboundMessage =
    choices && lang ? { text, choices, prompt: t(lang, 'eventreg.reply_prompt') } : { text };
  return { kind: 'done', replies: [message] };
}

function isOpen(context: Context, now: Date): boolean {
  const { event } = read(context);
  return event !== null && ['scheduled', 'announced'].includes(event.status) && event.startsAt > now;
}

function pickChoices(context: Context): Choice[] {
  const { lang } = context;
  return [
    ...read(context).vacancies.map((v) => ({
      id: `${JOB_PREFIX}${v.id}`,
      label: t(lang, 'eventreg.pick_item', { title: v.title, employer: v.employerName }),
    })),
    { id: SKIP, label: t(lang, 'eventreg.skip') },
  ];
}

function pickQuestion(context: Context): OutboundMessage {
  const { lang } = context;
  return {
    text: `${t(lang, 'eventreg.pick')}\n${t(lang, 'eventreg.pick_consent')}`,
    choices: pickChoices(context),
    prompt: t(lang, 'eventreg.pick_prompt'),
  };
}

/** The ticket as the person's registration stands (registered again: shown again). */
function ticketAgain(context: Context): StepResult<Emits> | null {
  const { event, registration } = read(context);
  if (!event || !registration || registration.status === 'cancelled') return null;
  const ticket = { ...registration, registrationId: registration.id, status: registration.status, again: true };
  return { kind: 'done', replies: [ticketMessage(context.lang, event, ticket, read(context).imageBaseUrl)] };
}

function start(context: Context, via: 'announcement' | 'link'): StepResult<Emits> {
  const { lang } = context;
  const { event, vacancies } = read(context);
  if (!event) return done(t(lang, 'eventreg.gone'));
  const again = ticketAgain(context);
  if (again) return again;
  if (!isOpen(context, context.now)) return done(t(lang, 'eventreg.closed', { title: event.title }));
  const data: Data = { eventId: event.id, via, vacancyIds: [], share: false, fullName: null };
  if (vacancies.length > 0) return at('pick', data, pickQuestion(context));
  return finish(context, data);
}

/** Asks what is missing for sharing, else the ticket. */
function next(context: Context, data: Data): StepResult<Emits> {
  const { lang } = context;
  if (data.share && !data.fullName && !read(context).fullName)
    return at('name', data, { text: t(lang, 'eventreg.name_question') });
  if (data.share && !read(context).phoneE164) return at('phone', data, { text: t(lang, 'eventreg.phone_question') });
  return finish(context, data);
}

function finish(context: Context, data: Data, phoneE164: string | null = null): StepResult<Emits> {
  const { lang, now } = context;
  const { event, reserved, vacancies } = read(context);
  if (!event || !reserved) return done(t(lang, 'eventreg.gone'));
  if (!isOpen(context, now)) return done(t(lang, 'eventreg.closed', { title: event.title }));
  const full = event.capacity !== null && event.seatsTaken >= event.capacity;
  const picked = vacancies.filter((v) => data.vacancyIds.includes(v.id));
  const ticket = {
    registrationId: reserved.id,
    code: reserved.code,
    status: full ? ('waiting' as const) : ('registered' as const),
    place: event.waiting + 1,
    interviews: picked.map((v) => v.title),
  };
  const effect: Emits = {
    kind: 'register_for_event',
    eventId: event.id,
    registrationId: reserved.id,
    ticketCode: reserved.code,
    expected: ticket.status,
    via: data.via ?? 'announcement',
    vacancyIds: picked.map((v) => v.id),
    share: data.share && picked.length > 0,
    fullName: data.share ? data.fullName : null,
    phoneE164: data.share ? phoneE164 : null,
    at: now.toISOString(),
  };
  const reply = ticketMessage(lang, event, ticket, read(context).imageBaseUrl);
  return { kind: 'done', replies: [reply], effects: [effect] };
}

function onPick(context: Context, data: Data, input: StepInput): StepResult<Emits> {
  const miss: StepResult<Emits> = {
    kind: 'miss',
    reprompt: { ...pickQuestion(context), text: t(context.lang, 'eventreg.pick_miss') },
  };
  const ids = input.choiceIds.length > 0 ? input.choiceIds : input.choiceId ? [input.choiceId] : [];
  // "0" is everyone's way back to the menu (src/engine/commands.ts), so skipping is the last choice.
  if (ids.includes(SKIP)) return finish(context, { ...data, vacancyIds: [], share: false });
  const known = new Set(read(context).vacancies.map((v) => v.id));
  const picked = ids
    .filter((id) => id.startsWith(JOB_PREFIX))
    .map((id) => Number(id.slice(JOB_PREFIX.length)))
    .filter((id) => known.has(id));
  if (picked.length === 0 || picked.length > MAX_INTERVIEWS || picked.length !== ids.length) return miss;
  return next(context, { ...data, vacancyIds: picked, share: true });
}

function onName(context: Context, data: Data, input: StepInput): StepResult<Emits> {
  const name = input.text?.trim().replace(/\s+/g, ' ') ?? '';
  const fits = name.length >= 2 && name.length <= 80 && /\p{L}/u.test(name) && !/\d/.test(name);
  if (!fits) return { kind: 'miss', reprompt: { text: t(context.lang, 'eventreg.name_miss') } };
  return next(context, { ...data, fullName: name });
}

function onPhone(context: Context, data: Data, input: StepInput): StepResult<Emits> {
  const phone = input.text ? normalizePhone(input.text) : null;
  if (!phone || phone.kind === 'invalid')
    return { kind: 'miss', reprompt: { text: t(context.lang, 'eventreg.phone_miss') } };
  return finish(context, data, phone.e164);
}

function jobs(context: Context): StepResult<Emits> {
  const { lang } = context;
  const { event, vacancies } = read(context);
  if (!event) return done(t(lang, 'eventreg.gone'));
  const lines = vacancies.map(
    (v) => `• ${t(lang, 'eventreg.pick_item', { title: v.title, employer: v.employerName })}`,
  );
  const text = [
    t(lang, 'eventreg.jobs_heading', { title: event.title }),
    lines.length > 0 ? lines.join('\n') : t(lang, 'eventreg.jobs_none'),
    '',
    eventCard(lang, event),
  ].join('\n');
  const { registration } = read(context);
  if ((registration && registration.status !== 'cancelled') || !isOpen(context, context.now)) return done(text);
  return done(text, [{ id: registerChoiceId(event.id), label: t(lang, 'eventreg.register') }], lang);
}

function cancel(context: Context): StepResult<Emits> {
  const { lang } = context;
  const { event, registration } = read(context);
  if (!event || !registration || !['registered', 'waiting'].includes(registration.status))
    return done(t(lang, 'eventreg.cancel_none'));
  const text = t(lang, 'eventreg.cancelled', { code: registration.code, title: event.title });
  const choices = isOpen(context, context.now)
    ? [{ id: registerChoiceId(event.id), label: t(lang, 'eventreg.register_again') }]
    : undefined;
  const result = done(text, choices, lang);
  return { ...result, effects: [{ kind: 'cancel_event_registration', registrationId: registration.id }] };
}

export const eventRegistrationFlow: Flow<EventRegistrationContext, Emits> = {
  steps: STEPS,
  begin: ({ lang, menu }) => ({ kind: 'done', replies: [welcome(lang, menu)] }),
  step(state, input, context) {
    const data = EventRegistrationData.parse(state.data);
    switch (state.step as Step) {
      case 'answer': {
        const answer = parseEventAnswer(input.choiceId);
        if (answer?.kind === 'cancel') return cancel(context);
        if (answer?.kind === 'jobs') return jobs(context);
        if (answer) return start(context, answer.kind === 'link' ? 'link' : 'announcement');
        return { kind: 'done', replies: [welcome(context.lang, context.menu)] };
      }
      case 'pick':
        return onPick(context, data, input);
      case 'name':
        return onName(context, data, input);
      case 'phone':
        return onPhone(context, data, input);
    }
    return { kind: 'done', replies: [welcome(context.lang, context.menu)] };
  },
};
