import { describe, expect, it } from 'vitest';
import { decide, type EngineInput } from '../../../src/engine/decide.ts';
import type { Context } from '../../../src/features/events/context.ts';
import { REGISTRY } from '../../../src/features/index.ts';
import { DEFAULT_QUIET_HOURS } from '../../../src/kernel/quiet-hours.ts';
import type { Audience, RoleGrant } from '../../../src/kernel/roles.ts';

/** /taophien asked for in words: officials and admins get its first question, anyone else the job-fair pointer. */
const person = (roles: RoleGrant[], audiences: Audience[]): Context => ({
  lang: 'vi',
  now: new Date('2026-12-07T03:00:00Z'),
  quietHours: DEFAULT_QUIET_HOURS,
  employer: null,
  menu: REGISTRY.menu,
  profile: null,
  audiences,
  roles,
  eventAudience: null,
});
const official = person([{ role: 'official', regionCode: '19' }], ['worker', 'official']);
const admin = person([{ role: 'admin', regionCode: null }], ['worker', 'official']);
const worker = person([], ['worker']);
const said = (text: string): EngineInput => ({ text, choiceId: null, lastChoices: null, stopped: false });

describe('creating an event in words', () => {
  it.each([
    ['tạo phiên giao dịch việc làm', official],
    ['tao phien viec lam', official],
    ['tổ chức hội chợ việc làm', admin],
    ['mở phiên tuyển dụng', official],
    ['Create a job fair', admin],
  ])('"%s" from an official opens /taophien at its first question', (text, context) => {
    const decision = decide(null, said(text), context, REGISTRY);
    expect(decision.state).toMatchObject({ flow: 'events', step: 'kind' });
  });

  it.each(['tổ chức hội chợ việc làm', 'khi nào tổ chức hội chợ việc làm', 'mo phien tuyen dung'])(
    '"%s" from a worker gets the job-fair pointer, not the official refusal',
    (text) => {
      const decision = decide(null, said(text), worker, REGISTRY);
      expect(decision.state).toBeNull();
      expect(decision.replies[0]?.text).toMatch(/^Phiên giao dịch việc làm: Trung tâm Dịch vụ việc làm tổ chức/);
    },
  );
});
