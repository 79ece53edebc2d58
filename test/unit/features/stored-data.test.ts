import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { AlertsData } from '../../../src/features/alerts/state.ts';
import { BroadcastData } from '../../../src/features/broadcast/data.ts';
import { FEATURES } from '../../../src/features/index.ts';
import { OutcomesData } from '../../../src/features/outcomes/state.ts';
import { PostingData } from '../../../src/features/posting/data.ts';
import { CoursePostingData } from '../../../src/features/course-posting/data.ts';
import { EMPTY as NOTHING_REGISTERED, RegistrationData } from '../../../src/features/registration/data.ts';
import { ReviewData } from '../../../src/features/review/state.ts';
import { SearchData } from '../../../src/features/search/state.ts';
import { NoAnswers } from '../../../src/features/shared/stored-fields.ts';
import { VacanciesData } from '../../../src/features/vacancies/state.ts';

/**
 * Each flow's stored answers (FlowState.data) read through its zod schema: good data comes back as it went in; a
 * field of the wrong shape (or missing) reads as not answered while the others are kept; only data that is not an
 * object is rejected, which the engine treats as no state at all.
 */

/**
 * A field stored wrong, and what the data then reads as (the field's default, and anything that depends on it). A
 * field's first row is also what it reads as when it is missing.
 */
type Bad = [field: string, stored: unknown, reads: Record<string, unknown>];

interface Case {
  name: string;
  schema: z.ZodType<Record<string, unknown>>;
  good: Record<string, unknown>;
  bad: Bad[];
}

const pick = {
  options: [{ id: 'geo.05860', label: 'Phường Phổ Yên' }],
  districts: [{ name: 'Mèo Vạc', province: 'Hà Giang', communeCodes: ['05860', '05443'] }],
};

const registration = {
  birthYear: 1990,
  communeCode: '05860',
  provinceCode: '19',
  pick,
  occupations: ['garment', 'construction'],
  reach: 'province',
  frequency: 'daily',
  digestHour: 7,
  existing: true,
  fullName: 'Nguyễn Thị Lan',
  phoneE164: '+84912345678',
  pendingPhone: { e164: '+84201234567', national: '0201234567', reason: 'unusual_prefix' },
  priorityGroups: ['poor', 'ethnic_minority'],
  priorityConsent: true,
  birthGuesses: [{ birthYear: 1996, as: 'year' }],
  vacancyId: 12,
  trainingAsked: true,
};

const posting = {
  employerName: 'Công ty TNHH May Phổ Yên',
  employerVerified: false,
  employerTyped: true,
  title: 'Công nhân may',
  occupation: 'garment',
  communeCode: '05860',
  provinceCode: null,
  pick: null,
  headcount: 20,
  wageRaw: '7-9 triệu/tháng',
  wageConfirmed: true,
  requirements: 'Biết may cơ bản',
  requirementsAnswered: true,
  deadline: '2026-12-31',
  contact: '0208 3850 123',
};

const part = { label: 'Tỉnh Thái Nguyên', codes: ['19'] };
const broadcast = {
  text: 'Ngày hội việc làm sáng thứ Bảy',
  targets: [part, { label: 'Phường Phổ Yên', codes: ['05860'] }],
  pending: { parts: [part], picks: [{ typed: 'pho yen', reason: 'fuzzy', options: [{ id: 'b.1', ...part }] }] },
  groups: ['disability'],
  sendAt: '2026-11-21T01:00:00.000Z',
};

const coursePosting = {
  providerName: 'Trường Trung cấp nghề Thái Nguyên',
  providerVerified: true,
  providerTyped: false,
  title: 'May công nghiệp',
  occupation: 'garment',
  level: 'elementary',
  online: false,
  communeCode: '05860',
  provinceCode: null,
  placePick: pick,
  address: 'Nhà văn hoá tổ 3',
  startsOn: '2027-01-05',
  durationDays: 90,
  schedule: 'day',
  seats: 30,
  seatsAnswered: true,
  feeVnd: 0,
  supportText: 'Hỗ trợ tiền ăn',
  supportAnswered: true,
  prioritySupport: true,
  supportAmountVnd: 3_000_000,
  priorityAnswered: true,
  contact: '0912 345 678',
  contactAnswered: true,
};

const CASES: Case[] = [
  {
    name: 'registration',
    schema: RegistrationData,
    good: registration,
    bad: [
      ['birthYear', '1990', { birthYear: null }],
      ['birthYear', 1990.5, { birthYear: null }],
      ['trainingAsked', 'yes', { trainingAsked: false }],
      ['birthGuesses', [{ birthYear: '1996', as: 'year' }], { birthGuesses: [] }],
      ['birthGuesses', [{ birthYear: 1996, as: 'month' }], { birthGuesses: [] }],
      ['communeCode', 5860, { communeCode: null }],
      ['provinceCode', {}, { provinceCode: null }],
      ['pick', 'geo.05860', { pick: null }],
      // Choices of the wrong shape are dropped, the pick kept.
      [
        'pick',
        { options: [{ id: 'geo.1', label: 'A' }, { id: 2 }, 'x'], districts: 'x' },
        { pick: { options: [{ id: 'geo.1', label: 'A' }], districts: [] } },
      ],
      [
        'pick',
        { options: [], districts: [{ ...pick.districts[0], communeCodes: 'x' }, { name: 1 }] },
        { pick: { options: [], districts: [{ ...pick.districts[0], communeCodes: [] }] } },
      ],
      ['occupations', 'garment', { occupations: [] }],
      ['occupations', ['garment', 3, null], { occupations: ['garment'] }],
      ['reach', 'galaxy', { reach: null }],
      ['frequency', 1, { frequency: null }],
      ['digestHour', '7', { digestHour: null }],
      ['existing', 'yes', { existing: false }],
      ['fullName', ['Lan'], { fullName: null }],
      ['phoneE164', 84912345678, { phoneE164: null }],
      ['pendingPhone', { e164: '+84201234567', national: '0201234567', reason: 'other' }, { pendingPhone: null }],
      ['priorityGroups', 'poor', { priorityGroups: [] }],
      ['priorityGroups', ['poor', 'rich'], { priorityGroups: ['poor'] }],
      ['priorityConsent', 1, { priorityConsent: false }],
    ],
  },
  {
    name: 'posting',
    schema: PostingData,
    good: posting,
    bad: [
      ['employerName', 'X', { employerName: null }],
      ['employerVerified', 'true', { employerVerified: false }],
      ['employerTyped', null, { employerTyped: false }],
      ['title', 'x'.repeat(121), { title: null }],
      ['occupation', 'astronaut', { occupation: null }],
      ['communeCode', '99999', { communeCode: null }],
      ['provinceCode', 19, { provinceCode: null }],
      ['pick', [], { pick: null }],
      ['headcount', 0, { headcount: null }],
      ['headcount', 2.5, { headcount: null }],
      ['headcount', '20', { headcount: null }],
      // The agreement was about a wage that no longer reads: both are asked again.
      ['wageRaw', 7, { wageRaw: null, wageConfirmed: false }],
      ['wageConfirmed', 'yes', { wageConfirmed: false }],
      // Answered with text that no longer reads: asked again.
      ['requirements', 'x', { requirements: null, requirementsAnswered: false }],
      ['requirements', undefined, { requirements: null, requirementsAnswered: false }],
      ['requirementsAnswered', 1, { requirementsAnswered: false }],
      ['deadline', '31/12/2026', { deadline: null }],
      ['contact', '12', { contact: null }],
    ],
  },
  {
    name: 'posting, requirements skipped',
    schema: PostingData,
    good: { ...posting, requirements: null, requirementsAnswered: true },
    bad: [['wageConfirmed', null, { wageConfirmed: false }]],
  },
  {
    name: 'broadcast',
    schema: BroadcastData,
    good: broadcast,
    bad: [
      ['text', '   ', { text: null }],
      ['text', 'x'.repeat(1001), { text: null }],
      ['targets', [], { targets: null }],
      // A place is kept whole or not at all, and so are the places.
      ['targets', [part, { label: 'Nowhere', codes: ['99'] }], { targets: null }],
      ['targets', [{ label: 'Thái Nguyên', codes: ['19', 19] }], { targets: null }],
      ['pending', { parts: [part], picks: [] }, { pending: null }],
      ['pending', { picks: broadcast.pending.picks }, { pending: null }],
      // A pick's choices that no longer read are dropped; with none left, the pick (and so the pending) is gone.
      [
        'pending',
        {
          parts: [],
          picks: [
            {
              typed: 'x',
              options: [
                { id: 'b.1', ...part },
                { id: 2, ...part },
              ],
            },
          ],
        },
        { pending: { parts: [], picks: [{ typed: 'x', reason: 'several', options: [{ id: 'b.1', ...part }] }] } },
      ],
      ['pending', { parts: [], picks: [{ typed: 'x', options: [{ id: 2, ...part }] }] }, { pending: null }],
      ['groups', ['poor', 'rich'], { groups: null }],
      ['sendAt', 'tomorrow', { sendAt: null }],
    ],
  },
  {
    name: 'review',
    schema: ReviewData,
    good: { current: 12, skipped: [3, 4] },
    bad: [
      ['current', 'x', { current: -1 }],
      ['current', 1.5, { current: -1 }],
      // Read with Number(), as the flow always did.
      ['current', '12', { current: 12 }],
      ['skipped', 3, { skipped: [] }],
      ['skipped', [3, '4'], { skipped: [3] }],
    ],
  },
  {
    name: 'search',
    schema: SearchData,
    good: { page: 2, current: 42, narrow: { occupations: ['garment'], communeCode: null, provinceCode: '19' } },
    bad: [
      ['page', -1, { page: 0 }],
      ['page', 'x', { page: 0 }],
      ['page', '3', { page: 3 }],
      ['current', '42', { current: null }],
      ['narrow', { occupations: 'garment', communeCode: null, provinceCode: null }, { narrow: null }],
      ['narrow', { occupations: [], communeCode: '5860', provinceCode: null }, { narrow: null }],
    ],
  },
  {
    name: 'vacancies',
    schema: VacanciesData,
    good: { page: 1, vacancyId: 7, applicantPage: 2, applicationId: 9 },
    bad: [
      ['page', 1.5, { page: 0 }],
      ['vacancyId', 7.5, { vacancyId: null }],
      ['vacancyId', 2 ** 60, { vacancyId: null }],
      ['applicantPage', null, { applicantPage: 0 }],
      ['applicationId', '9', { applicationId: null }],
    ],
  },
  {
    name: 'outcomes',
    schema: OutcomesData,
    good: { page: 0, applicationId: 5, target: 'hired' },
    bad: [
      ['page', [], { page: 0 }],
      ['applicationId', true, { applicationId: null }],
      ['target', 'applied', { target: null }],
    ],
  },
  {
    name: 'course-posting',
    schema: CoursePostingData,
    good: coursePosting,
    bad: [
      ['providerName', 'X', { providerName: null }],
      ['providerVerified', 'true', { providerVerified: false }],
      ['providerTyped', 1, { providerTyped: false }],
      ['title', 'x'.repeat(201), { title: null }],
      ['occupation', 'astronaut', { occupation: null }],
      ['level', 'university', { level: null }],
      ['online', 'yes', { online: false }],
      ['communeCode', '99999', { communeCode: null }],
      ['provinceCode', 19, { provinceCode: null }],
      ['placePick', 'geo.05860', { placePick: null }],
      ['address', 'x', { address: null }],
      ['startsOn', '05/01/2027', { startsOn: null }],
      ['durationDays', 0, { durationDays: null }],
      ['durationDays', 2.5, { durationDays: null }],
      ['schedule', 'night', { schedule: null }],
      ['seats', '30', { seats: null }],
      ['seatsAnswered', 'true', { seatsAnswered: false }],
      ['feeVnd', -1, { feeVnd: null }],
      ['supportText', 3, { supportText: null }],
      ['supportAnswered', null, { supportAnswered: false }],
      ['prioritySupport', 'yes', { prioritySupport: false }],
      ['supportAmountVnd', '3 triệu', { supportAmountVnd: null }],
      ['priorityAnswered', 0, { priorityAnswered: false }],
      ['contact', '12', { contact: null }],
      ['contactAnswered', 'no', { contactAnswered: false }],
    ],
  },
  {
    name: 'alerts, editing a field',
    schema: AlertsData,
    good: registration,
    bad: [['reach', 'galaxy', { reach: null }]],
  },
];

const NOT_OBJECTS: unknown[] = [null, undefined, 'x', 3, true, [], [registration]];

describe.each(CASES)('the stored answers of $name', ({ schema, good, bad }) => {
  it('reads good data back as it was written', () => {
    expect(schema.parse(good)).toEqual(good);
    expect(schema.parse(JSON.parse(JSON.stringify(good)))).toEqual(good);
  });

  it.each(bad)('reads %s stored as %j as not answered, keeping the rest', (field, stored, reads) => {
    expect(schema.parse({ ...good, [field]: stored })).toEqual({ ...good, ...reads });
  });

  const firsts = bad.filter(([field], i) => bad.findIndex(([other]) => other === field) === i);
  it.each(firsts)('reads %s as not answered when it is missing', (field, _stored, reads) => {
    const rest = Object.fromEntries(Object.entries(good).filter(([key]) => key !== field));
    expect(schema.parse(rest)).toEqual({ ...good, ...reads });
  });

  it('ignores keys it does not know', () => {
    expect(schema.parse({ ...good, retired: 'x' })).toEqual(good);
  });

  it.each(NOT_OBJECTS)('rejects %j', (stored) => {
    expect(schema.safeParse(stored).success).toBe(false);
  });
});

describe('the stored answers of /theodoi', () => {
  it('keeps its own menus empty (they read the saved profile)', () => {
    expect(AlertsData.parse({})).toEqual({});
  });

  it('reads anything else as a registration question in progress', () => {
    expect(AlertsData.parse({ retired: 'x' })).toEqual(NOTHING_REGISTERED);
  });
});

describe('flows that keep no answers', () => {
  it('read any object as empty and reject the rest', () => {
    expect(NoAnswers.parse({ retired: 'x' })).toEqual({});
    for (const stored of NOT_OBJECTS) expect(NoAnswers.safeParse(stored).success).toBe(false);
  });
});

describe('every flow of the registry', () => {
  const flows = FEATURES.flatMap((feature) => (feature.flow ? [[feature.name, feature.flow.data] as const] : []));

  it.each(flows)('%s reads a state with nothing stored, and rejects one that is not an object', (_name, schema) => {
    expect(schema.safeParse({}).success).toBe(true);
    for (const stored of NOT_OBJECTS) expect(schema.safeParse(stored).success).toBe(false);
  });
});
