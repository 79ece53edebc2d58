import { describe, expect, it } from 'vitest';
import { editDistanceWithin } from '../../../src/kernel/edit-distance.ts';

describe('editDistanceWithin', () => {
  it.each([
    ['huong dan', 'huong dan', 2, 0],
    ['huong dn', 'huong dan', 2, 1], // a letter left out
    ['huongg dan', 'huong dan', 2, 1], // one too many
    ['huonf dan', 'huong dan', 2, 1], // a wrong key
    ['huogn dan', 'huong dan', 2, 1], // two neighbours swapped
    ['houng dna', 'huong dan', 2, 2],
    ['abc', 'xyz', 1, 2], // beyond the limit: limit + 1
    ['a', 'abcd', 1, 2], // lengths too far apart: not computed
    ['', '', 1, 0],
    ['', 'ab', 2, 2],
  ])('%j ~ %j within %i: %i', (a, b, limit, expected) => {
    expect(editDistanceWithin(a, b, limit)).toBe(expected);
  });

  it('gives up on long texts instead of comparing them', () => {
    expect(editDistanceWithin('a'.repeat(4096), 'a'.repeat(4096), 2)).toBe(3);
  });
});
