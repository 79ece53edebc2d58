import { describe, expect, it } from 'vitest';
import { DIGEST_SIZE, rankDigest, type DigestItem } from '../../../../src/messaging/schedule/digest-ranking.ts';

const item = (vacancyId: number, score: number, approved: string | null): DigestItem => ({
  vacancyId,
  score,
  approvedAt: approved ? new Date(approved) : null,
});

describe('rankDigest: top 5 by score, then freshness', () => {
  it.each([
    ['empty', [], [], 0],
    ['score first', [item(1, 0.2, '2026-11-20'), item(2, 0.9, '2026-11-01'), item(3, 0.5, '2026-11-10')], [2, 3, 1], 0],
    [
      'same score: newest approval first',
      [item(1, 1, '2026-11-01'), item(2, 1, '2026-11-20'), item(3, 1, '2026-11-10')],
      [2, 3, 1],
      0,
    ],
    [
      'same score, no approval time: last, then newest id',
      [item(1, 1, null), item(2, 1, '2026-11-01'), item(3, 1, null)],
      [2, 3, 1],
      0,
    ],
    [
      'seven: five shown, two more',
      [
        item(1, 1, '2026-11-01'),
        item(2, 3, '2026-11-01'),
        item(3, 2, '2026-11-01'),
        item(4, 5, '2026-11-01'),
        item(5, 4, '2026-11-01'),
        item(6, 0, '2026-11-20'),
        item(7, 2, '2026-11-02'),
      ],
      [4, 5, 2, 7, 3],
      2,
    ],
    [
      'a vacancy twice counts once, at its best',
      [item(1, 0.1, '2026-11-01'), item(2, 0.5, '2026-11-01'), item(1, 0.9, '2026-11-01')],
      [1, 2],
      0,
    ],
  ] as const)('%s', (_, items, shown, more) => {
    const ranked = rankDigest(items);
    expect(ranked.shown.map((i) => i.vacancyId)).toEqual(shown);
    expect(ranked.more).toBe(more);
  });

  it(`shows ${DIGEST_SIZE} at most and does not change its input`, () => {
    const items = Array.from({ length: 12 }, (_, i) => item(i + 1, i % 3, `2026-11-${String(i + 1).padStart(2, '0')}`));
    const copy = [...items];
    const ranked = rankDigest(items);
    expect(ranked.shown).toHaveLength(DIGEST_SIZE);
    expect(ranked.more).toBe(7);
    expect(items).toEqual(copy);
  });
});
