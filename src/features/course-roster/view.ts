import { formatDate, type Lang } from '../../kernel/i18n/index.ts';
import type { Choice, OutboundMessage } from '../../kernel/message.ts';
import { startOfIsoDay } from '../../kernel/time.ts';
import { localPhone } from '../registration/parse.ts';
import { movableFrom } from './effects.ts';
import { t } from './messages.ts';
import type { ManagedCourse, RosterEntry } from './queries.ts';
import { ROSTER_ACTIONS, type RosterAction } from './state.ts';

/** What /khoahoc shows: the courses, one course's list with its actions, the people an action may pick. Pure. */
export const PICK_COURSE = 'roster.course.';
export const ACTION = 'roster.act.';
export const BACK = 'roster.back';
export const PERSON = 'roster.person.';
export const ALL = 'roster.all';
export const PICK_BACK = 'roster.pick.back';

function date(lang: Lang, isoDate: string): string {
  return formatDate(lang, startOfIsoDay(isoDate));
}

function counts(lang: Lang, c: ManagedCourse): string {
  return t(lang, 'course_roster.counts', {
    signed: c.signedUp,
    enrolled: c.enrolled,
    completed: c.completed,
    dropped: c.dropped,
    waiting: c.waiting,
  });
}

export function courseChoices(lang: Lang, courses: readonly ManagedCourse[]): Choice[] {
  return courses.map((c) => ({
    id: `${PICK_COURSE}${c.id}`,
    label: t(lang, 'course_roster.item', {
      title: c.title,
      date: date(lang, c.startsOn),
      status: t(lang, `course_roster.status.${c.status}`),
      counts: counts(lang, c),
    }),
  }));
}

export function listMessage(lang: Lang, courses: readonly ManagedCourse[], miss = false): OutboundMessage {
  return {
    text: miss ? t(lang, 'course_roster.list_miss') : t(lang, 'course_roster.heading', { count: courses.length }),
    choices: courseChoices(lang, courses),
    prompt: t(lang, 'course_roster.question'),
  };
}

/** "Nguyễn Văn An · 0912 345 678", or "Người đăng ký 3" for someone who did not share their contact. */
export function whoIs(lang: Lang, entry: RosterEntry): string {
  const name = entry.name ?? t(lang, 'course_roster.anonymous', { number: String(entry.number) });
  return entry.phoneE164 ? t(lang, 'course_roster.contact', { name, phone: localPhone(entry.phoneE164) }) : name;
}

/** The people an action may move (enrol: those signed up; complete: the enrolled; drop: either). */
export function movable(roster: readonly RosterEntry[], action: RosterAction): RosterEntry[] {
  const from = movableFrom(action);
  return roster.filter((entry) => from.includes(entry.status));
}

export function actionChoices(lang: Lang, roster: readonly RosterEntry[]): Choice[] {
  return [
    ...ROSTER_ACTIONS.filter((action) => movable(roster, action).length > 0).map((action) => ({
      id: `${ACTION}${action}`,
      label: t(lang, `course_roster.action.${action}`),
    })),
    { id: BACK, label: t(lang, 'course_roster.back') },
  ];
}

export function courseMessage(
  lang: Lang,
  course: ManagedCourse,
  roster: readonly RosterEntry[],
  miss = false,
): OutboundMessage {
  const choices = actionChoices(lang, roster);
  const prompt = t(lang, 'course_roster.course_question');
  if (miss) return { text: t(lang, 'course_roster.course_miss'), choices, prompt };
  const lines = [
    t(lang, 'course_roster.course', { title: course.title, date: date(lang, course.startsOn) }),
    course.seats === null
      ? counts(lang, course)
      : `${counts(lang, course)} · ${t(lang, 'course_roster.seats', { seats: course.seats })}`,
    '',
    ...(roster.length === 0
      ? [t(lang, 'course_roster.nobody')]
      : [
          ...roster.map((entry) =>
            t(lang, 'course_roster.entry', {
              number: entry.number,
              who: whoIs(lang, entry),
              status: t(lang, `course_roster.person.${entry.status}`),
            }),
          ),
          t(lang, 'course_roster.privacy'),
        ]),
  ];
  return { text: lines.join('\n'), choices, prompt };
}

export function pickChoices(lang: Lang, roster: readonly RosterEntry[], action: RosterAction): Choice[] {
  const people = movable(roster, action).map((entry) => ({
    id: `${PERSON}${entry.enrolmentId}`,
    label: whoIs(lang, entry),
  }));
  const all = action === 'drop' ? [] : [{ id: ALL, label: t(lang, 'course_roster.all') }];
  return [...people, ...all, { id: PICK_BACK, label: t(lang, 'course_roster.pick_back') }];
}

export function pickMessage(
  lang: Lang,
  roster: readonly RosterEntry[],
  action: RosterAction,
  miss = false,
): OutboundMessage {
  return {
    text: miss ? t(lang, 'course_roster.pick_miss') : t(lang, `course_roster.pick.${action}`),
    choices: pickChoices(lang, roster, action),
    prompt: t(lang, 'course_roster.pick_question'),
  };
}
