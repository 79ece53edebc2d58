import type { StepInput, StepResult } from '../../engine/types.ts';
import { formatDate, type Lang } from '../../kernel/i18n/index.ts';
import type { Choice } from '../../kernel/message.ts';
import type { Renderer } from '../../messaging/delivery/render.ts';
import type { NotificationKind } from '../../messaging/delivery/notification-kind.ts';
import { EVENT_FOLLOWUP_KIND } from '../../messaging/schedule/event-followups.ts';
import { FOLLOWUP_ANSWERS, type FollowupAnswer } from '../followup/answer.ts';
import { t as followupT } from '../followup/messages.ts';
import { chosen } from '../shared/choice.ts';
import type { Context, Emits } from './context.ts';
import { t } from './messages.ts';
import type { EventDoorData as Data } from './state.ts';
import { at, done, EMPTY } from './steps.ts';

/**
 * The day after an event, to a worker checked in there with no result recorded (src/messaging/schedule/
 * event-followups.ts): "Bạn đã được nhận vào làm chưa?" with the 7-day follow-up's three answers and wording. A
 * "yes" is recorded on the job it was for: the one they were interviewed for or asked for at the event (asked which
 * when there are several); "no" and "still waiting" on every open application from the event. The writes are the
 * follow-up feature's own (recordFollowup), so the funnel counts them as it counts that answer.
 */
export const FOLLOWUP_PREFIX = 'event.followup.';
const JOB_PREFIX = 'door.fjob.';

export function eventFollowupChoiceId(answer: FollowupAnswer, registrationId: number): string {
  return `${FOLLOWUP_PREFIX}${answer}.${registrationId}`;
}

export function parseEventFollowup(choiceId: string | null): { answer: FollowupAnswer; registrationId: number } | null {
  const match = /^event\.followup\.(hired|not_hired|waiting)\.(\d{1,15})$/.exec(choiceId ?? '');
  const id = match ? Number(match[2]) : Number.NaN;
  return match && Number.isSafeInteger(id) && id > 0
    ? { answer: match[1] as FollowupAnswer, registrationId: id }
    : null;
}

function followupChoices(lang: Lang, registrationId: number): Choice[] {
  return FOLLOWUP_ANSWERS.map((answer) => ({
    id: eventFollowupChoiceId(answer, registrationId),
    label: followupT(lang, `followup.choice.${answer}`),
  }));
}

function thanks(lang: Lang, answer: FollowupAnswer): string {
  return answer === 'hired'
    ? `${followupT(lang, 'followup.thanks.hired')}\n${followupT(lang, 'followup.no_fee')}`
    : followupT(lang, `followup.thanks.${answer}`);
}

function jobChoices(context: Context): Choice[] {
  return (context.followup?.jobs ?? []).map((job) => ({ id: `${JOB_PREFIX}${job.id}`, label: job.title }));
}

function answered(answer: FollowupAnswer, registrationId: number, vacancyId: number | null, lang: Lang) {
  return done(thanks(lang, answer), [{ kind: 'answer_event_followup', registrationId, answer, vacancyId }]);
}

/** The answer pressed or typed ("1"), from anywhere: thanks, and the write (or which job, for a "yes"). */
export function onFollowupAnswer(input: StepInput, context: Context): StepResult<Emits> {
  const { lang, followup } = context;
  const parsed = parseEventFollowup(input.choiceId);
  if (!parsed || followup?.registrationId !== parsed.registrationId)
    return done(followupT(lang, 'followup.thanks.waiting'));
  const { answer, registrationId } = parsed;
  if (answer !== 'hired') return answered(answer, registrationId, null, lang);
  const [only, ...more] = followup.jobs;
  if (only === undefined) return done(thanks(lang, answer));
  if (more.length === 0) return answered(answer, registrationId, only.id, lang);
  return at(
    'followup_job',
    { ...EMPTY, registrationId },
    {
      replies: [{ text: t(lang, 'event_door.followup_which_job'), choices: jobChoices(context) }],
    },
  );
}

export function onFollowupJob(data: Data, input: StepInput, context: Context): StepResult<Emits> {
  const { lang, followup } = context;
  if (!followup || followup.registrationId !== data.registrationId) return done(thanks(lang, 'hired'));
  const id = chosen(input, jobChoices(context));
  const job = followup.jobs.find((j) => `${JOB_PREFIX}${j.id}` === id);
  if (!job) return { kind: 'miss', reprompt: { text: t(lang, 'event_door.followup_which_job_miss') } };
  return answered('hired', followup.registrationId, job.id, lang);
}

/** The question (ref = the registration): skipped when it is not the recipient's or a result was recorded since. */
export const eventFollowupRenderer: Renderer = {
  async render(db, target) {
    if (target.personId === null) return { ok: false, skip: 'a follow-up goes to a person' };
    const row = await db
      .selectFrom('event_registrations as r')
      .innerJoin('events as ev', 'ev.id', 'r.event_id')
      .select(['r.id', 'ev.title', 'ev.starts_at'])
      .where('r.id', '=', target.refId)
      .where('r.person_id', '=', target.personId)
      .where('r.status', '=', 'attended')
      .where(({ not, exists, selectFrom }) =>
        not(
          exists(
            selectFrom('applications as a')
              .select('a.id')
              .whereRef('a.person_id', '=', 'r.person_id')
              .whereRef('a.event_id', '=', 'r.event_id')
              .where('a.status', 'in', ['hired', 'not_hired']),
          ),
        ),
      )
      .executeTakeFirst();
    if (!row) return { ok: false, skip: 'not theirs, or a result was recorded since' };
    const { lang } = target;
    return {
      ok: true,
      message: {
        text: t(lang, 'event_door.followup_context', { title: row.title, date: formatDate(lang, row.starts_at) }),
        choices: followupChoices(lang, row.id),
        prompt: t(lang, 'event_door.followup_question'),
      },
    };
  },
};

export const eventFollowupQuestions: NotificationKind = {
  kind: EVENT_FOLLOWUP_KIND,
  renderer: eventFollowupRenderer,
  followsAlertSettings: false,
};
