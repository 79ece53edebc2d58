import { describe, expect, it } from 'vitest';
import { OCCUPATIONS } from '../../../src/kernel/occupations/index.ts';
import { FILLERS, findLoneWord } from '../../../src/kernel/occupations/lone-words.ts';
import { seededRandom } from '../../harness/seeded-random.ts';

/**
 * findLoneWord on the inputs that made it quadratic (issue 11: a 4,096-character "a a a …" answer took ~0.4 s of
 * CPU): the same answers as the straightforward scan it replaced, and a number of token reads linear in the length.
 */

/** The scan it replaced, kept as the definition: every lone word at every place, all other words fillers. */
function reference(tokens: readonly string[]): ReturnType<typeof findLoneWord> {
  for (const o of OCCUPATIONS) {
    for (const phrase of o.loneWords) {
      const wanted = phrase.split(' ');
      for (let at = 0; at + wanted.length <= tokens.length; at++) {
        const inside = wanted.every((t, k) => tokens[at + k] === t);
        const outsideAreFillers = tokens.every((t, i) => (i >= at && i < at + wanted.length) || FILLERS.has(t));
        if (inside && outsideAreFillers) return { key: o.key, phrase, at };
      }
    }
  }
  return undefined;
}

const many = (token: string, n: number): string[] => Array.from({ length: n }, () => token);
const LONE = OCCUPATIONS.flatMap((o) => o.loneWords)
  .join(' ')
  .split(' ');

describe('findLoneWord', () => {
  it.each([
    ['nothing', [], undefined],
    ['2,048 × "a" (all fillers)', many('a', 2048), undefined],
    ['2,000 fillers, then "han"', [...many('lam', 2000), 'han'], { key: 'mechanic_welding', phrase: 'han', at: 2000 }],
    ['"han", then 2,000 fillers', ['han', ...many('a', 2000)], { key: 'mechanic_welding', phrase: 'han', at: 0 }],
    [
      '"co khi" between 1,000 fillers each side',
      [...many('a', 1000), 'co', 'khi', ...many('a', 1000)],
      { key: 'mechanic_welding', phrase: 'co khi', at: 1000 },
    ],
    [
      '2,000 × "co" (a filler that starts "co khi"), then "khi"',
      [...many('co', 2000), 'khi'],
      { key: 'mechanic_welding', phrase: 'co khi', at: 1999 },
    ],
    ['"co khi" repeated', [...many('co khi', 500).join(' ').split(' ')], undefined],
    ['every lone word, repeated', [...many(LONE.join(' '), 300).join(' ').split(' ')], undefined],
    ['"han han"', ['han', 'han'], undefined],
    ['"dien" among fillers and a word that is not one', ['em', 'lam', 'dien', 'tu'], undefined],
    ['"kho" with fillers both sides', ['em', 'lam', 'kho', 'a'], { key: 'warehouse', phrase: 'kho', at: 2 }],
  ] as const)('%s', (_, tokens, expected) => {
    expect(findLoneWord(tokens)).toEqual(expected);
    expect(reference(tokens)).toEqual(expected);
  });

  it('answers as the scan it replaced on 3,000 random token lists', () => {
    const random = seededRandom(11);
    const vocabulary = [...FILLERS, ...LONE, 'khi', 'may', 'ho', 'xyz', 'han', 'co'];
    for (let n = 0; n < 3000; n++) {
      const tokens = Array.from(
        { length: Math.floor(random() * 10) },
        () => vocabulary[Math.floor(random() * vocabulary.length)]!,
      );
      expect(findLoneWord(tokens), tokens.join(' ')).toEqual(reference(tokens));
    }
  });

  it.each([
    ['all fillers', many('a', 1024)],
    ['fillers, then a lone word', [...many('lam', 1023), 'han']],
    ['fillers around "co khi"', [...many('co', 512), 'khi', ...many('a', 511)]],
    ['lone words only', many('dien', 1024)],
  ])('reads each token a few times, not once per place (%s)', (_, tokens) => {
    let reads = 0;
    const counted = new Proxy(tokens, {
      get(target, key, receiver) {
        if (typeof key === 'string' && /^\d+$/.test(key)) reads += 1;
        return Reflect.get(target, key, receiver);
      },
    });
    findLoneWord(counted);
    // One pass to find the words that are not fillers, then at most one pass per lone word: linear.
    expect(reads).toBeLessThanOrEqual(16 * tokens.length);
  });
});
