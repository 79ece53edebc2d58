/**
 * Which of a digest's vacancies are shown: the best DIGEST_SIZE by match score (the fan-out's), then the freshest
 * (approved most recently), then the newest id; the rest are counted ("còn N việc nữa"). Pure.
 */
export const DIGEST_SIZE = 5;

export interface DigestItem {
  vacancyId: number;
  /** The match quality the fan-out gave the alert (higher is better). */
  score: number;
  /** When the vacancy was approved (null for one never approved in chat: treated as oldest). */
  approvedAt: Date | null;
}

export function compareDigestItems(a: DigestItem, b: DigestItem): number {
  if (a.score !== b.score) return b.score - a.score;
  const freshA = a.approvedAt?.getTime() ?? Number.NEGATIVE_INFINITY;
  const freshB = b.approvedAt?.getTime() ?? Number.NEGATIVE_INFINITY;
  if (freshA !== freshB) return freshB > freshA ? 1 : -1;
  return b.vacancyId - a.vacancyId;
}

export function rankDigest<T extends DigestItem>(
  items: readonly T[],
  size = DIGEST_SIZE,
): { shown: T[]; more: number } {
  // One line per vacancy, however many alerts carried it (the best one counts).
  const seen = new Set<number>();
  const sorted = [...items]
    .sort(compareDigestItems)
    .filter((item) => !seen.has(item.vacancyId) && seen.add(item.vacancyId));
  return { shown: sorted.slice(0, size), more: Math.max(0, sorted.length - size) };
}
