import { describe, expect, it } from 'vitest';
import {
  eventTotal,
  shapeEventReport,
  type ApplicationFact,
  type EventFactsForReport,
  type RegistrationFact,
} from '../../../src/reporting/events-report.ts';
import { eventReportCsv, eventsCsv } from '../../../src/reporting/events-format.ts';

const header = (kind: 'fair' | 'meeting', attendeesReported: number | null = null) => ({
  id: 7,
  kind,
  title: 'Phiên việc làm, "tháng 11"',
  startsAt: new Date('2026-11-20T01:00:00Z'),
  status: 'held' as const,
  placeName: 'Xã Văn Lăng',
  village: null,
  attendeesReported,
});
const registration = (personId: number, o: Partial<RegistrationFact> = {}): RegistrationFact => ({
  personId,
  attended: false,
  employerIds: [],
  priorityGroups: [],
  ...o,
});
const application = (personId: number, employerId: number, o: Partial<ApplicationFact> = {}): ApplicationFact => ({
  personId,
  employerId,
  interviewed: true,
  offered: false,
  hired: false,
  priorityGroups: [],
  ...o,
});
const facts = (o: Partial<EventFactsForReport> = {}): EventFactsForReport => ({
  header: header('fair'),
  employers: [],
  registrations: [],
  applications: [],
  ...o,
});

describe('the event report', () => {
  it.each([
    ['nothing yet', facts(), { employers: 0, vacancies: 0, headcount: 0, registered: 0, attended: 0, hired: 0 }],
    [
      'employers add their vacancies and headcount',
      facts({
        employers: [
          { employerId: 1, name: 'A', vacancies: 2, headcount: 12 },
          { employerId: 2, name: 'B', vacancies: 1, headcount: 5 },
        ],
      }),
      { employers: 2, vacancies: 3, headcount: 17 },
    ],
    [
      'a worker interviewed by two employers counts once',
      facts({ applications: [application(1, 1), application(1, 2, { offered: true, hired: true })] }),
      { interviewed: 1, offered: 1, hired: 1 },
    ],
    [
      'a meeting: the attendees typed in plus those checked in',
      facts({ header: header('meeting', 120), registrations: [registration(1, { attended: true }), registration(2)] }),
      { registered: 2, attended: 121 },
    ],
    [
      'attendees typed in count for meetings only',
      facts({ header: header('fair', 50), registrations: [registration(1, { attended: true })] }),
      { attended: 1 },
    ],
  ])('%s', (_, given, expected) => {
    expect(eventTotal(given)).toMatchObject(expected);
  });

  it('by employer: the workers who picked its vacancies and the applications on them', () => {
    const report = shapeEventReport(
      facts({
        employers: [
          { employerId: 1, name: 'A', vacancies: 1, headcount: 10 },
          { employerId: 2, name: 'B', vacancies: 1, headcount: 5 },
        ],
        registrations: [
          registration(1, { attended: true, employerIds: [1, 2] }),
          registration(2, { attended: true, employerIds: [2] }),
          registration(3, { employerIds: [1] }),
        ],
        applications: [application(1, 1, { hired: true, offered: true }), application(2, 2)],
      }),
    );
    expect(report.byEmployer.map((e) => [e.name, e.counts])).toEqual([
      [
        'A',
        { employers: 1, vacancies: 1, headcount: 10, registered: 2, attended: 1, interviewed: 1, offered: 1, hired: 1 },
      ],
      [
        'B',
        { employers: 1, vacancies: 1, headcount: 5, registered: 2, attended: 2, interviewed: 1, offered: 0, hired: 0 },
      ],
    ]);
  });

  it('by priority group: 1–4 people show as <5, 0 and 5 or more as they are; the total is not suppressed', () => {
    const poor = Array.from({ length: 6 }, (_, i) =>
      registration(i, { attended: i < 3, priorityGroups: ['poor', ...(i === 0 ? (['disability'] as const) : [])] }),
    );
    const report = shapeEventReport(
      facts({
        registrations: poor,
        applications: [application(0, 1, { hired: true, priorityGroups: ['poor', 'disability'] })],
      }),
    );
    const cells = Object.fromEntries(report.byPriorityGroup.map((g) => [g.group, g.cells]));
    expect(cells.poor).toEqual({ registered: 6, attended: '<5', interviewed: '<5', offered: 0, hired: '<5' });
    expect(cells.disability).toEqual({ registered: '<5', attended: '<5', interviewed: '<5', offered: 0, hired: '<5' });
    expect(cells.near_poor).toEqual({ registered: 0, attended: 0, interviewed: 0, offered: 0, hired: 0 });
    expect(report.total).toMatchObject({ registered: 6, attended: 3, interviewed: 1, hired: 1 });
  });

  it('CSV: a BOM, Vietnamese dates, text with commas and quotes quoted', () => {
    const report = shapeEventReport(facts());
    expect(eventReportCsv(report)[0]).toBe('\uFEFFEvent,"Phiên việc làm, ""tháng 11""",20/11/2026 08:00,fair');
    expect(eventsCsv([facts()])[1]).toBe(
      '7,2026-11-20,fair,held,"Phiên việc làm, ""tháng 11""",Xã Văn Lăng,0,0,0,0,0,0,0,0',
    );
  });
});
