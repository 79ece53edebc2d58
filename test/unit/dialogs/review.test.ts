import { describe, expect, it } from 'vitest';
import type { FlowContext, PendingVacancy } from '../../../src/dialogs/engine/types.ts';
import { reviewFlow } from '../../../src/dialogs/flows/review.ts';
import { lastMessage, render, walkFlow } from './flow-walk.ts';

const NOW = new Date('2026-11-20T03:00:00Z');
const vacancy = (id: number, title: string, reasons: PendingVacancy['scamReasons'] = []): PendingVacancy => ({
  id, employerName: 'Công ty TNHH May Phổ Yên', employerVerified: id % 2 === 0, title, occupation: 'garment', communeCode: '05443',
  headcount: 10, wageRaw: '7-9 triệu/tháng', requirements: null, deadline: '2026-12-31', contact: '0208 3850 123', scamReasons: reasons,
});
const QUEUE = [vacancy(1, 'Công nhân may'), vacancy(2, 'Phụ bếp', [{ code: 'asks_money', evidence: 'đặt cọc 300k' }])];
const official = (queue: PendingVacancy[] = QUEUE, lang: 'vi' | 'en' = 'vi'): FlowContext => ({
  lang, now: NOW, profile: null, roles: [{ role: 'official', regionCode: '19' }], reviewQueue: queue,
});

describe('review flow (/duyet)', () => {
  it('refuses anyone without an official or admin role', () => {
    const walk = walkFlow(reviewFlow, [], { lang: 'vi', now: NOW, profile: null, roles: [{ role: 'employer', regionCode: null }], reviewQueue: QUEUE });
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
    expect(walk.effects).toEqual([{ kind: 'decide_vacancy', vacancyId: 2, decision: 'reject', reason: 'Đòi tiền cọc của người lao động' }]);
    expect(walk.results.filter((r) => r.kind === 'miss')).toHaveLength(2);
    expect(render(walk.messages[2]!)).toContain('Gõ 1 để duyệt, 2 để từ chối, 3 để bỏ qua.');
    expect(walk.final.kind).toBe('done');
  });

  it('renders in English', () => {
    expect(render(lastMessage(walkFlow(reviewFlow, [], official(QUEUE, 'en'))))).toMatch(/Waiting for review \(1\/2\)[\s\S]*1\. Approve\n2\. Reject\n3\. Skip/);
  });
});
