import { describe, expect, it } from 'vitest';
import { commandMenuFor } from '../../../src/app/chat-commands.ts';
import { telegramCommandProblems } from '../../../src/channels/telegram/commands.ts';
import { decide } from '../../../src/engine/decide.ts';
import { help } from '../../../src/engine/home.ts';
import { REGISTRY } from '../../../src/features/index.ts';
import { type Audience, audiencesOf, type RoleGrant } from '../../../src/kernel/roles.ts';
import { DEFAULT_QUIET_HOURS } from '../../../src/kernel/quiet-hours.ts';

/** Menus, /trogiup and Telegram's "/" menu by who the person is (issue 13, item 2). */
const WORKER: Audience[] = ['worker'];
const EMPLOYER: Audience[] = ['worker', 'employer'];
const OFFICIAL: Audience[] = ['worker', 'official'];
const BOTH: Audience[] = ['worker', 'employer', 'official'];
const PROVIDER: Audience[] = ['worker', 'provider'];

describe('who is in which audience', () => {
  const official: RoleGrant = { role: 'official', regionCode: '19' };
  const admin: RoleGrant = { role: 'admin', regionCode: null };
  const employer: RoleGrant = { role: 'employer', regionCode: null };
  const provider: RoleGrant = { role: 'provider', regionCode: null };
  it.each([
    { roles: [], posts: false, audiences: WORKER },
    { roles: [], posts: true, audiences: EMPLOYER },
    { roles: [employer], posts: false, audiences: EMPLOYER },
    { roles: [official], posts: false, audiences: OFFICIAL },
    { roles: [admin], posts: false, audiences: OFFICIAL },
    { roles: [official, employer], posts: false, audiences: BOTH },
    { roles: [admin], posts: true, audiences: BOTH },
  ])('$roles.length role(s), posts as employer: $posts → $audiences', ({ roles, posts, audiences }) => {
    expect(audiencesOf(roles, posts)).toEqual(audiences);
  });

  it.each([
    { roles: [provider], owns: false, audiences: PROVIDER },
    { roles: [], owns: true, audiences: PROVIDER },
    { roles: [official, provider], owns: false, audiences: ['worker', 'provider', 'official'] },
    { roles: [employer], owns: true, audiences: ['worker', 'employer', 'provider'] },
  ])(
    'a training provider: $roles.length role(s), owns a provider: $owns → $audiences',
    ({ roles, owns, audiences }) => {
      expect(audiencesOf(roles, false, owns)).toEqual(audiences);
    },
  );
});

describe('the menu each audience sees', () => {
  const ids = (audiences: Audience[]) => REGISTRY.menuFor(audiences).map((item) => item.id);
  const official = ['menu.review', 'menu.broadcast', 'menu.outcomes', 'menu.stats', 'menu.dashboard', 'menu.group'];
  const worker = ['menu.register', 'menu.search', 'menu.employer'];
  it.each([
    { audiences: WORKER, own: [] },
    { audiences: EMPLOYER, own: ['menu.my_vacancies'] },
    { audiences: OFFICIAL, own: official },
    { audiences: BOTH, own: ['menu.my_vacancies', ...official] },
  ])("$audiences: the workers' entries, then their own, then help", ({ audiences, own }) => {
    const menu = ids(audiences);
    expect(menu.slice(0, 3)).toEqual(worker);
    expect(menu.at(-1)).toBe('menu.help');
    // Other features may add entries of their own for these people; these are there, in this order.
    expect(menu.filter((id) => own.includes(id))).toEqual(own);
    if (!audiences.includes('official')) expect(menu.filter((id) => official.includes(id))).toEqual([]);
    if (!audiences.includes('employer')) expect(menu).not.toContain('menu.my_vacancies');
  });

  it('a person with no role keeps the menu and numbering of before', () => {
    expect(REGISTRY.menuFor(WORKER)).toEqual(REGISTRY.menu);
  });

  it('every entry opens its feature, whoever sees it', () => {
    expect(REGISTRY.menuFeature('menu.review')).toBe('review');
    expect(REGISTRY.menuFeature('menu.my_vacancies')).toBe('vacancies');
    expect(REGISTRY.menuFeature('menu.dashboard')).toBe('dashboard');
  });

  it.each([
    { id: 'menu.review', count: 3, vi: 'Duyệt tin (3 tin chờ duyệt)', en: 'Review vacancies (3 waiting)' },
    { id: 'menu.review', count: 0, vi: 'Duyệt tin', en: 'Review vacancies' },
    {
      id: 'menu.my_vacancies',
      count: 2,
      vi: 'Tin của tôi (2 người mới quan tâm)',
      en: 'My vacancies (2 newly interested)',
    },
  ])('$id with $count waiting', ({ id, count, vi, en }) => {
    const item = REGISTRY.menuFor(BOTH).find((entry) => entry.id === id)!;
    expect(item.count).toBeTypeOf('function');
    expect([item.counted('vi', count), item.counted('en', count)]).toEqual([vi, en]);
  });
});

describe('/trogiup by role', () => {
  const helpOf = (audiences: Audience[], lang: 'vi' | 'en' = 'vi') =>
    help(lang, REGISTRY.menuFor(audiences), REGISTRY.commandGroups(audiences)).text;

  it.each([
    {
      audiences: WORKER,
      has: ['Tìm việc:', '/dangky – ', '/dangtin – ', '/ngonngu – '],
      lacks: ['/duyet', '/tincuatoi'],
    },
    { audiences: EMPLOYER, has: ['Nhà tuyển dụng:\n/dangtin – ', '/tincuatoi – '], lacks: ['/duyet', 'Cán bộ:'] },
    {
      audiences: OFFICIAL,
      has: [
        'Cán bộ:',
        '/duyet – Duyệt tin tuyển dụng',
        '/phatsong – ',
        '/ketqua – ',
        '/thongke – ',
        '/baocao – ',
        '/nhom – ',
      ],
      lacks: ['/tincuatoi', 'Nhà tuyển dụng:'],
    },
    {
      audiences: PROVIDER,
      has: ['Cơ sở đào tạo:\n/dangkhoahoc – Đăng khoá học nghề'],
      lacks: ['/duyet', '/tincuatoi', 'Cán bộ:'],
    },
  ])('$audiences', ({ audiences, has, lacks }) => {
    const text = helpOf(audiences);
    expect(text).toContain('Mình là trợ lý tự động, giúp bạn');
    for (const part of has) expect(text).toContain(part);
    for (const part of lacks) expect(text).not.toContain(part);
  });

  it('groups the commands worker, then employer, then official, each command once', () => {
    const text = helpOf(BOTH);
    const headings = ['Tìm việc:', 'Nhà tuyển dụng:', 'Cán bộ:'].map((heading) => text.indexOf(heading));
    expect(headings).toEqual([...headings].sort((a, b) => a - b));
    expect(text.match(/\/dangtin/g)).toHaveLength(1);
  });

  it('is in English too, with short lines for Zalo', () => {
    const text = helpOf(BOTH, 'en');
    expect(text).toContain('Officials:\n/duyet – Review vacancies');
    for (const line of text.split('\n')) expect(line.length).toBeLessThanOrEqual(80);
  });

  it('is what the engine answers, for the person it is', () => {
    const context = {
      lang: 'vi' as const,
      now: new Date('2026-11-20T03:00:00Z'),
      quietHours: DEFAULT_QUIET_HOURS,
      profile: null,
      employer: null,
      menu: REGISTRY.menuFor(OFFICIAL),
    };
    const input = { text: '/trogiup', choiceId: null, lastChoices: null, stopped: false };
    const official = decide(null, input, { ...context, audiences: OFFICIAL }, REGISTRY).replies[0]!;
    expect(official.text).toContain('/duyet – ');
    expect(official.choices?.map((choice) => choice.id)).toContain('menu.review');
    expect(decide(null, input, { ...context, menu: REGISTRY.menu }, REGISTRY).replies[0]!.text).not.toContain('/duyet');
    const pressed = { ...input, text: null, choiceId: 'menu.help' };
    expect(decide(null, pressed, { ...context, audiences: OFFICIAL }, REGISTRY).replies[0]!.text).toContain('/duyet');
  });
});

describe("Telegram's command lists", () => {
  it.each([
    { audiences: WORKER },
    { audiences: EMPLOYER },
    { audiences: OFFICIAL },
    { audiences: BOTH },
    { audiences: PROVIDER },
  ])('$audiences: valid in both languages', ({ audiences }) => {
    const menu = commandMenuFor(audiences);
    expect(telegramCommandProblems(menu.commands)).toEqual([]);
    expect(telegramCommandProblems(menu.byLanguage.en!)).toEqual([]);
    expect(menu.byLanguage.en!.map((c) => c.command)).toEqual(menu.commands.map((c) => c.command));
  });

  it("the default is the workers' commands; an official's own come first", () => {
    expect(commandMenuFor(WORKER).commands.map((c) => c.command)).toEqual([
      'dangky',
      'timviec',
      'dangtin',
      'theodoi',
      'ngonngu',
      'xoa',
      'hocnghe',
      'huy',
      'trogiup',
      'stop',
    ]);
    expect(
      commandMenuFor(OFFICIAL)
        .commands.slice(0, 2)
        .map((c) => c.command),
    ).toEqual(['duyet', 'ketqua']);
    expect(commandMenuFor(OFFICIAL).byLanguage.en![0]).toEqual({ command: 'duyet', description: 'Review vacancies' });
  });

  it("a training provider's own commands come first, and their menu offers posting a course", () => {
    expect(commandMenuFor(PROVIDER).commands[0]).toEqual({ command: 'dangkhoahoc', description: 'Đăng khoá học nghề' });
    expect(commandMenuFor(WORKER).commands.map((c) => c.command)).not.toContain('dangkhoahoc');
    expect(REGISTRY.menuFor(PROVIDER).map((item) => item.id)).toContain('menu.course_posting');
    expect(REGISTRY.menuFor(OFFICIAL).map((item) => item.id)).not.toContain('menu.course_posting');
  });

  it.each([
    { commands: [{ command: 'Duyet', description: 'x' }], problem: '"Duyet" is not 1-32' },
    { commands: [{ command: '/duyet', description: 'x' }], problem: '"/duyet" is not 1-32' },
    { commands: [{ command: 'a'.repeat(33), description: 'x' }], problem: 'is not 1-32' },
    { commands: [{ command: 'duyet', description: ' ' }], problem: 'has 0 characters' },
    { commands: [{ command: 'duyet', description: 'đ'.repeat(257) }], problem: 'has 257 characters' },
    {
      commands: Array.from({ length: 101 }, (_, i) => ({ command: `c${i}`, description: 'x' })),
      problem: '101 commands',
    },
    {
      commands: [
        { command: 'duyet', description: 'x' },
        { command: 'duyet', description: 'y' },
      ],
      problem: 'listed twice',
    },
  ])('refuses $problem', ({ commands, problem }) => {
    expect(telegramCommandProblems(commands).join('; ')).toContain(problem);
  });
});
