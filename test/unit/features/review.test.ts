import { describe, expect, it } from 'vitest';

import type { PendingVacancy } from '../../../src/db/vacancy-review.ts';
import { reviewFlow } from '../../../src/features/review/flow.ts';
import { lastMessage, render, walkFlow } from '../engine/flow-walk.ts';
import { DEFAULT_QUIET_HOURS } from '../../../src/kernel/quiet-hours.ts';
import type { Context } from '../../../src/features/review/context.ts';
import { HOME_MENU } from '../../harness/home-menu.ts';

const NOW = new Date('2026-11-20T03:00:00Z');
const vacancy = (id: number, title: string, reasons: PendingVacancy['scamReasons'] = []): PendingVacancy => ({
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
  scamReasons: reasons,
});
const QUEUE = [vacancy(1, 'Công nhân may'), vacancy(2, 'Phụ bếp', [{ code: 'asks_money', evidence: 'đặt cọc 300k' }])];
const official = (queue: PendingVacancy[] = QUEUE, lang: 'vi' | 'en' = 'vi'): Context => ({
  lang,
  now: NOW,
  quietHours: DEFAULT_QUIET_HOURS,
  employer: null,
  menu: HOME_MENU,
  profile: null,
  roles: [{ role: 'official', regionCode: '19' }],
  reviewQueue: queue,
});

describe('review flow (/duyet)', () => {
  it('refuses anyone without an official or admin role', () => {
    const walk = walkFlow(reviewFlow, [], {
      lang: 'vi',
      now: NOW,
      quietHours: DEFAULT_QUIET_HOURS,
      employer: null,
      menu: HOME_MENU,
      profile: null,
      roles: [{ role: 'employer', regionCode: null }],
      reviewQueue: QUEUE,
    });
    expect(walk.final.kind).toBe('done');
    expect(render(lastMessage(walk))).toContain('dành cho cán bộ');
  });

  it('says when nothing waits', () => {
    expect(render(lastMessage(walkFlow(reviewFlow, [], official([]))))).toContain('Không có tin nào chờ duyệt');
  });

  it('approves with one answer and shows the next card with its risk signs', () => {
    const walk = walkFlow(reviewFlow, ['1'], official());
    expect(walk.effects).toEqual([{ kind: 'decide_vacancy', vacancyId: 1, decision: 'approve', reason: null }]);
    expect(render(lastMessage(walk))).toContain('⚠️ Dấu hiệu rủi ro: yêu cầu nộp tiền ("đặt cọc 300k")');
    expect(walk.sent).toBeLessThanOrEqual(3);
  });

  it('skips, rejects with a typed reason, and misses with an example', () => {
    const walk = walkFlow(reviewFlow, ['3', 'duyet di', '2', 'ok', 'Đòi tiền cọc của người lao động'], official());
    expect(walk.effects).toEqual([
      { kind: 'decide_vacancy', vacancyId: 2, decision: 'reject', reason: 'Đòi tiền cọc của người lao động' },
    ]);
    expect(walk.results.filter((r) => r.kind === 'miss')).toHaveLength(2);
    expect(render(walk.messages[2]!)).toContain('Gõ 1 để duyệt, 2 để từ chối, 3 để bỏ qua.');
    expect(walk.final.kind).toBe('done');
  });

  it('offers to verify an unverified employer (4), shows the same card marked verified, then approves with 1', () => {
    const first = walkFlow(reviewFlow, [], official());
    expect(render(lastMessage(first))).toMatch(
      /Tin chờ duyệt \(1\/2\) — Công ty TNHH May Phổ Yên, chưa xác minh[\s\S]*1\. Duyệt\n2\. Từ chối\n3\. Bỏ qua\n4\. Xác minh doanh nghiệp/,
    );
    const walk = walkFlow(reviewFlow, ['4', '1'], official());
    expect(walk.effects).toEqual([
      { kind: 'verify_employer', vacancyId: 1 },
      { kind: 'decide_vacancy', vacancyId: 1, decision: 'approve', reason: null },
    ]);
    expect(walk.messages[1]).toEqual({ text: '✅ Đã xác minh doanh nghiệp: Công ty TNHH May Phổ Yên.' });
    const again = render(walk.messages[2]!);
    expect(again).toContain('Tin chờ duyệt (1/2) — Công ty TNHH May Phổ Yên, đã xác minh');
    expect(again).toContain('Công nhân may — Công ty TNHH May Phổ Yên ✅ Đã xác minh');
    expect(again).not.toContain('4. Xác minh');
    expect(walk.results[1]).toMatchObject({ kind: 'continue', state: { step: 'card', data: { current: 1 } } });
  });

  it('does not offer verifying a verified employer; a miss names the choices shown', () => {
    const verifiedFirst = official([vacancy(2, 'Phụ bếp'), vacancy(1, 'Công nhân may')]);
    const walk = walkFlow(reviewFlow, ['4'], verifiedFirst);
    expect(render(walk.messages[0]!)).not.toContain('Xác minh doanh nghiệp');
    expect(walk.final).toMatchObject({ kind: 'miss', reprompt: { text: 'Gõ 1 để duyệt, 2 để từ chối, 3 để bỏ qua.' } });
    expect(walk.effects).toEqual([]);
    const unverified = walkFlow(reviewFlow, ['xyz'], official());
    expect(unverified.final).toMatchObject({
      kind: 'miss',
      reprompt: { text: 'Gõ 1 để duyệt, 2 để từ chối, 3 để bỏ qua, 4 để xác minh doanh nghiệp.' },
    });
  });

  it('a verify button pressed again once the employer is verified only shows the card', () => {
    const walk = walkFlow(reviewFlow, [{ choiceId: 'review.verify' }], official([vacancy(2, 'Phụ bếp')]));
    expect(walk.effects).toEqual([]);
    expect(walk.final.kind).toBe('continue');
    expect(render(lastMessage(walk))).toContain('đã xác minh');
  });

  it('renders in English', () => {
    expect(render(lastMessage(walkFlow(reviewFlow, [], official(QUEUE, 'en'))))).toMatch(
      /Waiting for review \(1\/2\)[\s\S]*1\. Approve\n2\. Reject\n3\. Skip/,
    );
  });
});
