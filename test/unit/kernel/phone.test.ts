import { describe, expect, it } from 'vitest';
import { OLD_PREFIX_TO_NEW, findPhoneNumbers, maskPhone, normalizePhone } from '../../../src/kernel/phone.ts';

describe('normalizePhone: written forms of one number', () => {
  it.each([
    '0912345678',
    '0912 345 678',
    '091.234.5678',
    '0912-345-678',
    '84912345678',
    '84 91 234 5678',
    '0084912345678',
    '+84912345678',
    '(+84) 91 234 5678',
    '+84 (0) 912 345 678',
    '+840912345678',
    '840912345678',
    '00840912345678',
    '  0912\u00a0345\u00a0678  ',
    '０９１２３４５６７８', // full-width digits
  ])('%j → +84912345678', (input) => {
    expect(normalizePhone(input)).toEqual({
      kind: 'valid',
      e164: '+84912345678',
      national: '0912345678',
    });
  });
});

describe('normalizePhone: allocated prefixes are valid', () => {
  it.each([
    '032',
    '033',
    '034',
    '035',
    '036',
    '037',
    '038',
    '039',
    '056',
    '058',
    '059',
    '070',
    '076',
    '077',
    '078',
    '079',
    '081',
    '082',
    '083',
    '084',
    '085',
    '086',
    '087',
    '088',
    '090',
    '091',
    '092',
    '093',
    '094',
    '095',
    '096',
    '097',
    '098',
    '099',
  ])('%s1234567', (prefix) => {
    const national = `${prefix}1234567`;
    expect(normalizePhone(national)).toEqual({
      kind: 'valid',
      e164: `+84${national.slice(1)}`,
      national,
    });
  });
});

describe('normalizePhone: real prefixes the metadata misses → confirm', () => {
  it.each([
    ['0891234567', '+84891234567'],
    ['0521234567', '+84521234567'],
    ['0551234567', '+84551234567'],
    ['089 123 4567', '+84891234567'],
    ['+84 52 123 4567', '+84521234567'],
    ['0992234567', '+84992234567'], // 0992… is outside the metadata's 099 ranges
  ])('%j → confirm unusual_prefix %s', (input, e164) => {
    expect(normalizePhone(input)).toEqual({
      kind: 'confirm',
      e164,
      national: `0${e164.slice(3)}`,
      reason: 'unusual_prefix',
    });
  });

  it.each(['0301234567', '0311234567', '0511234567'])(
    '%j: metadata says mobile, but the prefix is in none of our tables → confirm',
    (input) => {
      expect(normalizePhone(input)).toMatchObject({ kind: 'confirm', reason: 'unusual_prefix' });
    },
  );

  it('the parts of 089/052/055 the metadata knows stay plain valid', () => {
    expect(normalizePhone('0899123456').kind).toBe('valid');
    expect(normalizePhone('0523123456').kind).toBe('valid');
    expect(normalizePhone('0559123456').kind).toBe('valid');
  });
});

describe('normalizePhone: old 11-digit numbers → confirm with the converted number', () => {
  const cases = Object.entries(OLD_PREFIX_TO_NEW).map(([oldPrefix, newPrefix]) => [
    `${oldPrefix}7654321`,
    `${newPrefix}7654321`,
  ]);

  it("holds every prefix of the doc's conversion table (5 + 5 + 8 + 2 + 1 = 21)", () => {
    expect(Object.keys(OLD_PREFIX_TO_NEW).sort()).toEqual([
      '0120',
      '0121',
      '0122',
      '0123',
      '0124',
      '0125',
      '0126',
      '0127',
      '0128',
      '0129',
      '0162',
      '0163',
      '0164',
      '0165',
      '0166',
      '0167',
      '0168',
      '0169',
      '0186',
      '0188',
      '0199',
    ]);
  });

  it.each(cases)('%s → %s', (input, national) => {
    expect(normalizePhone(input)).toEqual({
      kind: 'confirm',
      e164: `+84${national.slice(1)}`,
      national,
      reason: 'old_11_digit',
    });
  });

  it.each([
    ['0120 123 4567', '0701234567'],
    ['0121 123 4567', '0791234567'],
    ['0122 123 4567', '0771234567'],
    ['0126 123 4567', '0761234567'],
    ['0128 123 4567', '0781234567'],
    ['0123.123.4567', '0831234567'],
    ['0124.123.4567', '0841234567'],
    ['0125.123.4567', '0851234567'],
    ['0127.123.4567', '0811234567'],
    ['0129.123.4567', '0821234567'],
    ['0162-123-4567', '0321234567'],
    ['0169-123-4567', '0391234567'],
    ['0186 123 4567', '0561234567'],
    ['0188 123 4567', '0581234567'],
    ['0199 123 4567', '0591234567'],
    ['+84 165 123 4567', '0351234567'],
    ['841651234567', '0351234567'],
    ['+8401651234567', '0351234567'],
  ])('%j → %s (written with separators / country code)', (input, national) => {
    expect(normalizePhone(input)).toMatchObject({ kind: 'confirm', reason: 'old_11_digit', national });
  });

  it('an 11-digit 01xx number outside the table is not a mobile number', () => {
    expect(normalizePhone('01301234567')).toEqual({ kind: 'invalid', reason: 'not_vietnamese_mobile' });
    expect(normalizePhone('01611234567')).toEqual({ kind: 'invalid', reason: 'not_vietnamese_mobile' });
  });
});

describe('normalizePhone: rejected', () => {
  it.each([
    // the default (min) metadata accepts these; the mobile build must not
    ['0123456789', 'not_vietnamese_mobile'],
    ['0601234567', 'not_vietnamese_mobile'],
    ['0111234567', 'not_vietnamese_mobile'],
    // unallocated prefixes
    ['0501234567', 'not_vietnamese_mobile'],
    ['0531234567', 'not_vietnamese_mobile'],
    ['0741234567', 'not_vietnamese_mobile'],
    ['0801234567', 'not_vietnamese_mobile'],
    // 01x 10-digit ranges the metadata still allows (0121[0-3]…, 0140…, 0160…)
    ['0121123456', 'not_vietnamese_mobile'],
    ['0140123456', 'not_vietnamese_mobile'],
    ['0160123456', 'not_vietnamese_mobile'],
    // landlines
    ['02431234567', 'not_vietnamese_mobile'],
    ['024 3123 4567', 'not_vietnamese_mobile'],
    ['+84 24 3123 4567', 'not_vietnamese_mobile'],
    ['0241234567', 'not_vietnamese_mobile'],
    // other countries
    ['+1 415 555 2671', 'not_vietnamese_mobile'],
    ['+66 81 234 5678', 'not_vietnamese_mobile'],
    ['0066812345678', 'not_vietnamese_mobile'],
    // wrong length
    ['091234567', 'too_short'],
    ['091 234 567', 'too_short'],
    ['912345678', 'too_short'], // leading 0 missing: we do not guess it
    ['12345', 'too_short'],
    ['+84 91234', 'too_short'],
    ['+84091234567', 'too_short'],
    ['09123456789', 'too_long'],
    ['0912 345 6789', 'too_long'],
    ['091234567890', 'too_long'],
    ['+849123456789', 'too_long'],
    ['9123456789', 'not_vietnamese_mobile'],
    // not a number at all
    ['', 'empty'],
    ['   ', 'empty'],
    ['abc', 'not_a_number'],
    ['không có', 'not_a_number'],
    ['📱', 'not_a_number'],
    ['0912345678 📞', 'not_a_number'],
    ['sđt 0912345678', 'not_a_number'],
    ['0912345678abc', 'not_a_number'],
    ['09l2345678', 'not_a_number'],
    ['0912345678 / 0987654321', 'not_a_number'],
    ['---', 'not_a_number'],
    ['+', 'not_a_number'],
    ['091+2345678', 'not_a_number'],
  ])('%j → invalid %s', (input, reason) => {
    expect(normalizePhone(input)).toEqual({ kind: 'invalid', reason });
  });
});

describe('maskPhone', () => {
  it.each([
    ['+84912345678', '+84 91x xxx 678'],
    ['+84321234567', '+84 32x xxx 567'],
    ['+84891234567', '+84 89x xxx 567'],
    ['+14155552671', '+xxxxxxxx671'],
    ['0912345678', 'xxxxxxx678'],
    ['', ''],
  ])('%j → %j', (input, masked) => {
    expect(maskPhone(input)).toBe(masked);
  });

  it('never shows more than the first two and last three digits of a VN number', () => {
    const masked = maskPhone('+84987654321');
    expect(masked).toBe('+84 98x xxx 321');
    expect(masked).not.toMatch(/7654/);
  });
});

describe('findPhoneNumbers', () => {
  it.each<[string, string[]]>([
    ['0912345678', ['0912345678']],
    ['Liên hệ anh Tuấn 0912.345.678 để phỏng vấn', ['0912.345.678']],
    ['Em tên Lan, sđt: 0912 345 678, ở Bắc Ninh ạ', ['0912 345 678']],
    ['goi 84912345678 nhe', ['84912345678']],
    ['Zalo (+84) 91 234 5678 hoặc +84 98 765 4321', ['(+84) 91 234 5678', '+84 98 765 4321']],
    ['số cũ 0165-123-4567', ['0165-123-4567']],
    ['sdt0912345678a', ['0912345678']],
    ['0912345678 0987654321', ['0912345678', '0987654321']],
    ['năm 2024 0912 345 678', ['0912 345 678']],
    ['0912 345 678 năm 2024', ['0912 345 678']],
    ['CCCD 001099012345', ['001099012345']],
    ['912345678', ['912345678']],
    ['dòng một 0912\n345678', []],
  ])('%j → %j', (text, expected) => {
    expect(findPhoneNumbers(text)).toEqual(expected);
  });

  it.each([
    'Năm 2024 tuyển 50 công nhân',
    'lương 500000/ngày',
    'lương 8.500.000đ/tháng',
    'thưởng 1.200.000.000 đồng',
    'lương 8-10 triệu, làm 8h-17h',
    'ngày 12/05/2024 lúc 10:30',
    'mã đơn 12345678',
    'ma 1234567890123456', // too long to be a phone number
    '',
    'không có số nào',
  ])('%j → nothing', (text) => {
    expect(findPhoneNumbers(text)).toEqual([]);
  });

  it('what it finds normalises back to the same number', () => {
    const [found] = findPhoneNumbers('Liên hệ chị Hoa: (+84) 91 234 5678.');
    expect(found).toBeDefined();
    expect(normalizePhone(found ?? '')).toMatchObject({ kind: 'valid', e164: '+84912345678' });
  });
});
