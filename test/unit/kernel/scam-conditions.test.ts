import { describe, expect, it } from 'vitest';
import { collectWages, conditionEvidence } from '../../../src/kernel/scam/conditions.ts';
import { makeDoc } from '../../../src/kernel/scam/doc.ts';
import type { Condition } from '../../../src/kernel/scam/rules.ts';
import { parseWage } from '../../../src/kernel/wage/index.ts';

/** The figures in a post and the extra conditions of a rule (scam.test.ts covers them through scamReasons). */

describe('collectWages: the wage field, then every figure with a period in the text', () => {
  it.each<[text: string, field: string | null, found: string[]]>([
    ['Lương 500k/ngày, thưởng 2 triệu/tháng', null, ['500k/ngày', '2 triệu/tháng']],
    ['Thu nhập 2-3 triệu/ngày', null, ['2-3 triệu/ngày']],
    ['80 triệu mỗi tháng', null, ['80 triệu mỗi tháng']],
    ['Làm 100k/giờ', '8 triệu/tháng', ['8 triệu/tháng', '100k/giờ']],
    ['Không có con số', '8 triệu/tháng', ['8 triệu/tháng']],
    ['Lương 9 triệu', null, []], // no period
    ['Lương cao', null, []],
    ['500k/ngày.\nLàm ngay', null, ['500k/ngày']],
  ])('%j (field %j)', (text, field, found) => {
    const wages = collectWages(field === null ? null : parseWage(field), makeDoc([text]));
    expect(wages.map((w) => w.text)).toEqual(found);
    if (field !== null) expect(wages[0]?.start).toBe(-1);
  });

  it('finds the figures again in another document', () => {
    expect(collectWages(null, makeDoc(['600k/ngày'])).map((w) => w.text)).toEqual(['600k/ngày']);
    expect(collectWages(null, makeDoc(['600k/ngày'])).map((w) => w.text)).toEqual(['600k/ngày']);
  });
});

describe('conditionEvidence: what fulfils a condition, or null', () => {
  const COMMISSION: Condition = { pattern: /\bhoa hong\b/, accents: { hoa: 'hoa', hong: 'hồng' } };
  it.each<[name: string, text: string, field: string | null, condition: Condition, evidence: string | null]>([
    ['high pay in the text', 'Lương 600k/ngày', null, 'high_pay', '600k/ngày'],
    ['high pay in the field', 'Tuyển gấp', '25 triệu/tháng', 'high_pay', '25 triệu/tháng'],
    ['ordinary pay is not high', 'Lương 400k/ngày', '9 triệu/tháng', 'high_pay', null],
    ['high pay at the threshold', 'Lương 20 triệu/tháng', null, 'high_pay', '20 triệu/tháng'],
    ['a figure without a period is not pay', 'Thưởng 50 triệu', null, 'high_pay', null],
    ['daily pay from a figure', 'Lương 300k/ngày', null, 'daily_pay', '300k/ngày'],
    ['daily pay from words', 'Nhận lương cuối ngày', null, 'daily_pay', 'Nhận lương cuối ngày'],
    ['"lương ngày 5" is a pay date', 'Trả lương ngày 5 hàng tháng', null, 'daily_pay', null],
    ['monthly pay is not daily', 'Lương 9 triệu/tháng', null, 'daily_pay', null],
    ['another phrase', 'Hưởng hoa hồng cao', null, COMMISSION, 'hoa hồng'],
    ['another phrase, no tone mark', 'hoa hong 10%', null, COMMISSION, 'hoa hong'],
    ['another phrase, the wrong tone', 'Hoa hống', null, COMMISSION, null],
  ])('%s', (_name, text, field, condition, evidence) => {
    const doc = makeDoc([text]);
    const wages = collectWages(field === null ? null : parseWage(field), doc);
    expect(conditionEvidence(doc, condition, wages)).toBe(evidence);
  });
});
