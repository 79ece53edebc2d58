import { describe, expect, it } from 'vitest';
import { fold } from '../../../src/kernel/fold.ts';
import { accentFits, accentsFit } from '../../../src/kernel/scam/accents.ts';
import { makeDoc, originalSpan } from '../../../src/kernel/scam/doc.ts';
import {
  EVIDENCE_MAX_CHARS,
  findPhrase,
  firstPhrase,
  type Phrase,
  tidyEvidence,
} from '../../../src/kernel/scam/text.ts';

/** The scam shield's text engine, piece by piece (scam.test.ts covers it through scamReasons). */

describe('makeDoc: folded text', () => {
  it.each([
    ['accents off, lowercase', ['Đặt CỌC 600.000đ'], 'dat coc 600 000d'],
    ['decomposed (NFD) like precomposed', ['Đặt cọc'.normalize('NFD')], 'dat coc'],
    ['a sentence break stays a line break', ['Việc nhẹ. Lương cao'], 'viec nhe\nluong cao'],
    ['"!", "?", ";", "|", "•", "…" break too', ['a! b? c; d | e • f… g'], 'a\nb\nc\nd\ne\nf\ng'],
    ['"." at the end of the text breaks', ['Lương cao.', 'x'], 'luong cao\nx'],
    ['"." inside a figure, a link or a name does not', ['600.000đ t.me/abc Co.,Ltd'], '600 000d t me abc co ltd'],
    ['the fields are joined by a break', ['Tiêu đề', 'Mô tả', 'Liên hệ'], 'tieu de\nmo ta\nlien he'],
    ['a run of separators is one gap; a break wins', ['a , ! b -- c'], 'a\nb c'],
    ['separators at the ends are dropped', ['  ...Tuyển!  ', ''], 'tuyen'],
    ['apostrophes vanish', ["B’Lao B'Lao"], 'blao blao'],
    ['full-width digits and letters fold', ['５ ＴＲ'], '5 tr'],
    ['emoji are gaps', ['👍ok👍'], 'ok'],
    ['nothing to fold', ['', '  '], ''],
  ])('%s', (_name, fields, folded) => {
    const doc = makeDoc(fields);
    expect(doc.folded).toBe(folded);
    expect(doc.original).toBe(fields.map((f) => f.normalize('NFC')).join('\n'));
    // the promise in doc.ts: with "\n" read as " ", the same as fold()
    expect(doc.folded.replace(/\n/g, ' ')).toBe(fold(doc.original));
    expect(doc.starts).toHaveLength(doc.folded.length);
    expect(doc.ends).toHaveLength(doc.folded.length);
  });
});

describe('originalSpan: a folded stretch quoted as written', () => {
  it.each([
    ['Đặt CỌC 600.000đ nhé', 'coc 600 000d', 'CỌC 600.000đ'],
    ['Đặt cọc'.normalize('NFD'), 'dat coc', 'Đặt cọc'],
    ['Liên hệ: t.me/ABC_xyz', 'lien he', 'Liên hệ'],
    ['phí  --  hồ sơ', 'phi ho so', 'phí  --  hồ sơ'],
    ['Lương cao. Việc nhẹ', 'cao\nviec', 'cao. Việc'],
    ['５ triệu', '5 trieu', '５ triệu'],
    ['Mc’Donald’s', 'mcdonalds', 'Mc’Donald’s'],
  ])('%j: %j → %j', (text, stretch, quoted) => {
    const doc = makeDoc([text]);
    const at = doc.folded.indexOf(stretch);
    expect(at).toBeGreaterThanOrEqual(0);
    const span = originalSpan(doc, at, at + stretch.length);
    expect(doc.original.slice(span.start, span.end)).toBe(quoted);
  });
});

describe('accentFits: a written word against the accented form a rule means', () => {
  it.each([
    // written without a tone mark: fits when its marks are a subset of the form's
    ['dat', 'đặt', true],
    ['đat', 'đặt', true],
    ['DAT', 'đặt', true],
    ['coc', 'cọc', true],
    ['nhat', 'nhật', true],
    ['don', 'đơn', true],
    ['đông', 'đóng', false], // the circumflex is not the form's
    ['đi', 'di', false], // "đ" only fits "đ"
    // written with a tone mark: exactly the form's marks
    ['đặt', 'đặt', true],
    ['ĐẶT', 'đặt', true],
    ['Cọc', 'cọc', true],
    ['Nhật', 'nhật', true],
    ['cốc', 'cọc', false], // cup, not deposit
    ['đồng', 'đóng', false], // coin, not pay
    ['nhặt', 'nhật', false], // pick up, not Japan
    ['đạt', 'đặt', false],
    ['dặt', 'đặt', true], // "d" fits "đ"
    ['đặ', 'đặt', false], // a different length
    ['đặt'.normalize('NFD'), 'đặt', true],
  ])('%j fits %j: %s', (written, form, fits) => {
    expect(accentFits(written, form)).toBe(fits);
  });
});

describe('accentsFit: every word the map names fits its form', () => {
  const deposit = { dat: 'đặt', coc: 'cọc' };
  it.each([
    ['Đặt cọc', deposit, true],
    ['dat coc', deposit, true],
    ['ĐẶT CỌC', deposit, true],
    ['đặt cốc', deposit, false],
    ['Đặt cọc trước', deposit, true], // words the map does not name are free
    ['', deposit, true],
    ['đồng tiền', { dong: 'đóng', tien: 'tiền' }, false],
    ['đóng tiền', { dong: 'đóng', tien: 'tiền' }, true],
  ])('%j: %s', (text, accents, fits) => {
    expect(accentsFit(text, accents)).toBe(fits);
  });
});

const DEPOSIT: Phrase = { pattern: /\bdat coc\b/, accents: { dat: 'đặt', coc: 'cọc' }, amount: 'optional' };
const BARE_DEPOSIT: Phrase = {
  pattern: /\bcoc\b/,
  accents: { coc: 'cọc' },
  amount: 'required',
  notBefore: /\b(?:ep|khoan) $/,
  notAfter: /^ (?:ngay|thang)\b/,
};
const FILE_FEE: Phrase = { pattern: /\bphi (?:ho so|gioi thieu)\b/, accents: { phi: 'phí' }, amount: 'optional' };
const FEE_AMOUNT: Phrase = {
  pattern: /\bphi\b/,
  accents: { phi: 'phí' },
  amount: 'required',
  notBefore: /\b(?:chi|mien) $/,
};

describe('findPhrase: the first acceptable match, quoted as written', () => {
  it.each<[name: string, text: string, phrase: Phrase, negatable: boolean, quoted: string | null]>([
    ['a phrase', 'Cần Đặt cọc ngay', DEPOSIT, false, 'Đặt cọc'],
    ['without accents', 'can dat coc ngay', DEPOSIT, false, 'dat coc'],
    ['whole words only', 'datcoc 500k', DEPOSIT, false, null],
    ['not across a sentence break', 'Cần đặt. Cọc 500k', DEPOSIT, false, null],
    ['across a comma', 'Cần đặt, cọc', DEPOSIT, false, 'đặt, cọc'],
    ['the wrong accent', 'Mua cốc 300k', BARE_DEPOSIT, false, null],
    // the amount
    ['an amount right after is quoted', 'Đặt cọc 600k để giữ chỗ', DEPOSIT, false, 'Đặt cọc 600k'],
    ['up to two words before the amount', 'Đặt cọc trước là 600.000đ nhé', DEPOSIT, false, 'Đặt cọc trước là 600.000đ'],
    [
      'an amount a few words later, for evidence',
      'Phí giới thiệu việc làm 500k',
      FILE_FEE,
      false,
      'Phí giới thiệu việc làm 500k',
    ],
    ['a bare number a few words later is not an amount', 'Phí hồ sơ nộp trước 30', FILE_FEE, false, 'Phí hồ sơ'],
    ['a required amount', 'Yêu cầu cọc 300k', BARE_DEPOSIT, false, 'cọc 300k'],
    ['a required amount missing', 'Yêu cầu cọc trước', BARE_DEPOSIT, false, null],
    ['zero is no amount', 'phí 0đ', FEE_AMOUNT, false, null],
    ['"2 triệu", "1tr5"', 'phí 2 triệu, cọc 1tr5', FEE_AMOUNT, false, 'phí 2 triệu'],
    // the words around it
    ['notBefore', 'Ép cọc 500k', BARE_DEPOSIT, false, null],
    ['notAfter, read after the amount', 'Cọc 500k/ngày', BARE_DEPOSIT, false, null],
    ['a rejected match does not hide a later one', 'chi phí 500k, phí 300k', FEE_AMOUNT, false, 'phí 300k'],
    // negation, only when the rule is negatable
    ['a negation before', 'Không thu phí hồ sơ', FILE_FEE, true, null],
    ['a negation before, not negatable', 'Không thu phí hồ sơ', FILE_FEE, false, 'phí hồ sơ'],
    ['a negation with fillers', 'Công ty không yêu cầu bất kỳ khoản phí hồ sơ', FILE_FEE, true, null],
    ['a negation through a list', 'Không yêu cầu đặt cọc hay phí hồ sơ', FILE_FEE, true, null],
    ['support cancels a fee', 'Hỗ trợ 100% phí hồ sơ', FILE_FEE, true, null],
    ['"0đ" after', 'Phí hồ sơ: 0đ', FILE_FEE, true, null],
    ['"không" after', 'Đặt cọc: không', DEPOSIT, true, null],
    ['the company pays', 'Phí hồ sơ do công ty chi trả', FILE_FEE, true, null],
    ['"không hoàn lại" is no negation', 'Đặt cọc không hoàn lại', DEPOSIT, true, 'Đặt cọc'],
    ['a negation in another sentence', 'Không bao ăn. Phí hồ sơ 200k', FILE_FEE, true, 'Phí hồ sơ 200k'],
  ])('%s', (_name, text, phrase, negatable, quoted) => {
    expect(findPhrase(makeDoc([text]), phrase, negatable)?.text ?? null).toBe(quoted);
  });

  it('gives the offset in the original text', () => {
    const doc = makeDoc(['Tuyển gấp', 'Cần đặt cọc']);
    expect(findPhrase(doc, DEPOSIT, false)).toEqual({ start: 'Tuyển gấp\nCần '.length, text: 'đặt cọc' });
  });

  it('finds the same phrase again in another document', () => {
    expect(findPhrase(makeDoc(['x đặt cọc']), DEPOSIT, false)?.text).toBe('đặt cọc');
    expect(findPhrase(makeDoc(['đặt cọc']), DEPOSIT, false)?.text).toBe('đặt cọc');
  });
});

describe('firstPhrase: the earliest match of any phrase', () => {
  const TELEGRAM: Phrase = { pattern: /\btelegram\b/ };
  const ZALO: Phrase = { pattern: /\bzalo\b/ };
  it.each<[text: string, phrases: Phrase[], quoted: string | null]>([
    ['Nhắn Zalo hoặc Telegram', [TELEGRAM, ZALO], 'Zalo'],
    ['Telegram hoặc Zalo', [ZALO, TELEGRAM], 'Telegram'],
    ['Gọi điện', [TELEGRAM, ZALO], null],
    ['Zalo', [], null],
  ])('%j', (text, phrases, quoted) => {
    expect(firstPhrase(makeDoc([text]), phrases)?.text ?? null).toBe(quoted);
  });
});

describe('tidyEvidence', () => {
  const long = 'a'.repeat(EVIDENCE_MAX_CHARS + 1);
  it.each([
    ['  Đặt\n cọc\t 600k ', 'Đặt cọc 600k'],
    ['Đặt cọc'.normalize('NFD'), 'Đặt cọc'],
    ['', ''],
    ['a'.repeat(EVIDENCE_MAX_CHARS), 'a'.repeat(EVIDENCE_MAX_CHARS)],
    [long, `${'a'.repeat(EVIDENCE_MAX_CHARS - 1)}…`],
    [`${'a'.repeat(EVIDENCE_MAX_CHARS - 2)} bcd`, `${'a'.repeat(EVIDENCE_MAX_CHARS - 2)}…`], // no space before "…"
    ['👍'.repeat(EVIDENCE_MAX_CHARS), '👍'.repeat(EVIDENCE_MAX_CHARS)], // characters, not UTF-16 units
  ])('%j', (text, tidied) => {
    expect(tidyEvidence(text)).toBe(tidied);
  });
});
