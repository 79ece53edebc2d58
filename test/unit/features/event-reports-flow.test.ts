import { describe, expect, it } from 'vitest';
import { DEFAULT_QUIET_HOURS } from '../../../src/kernel/quiet-hours.ts';
import type { Context } from '../../../src/features/event-reports/context.ts';
import { eventReportsFlow } from '../../../src/features/event-reports/flow.ts';
import { shapeEventReport, type EventHeader } from '../../../src/reporting/events-report.ts';
import { HOME_MENU } from '../../harness/home-menu.ts';

const fair: EventHeader = {
  id: 12,
  kind: 'fair',
  title: 'Phiên việc làm Phổ Yên',
  startsAt: new Date('2026-11-20T01:00:00Z'),
  status: 'announced',
  placeName: 'Phường Phổ Yên',
  village: null,
  attendeesReported: null,
};
const meeting: EventHeader = { ...fair, id: 13, kind: 'meeting', title: 'Họp thôn', village: 'Nà Mẩy' };
const report = shapeEventReport({
  header: fair,
  employers: [{ employerId: 1, name: 'A', vacancies: 2, headcount: 1200 }],
  registrations: Array.from({ length: 7 }, (_, i) => ({
    personId: i,
    attended: i < 6,
    employerIds: [1],
    priorityGroups: i < 6 ? (['poor'] as const) : (['disability'] as const),
  })),
  applications: [
    { personId: 0, employerId: 1, interviewed: true, offered: true, hired: true, priorityGroups: ['poor'] },
  ],
});
const context = (o: Partial<Context> = {}): Context => ({
  lang: 'vi',
  now: new Date('2026-11-21T03:00:00Z'),
  quietHours: DEFAULT_QUIET_HOURS,
  profile: null,
  employer: null,
  menu: HOME_MENU,
  official: true,
  events: [fair, meeting],
  report: null,
  ...o,
});
const STATE = { flow: 'event-reports', step: 'pick', data: {}, misses: 0 };
const text = (r: ReturnType<typeof eventReportsFlow.begin>) =>
  r.kind === 'miss' ? r.reprompt.text : r.replies.map((m) => m.text).join('\n');

describe('/phien', () => {
  it.each([
    ['not an official', context({ official: false }), 'done', 'dành cho cán bộ'],
    ['no event in the area', context({ events: [] }), 'done', 'Chưa có phiên việc làm'],
    ['events to pick', context(), 'continue', 'Bạn xem báo cáo phiên nào?'],
  ])('begins: %s', (_, given, kind, says) => {
    const result = eventReportsFlow.begin(given);
    expect(result.kind).toBe(kind);
    expect(text(result)).toContain(says);
  });

  it('lists the events as numbered choices, date first', () => {
    const result = eventReportsFlow.begin(context());
    expect(result.kind === 'continue' && result.replies[0]?.choices).toEqual([
      { id: 'phien.12', label: '20/11 Phiên việc làm Phổ Yên' },
      { id: 'phien.13', label: '20/11 Họp thôn' },
    ]);
  });

  it.each([
    ['a choice the loader read', { text: '1', choiceId: 'phien.12' }, context({ report }), 'done'],
    ['words that are no event', { text: 'abc', choiceId: null }, context(), 'miss'],
    ['an event the loader did not read', { text: '2', choiceId: 'phien.13' }, context({ report }), 'done'],
  ])('steps: %s', (_, input, given, kind) => {
    expect(eventReportsFlow.step(STATE, { ...input, choiceIds: [] }, given).kind).toBe(kind);
  });

  it('the report: five lines, thousands as Vietnamese write them, priority groups under 5 as "dưới 5"', () => {
    const result = eventReportsFlow.step(
      STATE,
      { text: '1', choiceId: 'phien.12', choiceIds: [] },
      context({ report }),
    );
    expect(text(result).split('\n')).toEqual([
      '📋 Phiên việc làm Phổ Yên, 20/11/2026 08:00, Phường Phổ Yên',
      'Nhà tuyển dụng: 1, vị trí: 2, chỉ tiêu: 1.200',
      'Đăng ký: 7, có mặt: 6',
      'Phỏng vấn: 1, được mời làm: 1, được tuyển: 1',
      'Nhóm ưu tiên (đăng ký/có mặt/được tuyển): Hộ nghèo 6/6/dưới 5; Người khuyết tật dưới 5/0/0',
    ]);
    const other = eventReportsFlow.step(STATE, { text: '2', choiceId: 'phien.13', choiceIds: [] }, context({ report }));
    expect(text(other)).toContain('Không đọc được phiên này');
  });
});
