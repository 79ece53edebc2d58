import { describe, expect, it } from 'vitest';
import { withoutMentions } from '../../../src/kernel/person-mentions.ts';

const MAI = { fullName: 'Lò Thị Mai', phoneE164: '+84912345678' };

describe('withoutMentions', () => {
  it.each([
    // the applicants' list and /ketqua labels, as the flows write them
    ['Lò Thị Mai, 0912 345 678 — Đã quan tâm', '…, … — Đã quan tâm'],
    ['Thợ may — Xưởng Phổ Yên — Lò Thị Mai (Đã quan tâm)', 'Thợ may — Xưởng Phổ Yên — … (Đã quan tâm)'],
    // every spelling of the number
    ['SĐT 0912345678', 'SĐT …'],
    ['SĐT +84912345678', 'SĐT …'],
    ['SĐT +84 912 345 678', 'SĐT …'],
    ['SĐT 84912345678', 'SĐT …'],
    ['SĐT 0912.345.678', 'SĐT …'],
    ['SĐT 0912-345-678', 'SĐT …'],
    // the name in another letter case, or decomposed (NFD)
    ['LÒ THỊ MAI', '…'],
    ['lò thị mai', '…'],
    ['Lo\u0300 Thi\u0323 Mai', '…'],
    // someone else's number and a wage stay
    ['Người lao động 3, 0987 654 321', 'Người lao động 3, 0987 654 321'],
    ['Lương 8.500.000 đồng', 'Lương 8.500.000 đồng'],
    ['Người lao động 3 — Đã quan tâm', 'Người lao động 3 — Đã quan tâm'],
  ])('%j → %j', (text, expected) => {
    expect(withoutMentions(text, MAI)).toBe(expected);
  });

  it('leaves text alone for a person with neither name nor phone, and reads a name with brackets literally', () => {
    expect(withoutMentions('Lò Thị Mai', { fullName: null, phoneE164: null })).toBe('Lò Thị Mai');
    expect(withoutMentions('A (B) và A (B)', { fullName: 'A (B)', phoneE164: null })).toBe('… và …');
    expect(withoutMentions('Mai', { fullName: '   ', phoneE164: null })).toBe('Mai');
  });
});
