import type { CourseFacts } from '../../db/courses.ts';
import { welcome } from '../../engine/home.ts';
import type { BeginHints, Flow, FlowState, StepInput, StepResult } from '../../engine/types.ts';
import { formatDate, type Lang } from '../../kernel/i18n/index.ts';
import type { Choice, OutboundMessage } from '../../kernel/message.ts';
import { occupationLabel } from '../../kernel/occupations/lookup.ts';
import { startOfIsoDay } from '../../kernel/time.ts';
import { cancelChoiceId, fromSearch } from '../course-signup/choices.ts';
import { CANCELLABLE_STATUSES } from '../course-signup/seats.ts';
import { statusWords } from '../course-signup/status.ts';
import { courseMessage } from '../courses/card.ts';
import { chosen } from '../shared/choice.ts';
import { communeTarget, exampleCommune, readPick } from '../shared/place.ts';
import { type PlaceOutcome, placeFromCommuneAnswer, placeFromPickAnswer } from '../shared/place-answer.ts';
import { pickOptions } from '../shared/place-messages.ts';
import type { Context, CourseSearchContext, Emits } from './context.ts';
import { t } from './messages.ts';
import { CourseSearchData } from './state.ts';

/**
 * /hocnghe: open courses like /timviec's vacancies — nearest first, starting soonest — five at a time with "Xem
 * thêm", a trade typed with it ("hocnghe han") narrowing the list; each opens the course card, whose three answers
 * the sign-up feature takes. A person without a profile is asked their commune first. "Khoá học của tôi": their
 * sign-ups with their status, and "Huỷ đăng ký". Pure: the loader read the list.
 */
export const COURSE_SEARCH_FLOW = 'course-search';
export const PAGE_SIZE = 5;
const STEPS = ['commune', 'commune_pick', 'list', 'card'] as const;
type Step = (typeof STEPS)[number];
const ITEM = 'coursesearch.item.';
const MORE = 'coursesearch.more';
const MINE = 'coursesearch.mine';
const BACK = 'coursesearch.back';
const DEFAULT_EXAMPLE = 'Phổ Yên';

type Data = CourseSearchData;

const NOTHING_READ: CourseSearchContext['courseSearch'] = {
  communeCode: null,
  givenCommune: null,
  occupations: [],
  courses: [],
  mine: [],
};

function read(context: Context): CourseSearchContext['courseSearch'] {
  return context.courseSearch ?? NOTHING_READ;
}

function at(step: Step, data: Data, replies: OutboundMessage[]): StepResult<Emits> {
  const state: FlowState = { flow: COURSE_SEARCH_FLOW, step, data: { ...data }, misses: 0 };
  return { kind: 'continue', replies, state };
}

function trades(lang: Lang, occupations: readonly string[]): string {
  return occupations.map((key) => occupationLabel(key, lang)).join(', ');
}

function itemLabel(lang: Lang, course: CourseFacts): string {
  const place =
    course.online || course.communeCode === null
      ? t(lang, 'coursesearch.online')
      : (communeTarget(course.communeCode)?.commune.name ?? course.communeCode);
  const date = formatDate(lang, startOfIsoDay(course.startsOn));
  return t(lang, 'coursesearch.item', { title: course.title, place, date });
}

/** "Khoá học của tôi", offered while the person has any sign-up. */
function mineChoice(context: Context): Choice[] {
  return read(context).mine.length > 0 ? [{ id: MINE, label: t(context.lang, 'coursesearch.mine') }] : [];
}

/** The page of the list (wrapping to the start after the last page). */
function listPage(context: Context, data: Data, page: number): StepResult<Emits> {
  const { lang } = context;
  const { courses, occupations } = read(context);
  const base: Data = { ...data, page: 0, current: null, placePick: null };
  if (courses.length === 0) {
    const none =
      occupations.length > 0
        ? t(lang, 'coursesearch.none_trade', { trade: trades(lang, occupations) })
        : t(lang, 'coursesearch.none');
    const mine = mineChoice(context);
    if (mine.length === 0) return { kind: 'done', replies: [{ text: none }] };
    return at('list', base, [{ text: none, choices: mine, prompt: t(lang, 'coursesearch.list_prompt') }]);
  }
  const pages = Math.ceil(courses.length / PAGE_SIZE);
  const current = page < pages ? page : 0;
  const shown = courses.slice(current * PAGE_SIZE, current * PAGE_SIZE + PAGE_SIZE);
  const choices: Choice[] = shown.map((c) => ({ id: `${ITEM}${c.id}`, label: itemLabel(lang, c) }));
  if (pages > 1) choices.push({ id: MORE, label: t(lang, 'coursesearch.more') });
  choices.push(...mineChoice(context));
  const range = { count: courses.length, from: current * PAGE_SIZE + 1, to: current * PAGE_SIZE + shown.length };
  const heading =
    occupations.length > 0
      ? t(lang, 'coursesearch.heading_trade', { ...range, trade: trades(lang, occupations) })
      : t(lang, 'coursesearch.heading', range);
  return at('list', { ...base, page: current }, [
    { text: heading, choices, prompt: t(lang, 'coursesearch.list_prompt') },
  ]);
}

/** The card with its three answers (tagged as from the search) and the way back. */
function card(context: Context, data: Data, course: CourseFacts): StepResult<Emits> {
  const { lang } = context;
  const message = courseMessage(lang, course, { priorityFirst: (context.profile?.priorityGroups ?? []).length > 0 });
  const choices = [
    ...(message.choices ?? []).map((c) => ({ ...c, id: fromSearch(c.id) })),
    { id: BACK, label: t(lang, 'coursesearch.back') },
  ];
  return at('card', { ...data, current: course.id }, [
    { ...message, choices, prompt: t(lang, 'coursesearch.card_prompt') },
  ]);
}

/** Their sign-ups, with "Huỷ đăng ký" for those they may still cancel (the sign-up feature's answer). */
function mine(context: Context): StepResult<Emits> {
  const { lang } = context;
  const own = read(context).mine;
  if (own.length === 0) return { kind: 'done', replies: [{ text: t(lang, 'coursesearch.mine_none') }] };
  const lines = own.map((m, index) =>
    t(lang, 'coursesearch.mine_item', { n: index + 1, title: m.title, status: statusWords(lang, m) }),
  );
  const choices = own
    .filter((m) => (CANCELLABLE_STATUSES as readonly string[]).includes(m.status))
    .map((m) => ({ id: cancelChoiceId(m.courseId), label: t(lang, 'coursesearch.cancel_item', { title: m.title }) }));
  const text = [t(lang, 'coursesearch.mine_heading'), ...lines].join('\n');
  if (choices.length === 0) return { kind: 'done', replies: [{ text }] };
  return {
    kind: 'done',
    replies: [{ text, choices, prompt: t(lang, 'coursesearch.mine_prompt') }],
  };
}

function example(data: Data): string {
  return data.provinceCode ? exampleCommune(data.provinceCode) || DEFAULT_EXAMPLE : DEFAULT_EXAMPLE;
}

/** Where they live; "Khoá học của tôi" too, for someone without a profile who signed up from a card. */
function communeQuestion(context: Context, data: Data): OutboundMessage {
  const { lang } = context;
  const text = t(lang, 'coursesearch.commune', { example: example(data) });
  const mine = mineChoice(context);
  return mine.length > 0 ? { text, choices: mine, prompt: t(lang, 'coursesearch.commune_prompt') } : { text };
}

/** What the person said about where they live: the list, a narrower question, or a miss. */
function onPlace(context: Context, data: Data, outcome: PlaceOutcome): StepResult<Emits> {
  const { lang } = context;
  switch (outcome.kind) {
    case 'commune':
      // The loader read this commune's list from the same answer.
      return listPage(context, { ...data, communeCode: outcome.code, placePick: null }, 0);
    case 'province':
      return at('commune', { ...data, provinceCode: outcome.provinceCode, placePick: null }, [
        communeQuestion(context, { ...data, provinceCode: outcome.provinceCode }),
      ]);
    case 'pick': {
      const options = pickOptions(lang, outcome.pick);
      return at('commune_pick', { ...data, placePick: { options, districts: outcome.pick.districts } }, [
        { text: t(lang, 'coursesearch.pick'), choices: options, prompt: t(lang, 'coursesearch.list_prompt') },
      ]);
    }
    case 'pick_miss':
      return {
        kind: 'miss',
        reprompt: { text: t(lang, 'coursesearch.pick_miss'), choices: data.placePick?.options ?? [] },
      };
    case 'same_province':
      return { kind: 'miss', reprompt: communeQuestion(context, data) };
    case 'not_found':
      return {
        kind: 'miss',
        reprompt: {
          text: outcome.typed
            ? t(lang, 'coursesearch.commune_miss', { typed: outcome.typed.slice(0, 40), example: example(data) })
            : t(lang, 'coursesearch.commune_empty', { example: example(data) }),
        },
      };
  }
}

function onList(context: Context, data: Data, input: StepInput): StepResult<Emits> {
  const { lang } = context;
  const shownPage = listPage(context, data, data.page);
  const shown = shownPage.kind === 'continue' ? (shownPage.replies.at(-1)?.choices ?? []) : [];
  const choice = chosen(input, shown);
  if (choice === MORE) return listPage(context, data, data.page + 1);
  if (choice === MINE) return mine(context);
  const id = choice?.startsWith(ITEM) ? Number(choice.slice(ITEM.length)) : null;
  const course = read(context).courses.find((c) => c.id === id);
  if (course) return card(context, data, course);
  if (shownPage.kind !== 'continue') return shownPage;
  return { kind: 'miss', reprompt: { ...shownPage.replies.at(-1)!, text: t(lang, 'coursesearch.list_miss') } };
}

function onCard(context: Context, data: Data, input: StepInput): StepResult<Emits> {
  const course = read(context).courses.find((c) => c.id === data.current);
  if (!course) return listPage(context, data, data.page);
  const shown = card(context, data, course);
  const choices = shown.kind === 'continue' ? (shown.replies[0]?.choices ?? []) : [];
  if (chosen(input, choices) === BACK) return listPage(context, data, data.page);
  const reprompt = shown.kind === 'continue' ? shown.replies[0]! : { text: '' };
  return { kind: 'miss', reprompt: { ...reprompt, text: t(context.lang, 'coursesearch.card_miss') } };
}

export const courseSearchFlow: Flow<CourseSearchContext, Emits> = {
  steps: STEPS,
  begin(context: Context, hints?: BeginHints): StepResult<Emits> {
    const { occupations, communeCode, givenCommune } = read(context);
    const data: Data = {
      page: 0,
      occupations,
      communeCode: givenCommune,
      provinceCode: hints?.provinceCode ?? null,
      placePick: null,
      current: null,
    };
    if (communeCode === null) return at('commune', data, [communeQuestion(context, data)]);
    return listPage(context, data, 0);
  },
  step(state, input, context) {
    const data = CourseSearchData.parse(state.data);
    switch (state.step as Step) {
      case 'commune':
        if (chosen(input, mineChoice(context)) === MINE) return mine(context);
        return onPlace(context, data, placeFromCommuneAnswer(input, data.provinceCode));
      case 'commune_pick':
        return onPlace(context, data, placeFromPickAnswer(input, readPick(data.placePick), data.provinceCode));
      case 'list':
        return onList(context, data, input);
      case 'card':
        return onCard(context, data, input);
    }
    return { kind: 'done', replies: [welcome(context.lang, context.menu)] };
  },
};
