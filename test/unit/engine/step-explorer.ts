import type { Choice } from '../../../src/kernel/message.ts';
import type { BroadcastProgress } from '../../../src/db/broadcast-progress.ts';
import type { Flow, FlowState, StepInput, StepResult } from '../../../src/engine/types.ts';
import type { OutcomeApplication } from '../../../src/features/outcomes/context.ts';
import { eventDoorContextFor } from './event-door-context.ts';
import { courseOutcomeContextFor, courseRosterContextFor } from './course-roster-contexts.ts';
import { courseSearchContextFor, courseSignupContextFor, exploredCourse } from './course-contexts.ts';
import type { EventFacts } from '../../../src/db/events.ts';
import type { EventRegistrationContext } from '../../../src/features/event-registration/context.ts';
import type { SearchVacancy } from '../../../src/features/search/context.ts';
import type { StatsFigures } from '../../../src/features/stats/context.ts';
import type { PendingVacancy } from '../../../src/db/vacancy-review.ts';
import type { Applicant, OwnVacancy } from '../../../src/db/own-vacancies.ts';
import type { WorkerProfile } from '../../../src/kernel/worker-profile.ts';
import { storedTargetCodes } from '../../../src/features/broadcast/data.ts';
import { storedTargetCodes as storedEventTargetCodes } from '../../../src/features/events/data.ts';
import { storedApplicationId } from '../../../src/features/outcomes/flow.ts';
import { periodAsked } from '../../../src/features/stats/flow.ts';
import { storedVacancyId } from '../../../src/features/vacancies/flow.ts';
import { engineInput, type Answer } from './flow-walk.ts';
import { DEFAULT_QUIET_HOURS } from '../../../src/kernel/quiet-hours.ts';
import type { AnyFlowContext } from './flow-walk.ts';
import { HOME_MENU } from '../../harness/home-menu.ts';

/**
 * Every step of every flow, found by walking the flows themselves: from each flow's first question, every choice
 * offered is pressed and a few everyday typed answers are sent, breadth first, as different people (a worker with
 * and without a profile, an employer, an official). What the engine's loaders would read for each message is made
 * up here, purely, from the state (the broadcast's audience, the stats period, the open vacancy or application).
 * For each step a few of the states reached are kept, with the choices shown there.
 */

export const NOW = new Date('2026-11-20T03:00:00Z'); // Friday, 10:00 in Vietnam

const searchVacancy = (id: number): SearchVacancy => ({
  id,
  employerName: 'Công ty TNHH May Phổ Yên',
  employerVerified: id === 1,
  title: `Công nhân may ${id}`,
  occupation: 'garment',
  communeCode: '05443',
  headcount: 10,
  wageRaw: '7-9 triệu/tháng',
  requirements: 'Nữ 18-35 tuổi',
  deadline: '2026-12-31',
  contact: '0208 3850 123',
  overseas: false,
  interested: false,
});
const ownVacancy = (id: number, title: string, status: OwnVacancy['status']): OwnVacancy => ({
  id,
  status,
  title,
  rejectReason: status === 'rejected' ? 'Thông tin không rõ ràng' : null,
  interested: 2,
  employerName: 'Công ty TNHH May Phổ Yên',
  employerVerified: false,
  occupation: 'garment',
  communeCode: '05443',
  headcount: 10,
  wageRaw: '7-9 triệu/tháng',
  requirements: null,
  deadline: '2026-12-31',
  contact: '0208 3850 123',
});
const pendingVacancy = (id: number, title: string): PendingVacancy => ({
  id,
  employerName: 'Công ty TNHH May Phổ Yên',
  employerVerified: id % 2 === 0,
  title,
  occupation: 'garment',
  communeCode: '05443',
  headcount: 10,
  wageRaw: '7-9 triệu/tháng',
  requirements: null,
  deadline: '2026-12-31',
  contact: '0208 3850 123',
  scamReasons: [{ code: 'asks_money', evidence: 'đặt cọc 300k' }],
});
const applicant = (number: number, extra: Partial<Applicant> = {}): Applicant => ({
  applicationId: 100 + number,
  number,
  name: null,
  phoneE164: null,
  status: 'interested',
  appliedAt: new Date('2026-11-10T02:00:00Z'),
  ...extra,
});
const application = (id: number, extra: Partial<OutcomeApplication> = {}): OutcomeApplication => ({
  applicationId: id,
  vacancyTitle: `Việc ${id}`,
  employerName: 'May Phổ Yên',
  workerName: null,
  status: 'interested',
  appliedAt: new Date('2026-11-10T02:00:00Z'),
  ...extra,
});
const progress = (id: number, extra: Partial<BroadcastProgress> = {}): BroadcastProgress => ({
  id,
  text: `Phiên giao dịch việc làm số ${id}`,
  targets: ['08'],
  priorityGroups: [],
  sendAt: new Date('2026-11-19T01:00:00Z'),
  status: 'sending',
  fannedOut: true,
  estimated: 5000,
  counts: { total: 5000, sent: 1234, failed: 12, skipped: 0, waiting: 3754 },
  ...extra,
});

const PROFILE: WorkerProfile = {
  fullName: 'Lò Thị Mai',
  birthYear: 1995,
  phoneE164: '+84912345678',
  communeCode: '00715',
  occupations: ['garment'],
  reach: 'province',
  frequency: 'instant',
  digestHour: null,
  priorityConsent: true,
  priorityGroups: ['poor'],
};
const SEARCH = [1, 2, 3, 4, 5, 6, 7].map(searchVacancy);
const OWN = [
  ownVacancy(7, 'Công nhân may', 'approved'),
  ownVacancy(6, 'Phụ bếp', 'pending'),
  ownVacancy(5, 'Bảo vệ', 'rejected'),
  ownVacancy(4, 'Thợ hàn', 'closed'),
  ownVacancy(3, 'Lái xe', 'hidden'),
  ownVacancy(2, 'Điện tử', 'approved'),
];
const APPLICANTS = [
  applicant(8, { name: 'Nguyễn Thị Lan', phoneE164: '+84912345678' }),
  applicant(7),
  applicant(6, { status: 'introduced' }),
  applicant(4, { status: 'hired' }),
  applicant(3, { status: 'not_hired' }),
  applicant(2),
];
const OUTCOMES = [
  application(12, { workerName: 'Nguyễn Thị Lan' }),
  application(11, { status: 'hired' }),
  application(10, { status: 'introduced' }),
  application(9, { status: 'withdrawn' }),
  application(8),
  application(7),
];

/** Someone the flows see: the context before any loader, and what the loaders add for a given state and message. */
export interface Persona {
  name: string;
  base: AnyFlowContext;
}

export const PERSONAS: readonly Persona[] = [
  {
    name: 'newcomer',
    base: { lang: 'vi', now: NOW, quietHours: DEFAULT_QUIET_HOURS, employer: null, menu: HOME_MENU, profile: null },
  },
  {
    name: 'worker',
    base: {
      lang: 'vi',
      now: NOW,
      quietHours: DEFAULT_QUIET_HOURS,
      employer: null,
      menu: HOME_MENU,
      profile: PROFILE,
      search: { matches: SEARCH, current: null, sharesContact: false },
      workerSex: 'female',
      workerWageFloor: 5_000_000,
    },
  },
  {
    name: 'worker without phone',
    base: {
      lang: 'en',
      now: NOW,
      quietHours: DEFAULT_QUIET_HOURS,
      employer: null,
      menu: HOME_MENU,
      profile: { ...PROFILE, phoneE164: null, priorityConsent: false, priorityGroups: [] },
      search: { matches: SEARCH, current: null, sharesContact: false },
    },
  },
  {
    name: 'employer',
    base: {
      lang: 'vi',
      now: NOW,
      quietHours: DEFAULT_QUIET_HOURS,
      menu: HOME_MENU,
      profile: null,
      employer: null,
      ownVacancies: OWN,
      roles: [{ role: 'employer', regionCode: null }],
    },
  },
  {
    name: 'official',
    base: {
      lang: 'vi',
      now: NOW,
      quietHours: DEFAULT_QUIET_HOURS,
      menu: HOME_MENU,
      profile: null,
      employer: { name: 'Trung tâm DVVL Tuyên Quang', verified: true },
      roles: [{ role: 'official', regionCode: '08' }],
      reviewQueue: [pendingVacancy(1, 'Công nhân may'), pendingVacancy(2, 'Phụ bếp')],
      courseQueue: [1, 6].map((id) => ({
        ...exploredCourse(id),
        status: 'pending' as const,
        submittedBy: 'Lò Văn Minh',
        source: 'chat' as const,
      })),
      recentBroadcasts: [progress(41), progress(40, { status: 'scheduled', fannedOut: false })],
      outcomes: { items: OUTCOMES, current: null },
      dashboardLink: { url: 'http://localhost:3000/dashboard/login?t=x', minutes: 15 },
    },
  },
  {
    name: 'new official',
    base: {
      lang: 'en',
      now: NOW,
      quietHours: DEFAULT_QUIET_HOURS,
      employer: null,
      menu: HOME_MENU,
      profile: null,
      roles: [
        { role: 'official', regionCode: '08' },
        { role: 'official', regionCode: '19' },
      ],
    },
  },
];

/** An announced fair with two jobs and a free seat; the worker's name and phone unknown (so both are asked). */
function eventRegistrationContext(persona: string): EventRegistrationContext['eventReg'] {
  const event: EventFacts = {
    id: 5,
    kind: 'fair',
    title: 'Phiên giao dịch việc làm',
    startsAt: new Date('2026-11-28T01:00:00Z'),
    communeCode: '05443',
    address: 'Nhà văn hoá xã',
    onlineUrl: null,
    scopeRegionCode: '19',
    targetRegionCodes: ['19'],
    priorityGroups: [],
    capacity: persona === 'employer' ? 1 : 100,
    status: 'announced',
    seatsTaken: persona === 'employer' ? 1 : 0,
    waiting: 0,
  };
  const vacancies = [1, 2].map((id) => ({ ...searchVacancy(id), extraHeadcount: 0 }));
  return {
    event,
    vacancies: vacancies.map(({ interested: _, ...vacancy }) => vacancy),
    registration: null,
    reserved: { id: 9, code: 'K7M2QD' },
    fullName: null,
    phoneE164: null,
  };
}

/** The context the engine would give the flow for this message: the persona plus what the loader reads. */
export function contextFor(
  persona: Persona,
  flow: string,
  state: FlowState | null,
  message: { text: string | null; choiceId: string | null },
): AnyFlowContext {
  const context: AnyFlowContext = { ...persona.base };
  if (flow === 'broadcast') {
    const codes = storedTargetCodes(state);
    context.broadcastAudience =
      codes.length === 0
        ? null
        : {
            regionCodes: codes,
            people: [
              { groups: [], count: 100 },
              { groups: ['poor'], count: 7 },
            ],
            groupChats: 2,
          };
  }
  if (flow === 'events') {
    const codes = storedEventTargetCodes(state);
    context.eventAudience =
      codes.length === 0 ? null : { regionCodes: codes, people: [{ groups: [], count: 40 }], groupChats: 1 };
  }
  if (flow === 'stats') {
    const ask = periodAsked(state, message, NOW, context.lang);
    const period =
      ask.kind === 'period'
        ? ask.period
        : state === null
          ? { kind: 'month' as const, from: '2026-11-01', to: '2026-11-30' }
          : null;
    const funnel = {
      registered: 12,
      totalAtEnd: 1234,
      activeAtEnd: 1200,
      stopped: 3,
      deleted: 1,
      counselled: 15,
      vacanciesApproved: 3,
      headcountApproved: 45,
      employers: 2,
      alertsDelivered: 5678,
      interested: 2,
      introduced: 0,
      hired: 4,
      broadcasts: 2,
      broadcastReach: 3,
      broadcastReplies: 1,
      events: 3,
      meetingAttendees: 120,
      trainingWanted: 9,
      signedUp: 8,
      enrolled: 7,
      completed: 3,
      workingInTrade: 0,
    };
    const stats: StatsFigures | null =
      period === null
        ? null
        : {
            area: 'Tuyên Quang',
            period,
            funnel,
            pendingVacancies: 2,
            unread: ask.kind === 'unread' ? ask.typed : null,
          };
    context.stats = stats;
  }
  if (flow === 'search' && context.search) {
    const current =
      typeof state?.data.current === 'number'
        ? (context.search.matches.find((v: SearchVacancy) => v.id === state.data.current) ?? null)
        : null;
    context.search = { ...context.search, current };
  }
  if (flow === 'course-posting') Object.assign(context, { roles: context.roles ?? [], provider: null });
  if (flow === 'event-door') Object.assign(context, eventDoorContextFor(persona.name, state, message));
  if (flow === 'course-roster') Object.assign(context, courseRosterContextFor(persona.name));
  if (flow === 'course-outcome') Object.assign(context, courseOutcomeContextFor());
  if (flow === 'event-registration') context.eventReg = eventRegistrationContext(persona.name);
  if (flow === 'course-signup') context.courseSignup = courseSignupContextFor(persona.name);
  if (flow === 'course-search') context.courseSearch = courseSearchContextFor(context.profile !== null, state);
  if (flow === 'event-reports') {
    const event = { id: 5, kind: 'fair', title: 'Phiên việc làm', startsAt: NOW, status: 'announced' } as const;
    Object.assign(context, {
      official: true,
      events: [{ ...event, placeName: 'Xã Văn Lăng', village: null, attendeesReported: null }],
      report: null,
    });
  }
  if (flow === 'vacancies') context.applicants = storedVacancyId(state) === null ? [] : APPLICANTS;
  if (flow === 'outcomes' && context.outcomes) {
    const id = storedApplicationId(state);
    context.outcomes = {
      ...context.outcomes,
      current: context.outcomes.items.find((o: OutcomeApplication) => o.applicationId === id) ?? null,
    };
  }
  return context;
}

/** Everyday answers that take the flows past their typed questions. */
const TYPED: readonly string[] = [
  '2011',
  '1998',
  'Mèo Vạc',
  'Thái Nguyên',
  'Lũng Cú',
  'thợ may',
  'Lò Thị Mai',
  '0912 345 678',
  '0165 234 5678',
  'hộ nghèo',
  '8 giờ',
  'Công ty May Phổ Yên',
  'Nhân viên văn phòng',
  'Công nhân may',
  '50',
  '7-9 triệu/tháng',
  'Nữ 18-35 tuổi',
  '31/12',
  '0208 3850 123',
  'Phiên giao dịch việc làm 8:00 ngày 25/12 tại UBND xã',
  'Đồng Văn',
  '8:00 mai',
  'thang truoc',
  '01/01/2026 - 31/03/2026',
  '5 triệu',
  '3 tháng',
  'Thông tin không rõ ràng',
  'https://meet.example.vn/phien',
  // the event door: a ticket code, and a walk-in
  'K7M2QD',
  'MOI',
];

/** A state reached at a step, with the persona it was reached as and the choices on screen. */
export interface StepSample {
  persona: Persona;
  state: FlowState;
  shown: readonly Choice[];
}

function shownBy(result: StepResult): readonly Choice[] {
  return result.kind === 'miss' ? (result.reprompt.choices ?? []) : (result.replies.at(-1)?.choices ?? []);
}

/** Up to `perStep` states of each step of each flow per persona (by flow name, then step), found breadth first. */
export function exploreSteps(
  flows: Readonly<Record<string, Flow>>,
  /** Where a flow is entered from outside (an answer to a notification), besides its beginning: the state, and the
   * answer that enters it (stepped once per persona too). */
  entries: readonly { state: FlowState; input?: StepInput }[] = [],
  perStep = 2,
  maxMoves = 40_000,
): Map<string, Map<string, StepSample[]>> {
  const found = new Map<string, Map<string, StepSample[]>>();
  const seen = new Set<string>();
  const queue: StepSample[] = [];
  const keep = (sample: StepSample): void => {
    const key = `${sample.persona.name}|${JSON.stringify(sample.state)}`;
    if (seen.has(key)) return;
    seen.add(key);
    const steps = found.get(sample.state.flow) ?? new Map<string, StepSample[]>();
    found.set(sample.state.flow, steps);
    const samples = steps.get(sample.state.step) ?? [];
    steps.set(sample.state.step, samples);
    if (samples.filter((s) => s.persona === sample.persona).length >= perStep) return;
    samples.push(sample);
    queue.push(sample);
  };
  for (const [name, flow] of Object.entries(flows)) {
    for (const persona of PERSONAS) {
      const result = flow.begin(contextFor(persona, name, null, { text: null, choiceId: null }));
      if (result.kind === 'continue') keep({ persona, state: result.state, shown: shownBy(result) });
    }
  }
  for (const { state, input } of entries) {
    for (const persona of PERSONAS) {
      keep({ persona, state, shown: [] });
      const flow = flows[state.flow];
      if (!flow || !input) continue;
      const result = flow.step(state, input, contextFor(persona, state.flow, state, input));
      if (result.kind === 'continue') keep({ persona, state: result.state, shown: shownBy(result) });
    }
  }
  let moves = 0;
  while (queue.length > 0 && moves < maxMoves) {
    const { persona, state, shown } = queue.shift()!;
    const flow = flows[state.flow];
    if (!flow) continue;
    const answers: Answer[] = [...shown.map((c) => ({ choiceId: c.id })), ...TYPED];
    for (const answer of answers) {
      moves += 1;
      const input = engineInput(answer, shown);
      const result = flow.step(state, input, contextFor(persona, state.flow, state, input));
      if (result.kind === 'continue') keep({ persona, state: result.state, shown: shownBy(result) });
    }
  }
  return found;
}
