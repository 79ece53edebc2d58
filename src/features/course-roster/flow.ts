import type { Flow, FlowState, StepInput, StepResult } from '../../engine/types.ts';
import { fold } from '../../kernel/fold.ts';
import type { OutboundMessage } from '../../kernel/message.ts';
import { chosen } from '../shared/choice.ts';
import type { Context, CourseRosterContext, Emits } from './context.ts';
import { COURSE_ROSTER_FLOW } from './loader.ts';
import { t } from './messages.ts';
import type { ManagedCourse, RosterEntry } from './queries.ts';
import { CourseRosterData as Data, ROSTER_ACTIONS, type RosterAction } from './state.ts';
import {
  ACTION,
  ALL,
  BACK,
  courseChoices,
  courseMessage,
  listMessage,
  movable,
  PERSON,
  PICK_BACK,
  PICK_COURSE,
  pickChoices,
  pickMessage,
  actionChoices,
} from './view.ts';

/**
 * /khoahoc (/mycourses): a provider (or an official, for courses in their area) sees their courses with how many
 * signed up, enrolled, completed, dropped out and wait; opens one to see its list (names and phones only of those
 * who agreed to share them) and marks people: enrolment confirmed, completed, dropped out — several at once
 * ("1 3 4", "tất cả"). The lists come from the loader, limited to what the person manages; the write checks again
 * in SQL. Pure.
 */
const STEPS = ['list', 'course', 'pick'] as const;
type Step = (typeof STEPS)[number];

/** Typed words that pick everyone an action may move. */
const ALL_WORDS = new Set(['tat ca', 'ca lop', 'het', 'all', 'everyone']);

function at(step: Step, data: Data, replies: OutboundMessage[], effects?: Emits[]): StepResult<Emits> {
  const state: FlowState = { flow: COURSE_ROSTER_FLOW, step, data: { ...data }, misses: 0 };
  return effects ? { kind: 'continue', replies, state, effects } : { kind: 'continue', replies, state };
}

const courses = (context: Context): readonly ManagedCourse[] => context.managedCourses ?? [];

function showList(context: Context): StepResult<Emits> {
  return at('list', { courseId: null, action: null }, [listMessage(context.lang, courses(context))]);
}

function begin(context: Context): StepResult<Emits> {
  if (courses(context).length === 0)
    return { kind: 'done', replies: [{ text: t(context.lang, 'course_roster.none') }] };
  return showList(context);
}

function onList(input: StepInput, context: Context): StepResult<Emits> {
  const { lang } = context;
  const id = chosen(input, courseChoices(lang, courses(context)));
  const course = courses(context).find((c) => `${PICK_COURSE}${c.id}` === id);
  if (!course) return { kind: 'miss', reprompt: listMessage(lang, courses(context), true) };
  // The list of a course just opened is read with the next message; this one shows it as the loader will.
  return at('course', { courseId: course.id, action: null }, [courseMessage(lang, course, context.roster ?? [])]);
}

function onCourse(data: Data, course: ManagedCourse, input: StepInput, context: Context): StepResult<Emits> {
  const { lang } = context;
  const roster = context.roster ?? [];
  const id = chosen(input, actionChoices(lang, roster));
  if (id === BACK) return showList(context);
  const action = ROSTER_ACTIONS.find((a) => `${ACTION}${a}` === id);
  if (!action) return { kind: 'miss', reprompt: courseMessage(lang, course, roster, true) };
  return at('pick', { ...data, action }, [pickMessage(lang, roster, action)]);
}

/** The people named: several numbers, one, or everyone ("tất cả"); null when the answer names nobody. */
function picked(input: StepInput, candidates: readonly RosterEntry[], context: Context, action: RosterAction) {
  const choices = pickChoices(context.lang, candidates, action);
  const ids = new Set(choices.map((c) => c.id));
  const many = input.choiceIds.filter((id) => ids.has(id));
  const named = many.length > 0 ? many : [chosen(input, choices)].filter((id) => id !== null);
  if (named.includes(PICK_BACK)) return 'back' as const;
  const everyone =
    action !== 'drop' && (named.includes(ALL) || (input.text !== null && ALL_WORDS.has(fold(input.text))));
  if (everyone) return [...candidates];
  const people = candidates.filter((entry) => named.includes(`${PERSON}${entry.enrolmentId}`));
  return people.length > 0 ? people : null;
}

/** The list as it stands after the marks just made (the loader read it before this message's write). */
function afterMarks(
  course: ManagedCourse,
  roster: readonly RosterEntry[],
  people: readonly RosterEntry[],
  action: RosterAction,
) {
  const to: RosterEntry['status'] = action === 'enrol' ? 'enrolled' : action === 'complete' ? 'completed' : 'dropped';
  const ids = new Set(people.map((p) => p.enrolmentId));
  const nextRoster: RosterEntry[] = roster.map((entry) =>
    ids.has(entry.enrolmentId) ? { ...entry, status: to } : entry,
  );
  const count = (status: RosterEntry['status']) => nextRoster.filter((e) => e.status === status).length;
  const nextCourse: ManagedCourse = {
    ...course,
    signedUp: count('signed_up'),
    enrolled: count('enrolled'),
    completed: count('completed'),
    dropped: count('dropped'),
    waiting: count('waiting'),
  };
  return { nextCourse, nextRoster };
}

function onPick(data: Data, course: ManagedCourse, input: StepInput, context: Context): StepResult<Emits> {
  const { lang } = context;
  const roster = context.roster ?? [];
  const action = data.action;
  if (action === null) return at('course', data, [courseMessage(lang, course, roster)]);
  const candidates = movable(roster, action);
  if (candidates.length === 0) return at('course', { ...data, action: null }, [courseMessage(lang, course, roster)]);
  const people = picked(input, candidates, context, action);
  if (people === 'back') return at('course', { ...data, action: null }, [courseMessage(lang, course, roster)]);
  if (people === null) return { kind: 'miss', reprompt: pickMessage(lang, roster, action, true) };
  const { nextCourse, nextRoster } = afterMarks(course, roster, people, action);
  const saved = { text: t(lang, `course_roster.saved.${action}`, { count: people.length }) };
  return at(
    'course',
    { ...data, action: null },
    [saved, courseMessage(lang, nextCourse, nextRoster)],
    [{ kind: 'mark_course_enrolments', courseId: course.id, enrolmentIds: people.map((p) => p.enrolmentId), action }],
  );
}

export const courseRosterFlow: Flow<CourseRosterContext, Emits> = {
  steps: STEPS,
  begin,
  step(state, input, context): StepResult<Emits> {
    if (courses(context).length === 0) return begin(context);
    const data = Data.parse(state.data);
    if (state.step === 'list') return onList(input, context);
    const course = courses(context).find((c) => c.id === data.courseId);
    if (!course) return showList(context);
    if (state.step === 'course') return onCourse(data, course, input, context);
    if (state.step === 'pick') return onPick(data, course, input, context);
    return showList(context);
  },
};
