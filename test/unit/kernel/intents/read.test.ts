import { describe, expect, it } from 'vitest';
import { intentReader, intentWords, MAX_INTENT_TEXT } from '../../../../src/kernel/intents/index.ts';
import { compilePhrase, phraseGap } from '../../../../src/kernel/intents/phrase.ts';

const read = intentReader([
  { id: 'find_job', phrases: ['tim viec', 'can viec lam', 'viec lam'] },
  { id: 'post', phrases: ['tim nguoi lam', 'dang tin tuyen dung', 'tuyen nguoi'] },
  { id: 'stop', phrases: ['khong nhan tin nua', 'dung gui'] },
  { id: 'alerts', phrases: ['nhan tin', 'doi nghe'] },
  { id: 'loan', phrases: ['vay von'] },
  { id: 'abroad', phrases: ['di nuoc ngoai'] },
]);

describe('intentWords: folded, with chat shorthands written out', () => {
  it.each([
    ['Có việc gì KO ad', ['co', 'viec', 'gi', 'khong', 'admin']],
    ['mk ko tìm dc vc', ['minh', 'khong', 'tim', 'duoc', 'viec']],
    ['xkld', ['xuat', 'khau', 'lao', 'dong']],
    ['  ', []],
  ])('%s', (text, words) => expect(intentWords(text)).toEqual(words));
});

describe('phraseGap: the words in order, close together, long words forgiving one slip', () => {
  it.each([
    ['tim viec', 'toi muon tim viec', 0],
    ['tim viec', 'tim giup em viec', 2],
    ['tim viec', 'tim giup cho em viec', -1],
    ['tim viec', 'viec tim', -1],
    ['tuyen dung', 'tuyn dung', 0],
    ['tuyen dung', 'tuyen dun', -1],
    ['viec lam', 'vie lam', -1],
    ['tim viec', 'tim gi viec tim viec', 0],
  ])('%s in "%s" → %i', (phrase, text, gap) => expect(phraseGap(compilePhrase(phrase), text.split(' '))).toBe(gap));
});

describe('intentReader', () => {
  it.each([
    ['tìm việc may ở Phổ Yên', { kind: 'one', id: 'find_job', clear: true }],
    ['việc làm', { kind: 'one', id: 'find_job', clear: true }],
    ['tim nguoi lam vuon', { kind: 'one', id: 'post', clear: true }],
    // the longer phrase wins: "nhan tin" (alerts) is inside "khong nhan tin nua" (stop)
    ['ko nhận tin nữa', { kind: 'one', id: 'stop', clear: true }],
    ['vay vốn', { kind: 'one', id: 'loan', clear: true }],
    // spread over two words: still read outside a flow, but not clear enough to leave a question
    ['tim giup em viec', { kind: 'one', id: 'find_job', clear: false }],
    ['xin chào', { kind: 'none' }],
    ['', { kind: 'none' }],
  ])('%s', (text, reading) => expect(read(text)).toEqual(reading));

  it('two intents alike are offered together; a much stronger one is read alone', () => {
    expect(read('tim viec hay tuyen nguoi')).toEqual({ kind: 'several', ids: ['find_job', 'post'] });
    expect(read('vay von di nuoc ngoai')).toEqual({ kind: 'one', id: 'abroad', clear: true });
  });

  it('reads nothing from null or from text longer than a request', () => {
    expect(read(null)).toEqual({ kind: 'none' });
    expect(read(`tim viec ${'a'.repeat(MAX_INTENT_TEXT)}`)).toEqual({ kind: 'none' });
  });

  it('refuses an intent declared twice', () => {
    expect(() =>
      intentReader([
        { id: 'a', phrases: ['x'] },
        { id: 'a', phrases: ['y'] },
      ]),
    ).toThrow(/twice/);
  });
});
