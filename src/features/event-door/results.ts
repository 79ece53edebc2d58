import type { StepInput, StepResult } from '../../engine/types.ts';
import { readTicketCode } from '../../kernel/events/ticket-code.ts';
import type { Choice } from '../../kernel/message.ts';
import { chosen } from '../shared/choice.ts';
import { applicationStatusWords } from '../shared/application-status.ts';
import type { Attendee, Context, DoorEvent, Emits, EventJob } from './context.ts';
import { t } from './messages.ts';
import type { EventDoorData as Data } from './state.ts';
import { at, done, EMPTY, gone, miss } from './steps.ts';

/**
 * An employer joined to the event records what came of an interview there: the worker's ticket code, the job (when
 * they recruit for several), then the result. The results are the application's own steps, the ones the funnel
 * counts: "Đã phỏng vấn" is introduced (the centre put the worker in front of the employer), "Đã mời nhận việc"
 * offered (the worker has not taken it up yet), "Nhận vào làm" hired, "Không nhận" not hired. Pure.
 */
export const RESULTS = ['introduced', 'offered', 'hired', 'not_hired'] as const;
export type EventResult = (typeof RESULTS)[number];
const JOB_PREFIX = 'door.rjob.';
const RESULT_PREFIX = 'door.result.';

export function askCode(event: DoorEvent, context: Context): StepResult<Emits> {
  return at(
    'result_code',
    { ...EMPTY, eventId: event.id },
    {
      replies: [{ text: t(context.lang, 'event_door.results_ask') }],
    },
  );
}

function who(attendee: Attendee): string {
  return attendee.name ?? attendee.code;
}

function jobChoices(context: Context, jobs: readonly EventJob[]): Choice[] {
  return jobs.map((job) => ({
    id: `${JOB_PREFIX}${job.id}`,
    label:
      job.status === null
        ? job.title
        : t(context.lang, 'event_door.result_job_status', {
            title: job.title,
            status: applicationStatusWords(context.lang, job.status),
          }),
  }));
}

function resultChoices(context: Context): Choice[] {
  return RESULTS.map((result) => ({
    id: `${RESULT_PREFIX}${result}`,
    label: t(context.lang, `event_door.result.${result}`),
  }));
}

function askResult(data: Data, attendee: Attendee, job: EventJob, context: Context): StepResult<Emits> {
  const text = t(context.lang, 'event_door.result_ask', { who: who(attendee), title: job.title });
  return at(
    'result',
    { ...data, registrationId: attendee.registrationId, vacancyId: job.id },
    {
      replies: [{ text, choices: resultChoices(context) }],
    },
  );
}

export function onResultCode(data: Data, input: StepInput, context: Context): StepResult<Emits> {
  const { lang, doorEvent, attendee } = context;
  if (!doorEvent?.employerId || doorEvent.employerStatus !== 'joined') return gone(lang);
  const code = readTicketCode(input.text);
  if (code === null) return miss(t(lang, 'event_door.results_miss'));
  if (attendee?.code !== code)
    return at('result_code', data, { replies: [{ text: t(lang, 'event_door.unknown_code', { code }) }] });
  const [only, ...more] = attendee.jobs;
  if (only === undefined) return done(t(lang, 'event_door.no_jobs_at_event'));
  if (more.length === 0) return askResult(data, attendee, only, context);
  return at(
    'result_job',
    { ...data, registrationId: attendee.registrationId },
    {
      replies: [
        {
          text: t(lang, 'event_door.result_pick_job', { who: who(attendee) }),
          choices: jobChoices(context, attendee.jobs),
        },
      ],
    },
  );
}

export function onResultJob(data: Data, input: StepInput, context: Context): StepResult<Emits> {
  const { lang, attendee } = context;
  if (!attendee || attendee.registrationId !== data.registrationId) return gone(lang);
  const id = chosen(input, jobChoices(context, attendee.jobs));
  const job = attendee.jobs.find((j) => `${JOB_PREFIX}${j.id}` === id);
  return job ? askResult(data, attendee, job, context) : miss(t(lang, 'event_door.result_pick_job_miss'));
}

export function onResult(data: Data, input: StepInput, context: Context): StepResult<Emits> {
  const { lang, doorEvent, attendee } = context;
  const job = attendee?.jobs.find((j) => j.id === data.vacancyId);
  if (!doorEvent || !attendee || attendee.registrationId !== data.registrationId || !job) return gone(lang);
  const id = chosen(input, resultChoices(context));
  const result = RESULTS.find((r) => `${RESULT_PREFIX}${r}` === id);
  if (result === undefined) return miss(t(lang, 'event_door.result_miss'));
  const text = t(lang, 'event_door.result_saved', {
    who: who(attendee),
    title: job.title,
    result: t(lang, `event_door.result.${result}`),
  });
  return at(
    'result_code',
    { ...EMPTY, eventId: doorEvent.id },
    {
      replies: [{ text }],
      effects: [
        {
          kind: 'record_result',
          eventId: doorEvent.id,
          registrationId: attendee.registrationId,
          vacancyId: job.id,
          result,
        },
      ],
    },
  );
}
