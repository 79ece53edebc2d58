import { describe, expect, it } from 'vitest';
import type { FlowState, StepInput, StepResult } from '../../../src/engine/types.ts';
import type { Context, Emits } from '../../../src/features/course-search/context.ts';
import { courseSearchFlow } from '../../../src/features/course-search/flow.ts';
import { DEFAULT_QUIET_HOURS } from '../../../src/kernel/quiet-hours.ts';
import type { WorkerProfile } from '../../../src/kernel/worker-profile.ts';
import { HOME_MENU } from '../../harness/home-menu.ts';
import { exploredCourse } from '../engine/course-contexts.ts';

/** /hocnghe as a table: what is shown first, then each answer; the list itself is the loader's (integration). */
const NOW = new Date('2026-11-20T03:00:00Z');
const PROFILE: WorkerProfile = {
  fullName: 'Nguyễn Thị Lan',
  birthYear: 1995,
  phoneE164: '+84912345678',
  communeCode: '05443',
  occupations: ['garment'],
  reach: 'province',
  frequency: 'instant',
  digestHour: null,
};
const SIX = [1, 2, 3, 4, 5, 6].map((id) => exploredCourse(id));

function context(over: Partial<Context['courseSearch']> = {}, profile: WorkerProfile | null = PROFILE): Context {
  return {
    lang: 'vi',
    now: NOW,
    quietHours: DEFAULT_QUIET_HOURS,
    profile,
    employer: null,
    menu: HOME_MENU,
    courseSearch: {
      communeCode: profile ? '05443' : null,
      givenCommune: null,
      occupations: [],
      courses: SIX,
      mine: [],
      ...over,
    },
  };
}

const typed = (text: string): StepInput => ({ text, choiceId: null, choiceIds: [] });

/** Begins, then answers each input at the step reached (a miss stays there); every result. */
function walk(ctx: Context, inputs: StepInput[]): StepResult<Emits>[] {
  const results = [courseSearchFlow.begin(ctx)];
  let state: FlowState | null = results[0]!.kind === 'continue' ? results[0]!.state : null;
  for (const input of inputs) {
    if (!state) throw new Error(`the flow ended before ${JSON.stringify(input)}`);
    const result = courseSearchFlow.step(state, input, ctx);
    if (result.kind !== 'miss') state = result.kind === 'continue' ? result.state : null;
    results.push(result);
  }
  return results;
}

const last = (results: StepResult<Emits>[]) => {
  const result = results.at(-1)!;
  return result.kind === 'miss' ? result.reprompt : result.replies.at(-1)!;
};
const ids = (results: StepResult<Emits>[]) => (last(results).choices ?? []).map((c) => c.id);

describe('/hocnghe', () => {
  it.each([
    {
      name: 'the first five, nearest and soonest as loaded, with "Xem thêm"',
      ctx: context(),
      inputs: [],
      text: 'Có 6 khoá học nghề sắp khai giảng (khoá 1–5)',
      choices: [1, 2, 3, 4, 5].map((id) => `coursesearch.item.${id}`).concat('coursesearch.more'),
    },
    {
      name: '"Xem thêm": the sixth, online',
      ctx: context(),
      inputs: [typed('6')],
      text: '(khoá 6–6)',
      choices: ['coursesearch.item.6', 'coursesearch.more'],
    },
    {
      name: 'a course: its card, its three answers from the search, and the way back',
      ctx: context(),
      inputs: [typed('2')],
      text: 'May công nghiệp 2 (3 tháng)',
      choices: ['course.signup.2.s', 'course.ask.2.s', 'course.no.2.s', 'coursesearch.back'],
    },
    {
      name: 'back from the card',
      ctx: context(),
      inputs: [typed('2'), typed('4')],
      text: '(khoá 1–5)',
      choices: [1, 2, 3, 4, 5].map((id) => `coursesearch.item.${id}`).concat('coursesearch.more'),
    },
    {
      name: 'a word at the card: asked again',
      ctx: context(),
      inputs: [typed('2'), typed('abc')],
      text: 'Bạn gõ 1 để đăng ký học',
      choices: ['course.signup.2.s', 'course.ask.2.s', 'course.no.2.s', 'coursesearch.back'],
    },
    {
      name: 'a trade asked for: the heading says it',
      ctx: context({ occupations: ['garment'], courses: SIX.slice(0, 1) }),
      inputs: [],
      text: 'Có 1 khoá học May mặc, dệt, da giày sắp khai giảng',
      choices: ['coursesearch.item.1'],
    },
    {
      name: 'none near them',
      ctx: context({ courses: [] }),
      inputs: [],
      text: 'Hiện chưa có khoá học nghề nào',
      choices: [],
    },
    {
      name: 'their own sign-ups, with "Huỷ đăng ký" for those they may cancel',
      ctx: context({
        mine: [
          { courseId: 1, title: 'May công nghiệp 1', status: 'waiting', place: 2 },
          { courseId: 9, title: 'Hàn điện', status: 'completed', place: 0 },
        ],
      }),
      inputs: [typed('7')],
      text: 'Khoá học của bạn:\n1. May công nghiệp 1 — danh sách chờ, thứ 2\n2. Hàn điện — đã học xong',
      choices: ['course.cancel.1'],
    },
    {
      name: 'no profile: their commune first',
      ctx: context({}, null),
      inputs: [],
      text: 'Bạn ở xã/phường nào?',
      choices: [],
    },
    {
      name: 'no profile, a commune given: the list (read by the loader from that answer)',
      ctx: context({ communeCode: '05443', givenCommune: '05443' }, null),
      inputs: [],
      text: '(khoá 1–5)',
      choices: [1, 2, 3, 4, 5].map((id) => `coursesearch.item.${id}`).concat('coursesearch.more'),
    },
    {
      name: 'no profile, a place not found: asked again',
      ctx: context({}, null),
      inputs: [typed('xyzxyz')],
      text: 'Mình chưa tìm thấy nơi «xyzxyz»',
      choices: [],
    },
  ])('$name', ({ ctx, inputs, text, choices }) => {
    const results = walk(ctx, inputs);
    expect(last(results).text).toContain(text);
    expect(ids(results).filter((id) => id !== 'coursesearch.mine')).toEqual(choices);
  });

  it('"Khoá học của tôi" is offered only to someone with a sign-up', () => {
    expect(ids(walk(context(), []))).not.toContain('coursesearch.mine');
    const mine = [{ courseId: 1, title: 'May', status: 'signed_up' as const, place: 0 }];
    expect(ids(walk(context({ mine }), []))).toContain('coursesearch.mine');
    expect(ids(walk(context({ mine, courses: [] }), []))).toEqual(['coursesearch.mine']);
  });

  it('keeps the commune given for the next pages, not the profile one', () => {
    const [first] = walk(context({ communeCode: '05443', givenCommune: '05443' }, null), []);
    expect(first?.kind === 'continue' && first.state.data.communeCode).toBe('05443');
    const [own] = walk(context(), []);
    expect(own?.kind === 'continue' && own.state.data.communeCode).toBeNull();
  });
});
