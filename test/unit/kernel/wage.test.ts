import { describe, expect, it } from 'vitest';
import {
  BARE_MILLIONS_MAX,
  checkWage,
  describeWageFlag,
  formatWage,
  IMPLAUSIBLE_DAILY_VND,
  IMPLAUSIBLE_HOURLY_VND,
  IMPLAUSIBLE_MONTHLY_VND,
  MINIMUM_WAGE_SCHEDULES,
  minimumWageOn,
  parseWage,
} from '../../../src/kernel/wage/index.ts';
import type { Wage, WageFlag } from '../../../src/kernel/wage/index.ts';

type Row = [
  raw: string,
  min: number | null,
  max: number | null,
  currency: Wage['currency'],
  period: Wage['period'],
  negotiable: boolean,
  assumed: boolean,
];

const M = 1_000_000;
const K = 1_000;

const FILLER = 'Công ty TNHH may mặc tuyển công nhân, làm việc tại KCN, có xe đưa đón. '.repeat(60);
const LONG_POST = `${FILLER}Lương: 8-10tr/tháng + thưởng. ${FILLER}`.padEnd(10_000, ' .');

/** Test titles: long inputs shown by their start and length. */
function label(raw: string): string {
  return raw.length > 60 ? `${raw.slice(0, 12)}… (${raw.length} chars)` : raw;
}

const rows: Row[] = [
  // ranges, month
  ['Lương: 8-10tr/tháng + thưởng', 8 * M, 10 * M, 'VND', 'month', false, false],
  ['8-10 triệu/tháng', 8 * M, 10 * M, 'VND', 'month', false, false],
  ['8 - 10 TRIỆU / THÁNG', 8 * M, 10 * M, 'VND', 'month', false, false],
  ['luong 8-10 trieu/thang', 8 * M, 10 * M, 'VND', 'month', false, false],
  ['8tr - 10tr', 8 * M, 10 * M, 'VND', 'month', false, false],
  ['8Tr-10Tr/Tháng', 8 * M, 10 * M, 'VND', 'month', false, false],
  ['8 đến 10 triệu', 8 * M, 10 * M, 'VND', 'month', false, false],
  ['từ 8 tới 10 triệu', 8 * M, 10 * M, 'VND', 'month', false, false],
  ['8~10tr', 8 * M, 10 * M, 'VND', 'month', false, false],
  ['8 – 10 triệu', 8 * M, 10 * M, 'VND', 'month', false, false],
  ['8tr/tháng - 10tr/tháng', 8 * M, 10 * M, 'VND', 'month', false, false],
  ['10-8 triệu', 8 * M, 10 * M, 'VND', 'month', false, false],
  ['6-8 củ', 6 * M, 8 * M, 'VND', 'month', false, false],
  ['8-10m', 8 * M, 10 * M, 'VND', 'month', false, false],
  ['thu nhập 9-12tr + phụ cấp', 9 * M, 12 * M, 'VND', 'month', false, false],
  ['Thu   nhập:   9  -  12   triệu  ', 9 * M, 12 * M, 'VND', 'month', false, false],
  // shorthands and decimals
  ['7tr5', 7.5 * M, 7.5 * M, 'VND', 'month', false, false],
  ['7TR5/tháng', 7.5 * M, 7.5 * M, 'VND', 'month', false, false],
  ['7 triệu rưỡi', 7.5 * M, 7.5 * M, 'VND', 'month', false, false],
  ['6 củ rưỡi', 6.5 * M, 6.5 * M, 'VND', 'month', false, false],
  ['7,5 tr', 7.5 * M, 7.5 * M, 'VND', 'month', false, false],
  ['7.5 triệu', 7.5 * M, 7.5 * M, 'VND', 'month', false, false],
  ['7tr5 - 9tr', 7.5 * M, 9 * M, 'VND', 'month', false, false],
  ['6tr500', 6.5 * M, 6.5 * M, 'VND', 'month', false, false],
  ['8m', 8 * M, 8 * M, 'VND', 'month', false, false],
  // full figures
  ['8.000.000đ', 8 * M, 8 * M, 'VND', 'month', false, false],
  ['8,000,000 VND', 8 * M, 8 * M, 'VND', 'month', false, false],
  ['8.000.000 - 10.000.000 VNĐ/tháng', 8 * M, 10 * M, 'VND', 'month', false, false],
  ['5.500.000 đồng/tháng', 5.5 * M, 5.5 * M, 'VND', 'month', false, false],
  ['8000000', 8 * M, 8 * M, 'VND', 'month', false, false],
  ['₫6.000.000', 6 * M, 6 * M, 'VND', 'month', false, false],
  // one-sided
  ['Trên 11 triệu', 11 * M, null, 'VND', 'month', false, false],
  ['tren 11 trieu', 11 * M, null, 'VND', 'month', false, false],
  ['từ 6 triệu', 6 * M, null, 'VND', 'month', false, false],
  ['Tối thiểu 6 triệu', 6 * M, null, 'VND', 'month', false, false],
  ['10 triệu trở lên', 10 * M, null, 'VND', 'month', false, false],
  ['lên đến 18 triệu', null, 18 * M, 'VND', 'month', false, false],
  ['Thu nhập lên tới 25tr', null, 25 * M, 'VND', 'month', false, false],
  ['Tối đa 15 triệu', null, 15 * M, 'VND', 'month', false, false],
  ['Up to 20tr', null, 20 * M, 'VND', 'month', false, false],
  ['upto 1000$', null, 1000, 'USD', 'month', false, false],
  // negotiable
  ['Thỏa thuận', null, null, null, null, true, false],
  ['Thoả thuận', null, null, null, null, true, false],
  ['thoa thuan', null, null, null, null, true, false],
  ['TT', null, null, null, null, true, false],
  ['Lương: TT', null, null, null, null, true, false],
  ['Thương lượng', null, null, null, null, true, false],
  ['Lương cạnh tranh', null, null, null, null, true, false],
  ['thỏa thuận, từ 7 triệu', 7 * M, null, 'VND', 'month', true, false],
  ['Thỏa thuận (8-12 triệu)', 8 * M, 12 * M, 'VND', 'month', true, false],
  ['Thỏa thuận - LH 0912 345 123', null, null, null, null, true, false],
  // day
  ['300k/ngày', 300 * K, 300 * K, 'VND', 'day', false, false],
  ['300K / ngày', 300 * K, 300 * K, 'VND', 'day', false, false],
  ['300 nghìn/ngày', 300 * K, 300 * K, 'VND', 'day', false, false],
  ['350 ngàn đồng/ngày', 350 * K, 350 * K, 'VND', 'day', false, false],
  ['Lương ngày 300k', 300 * K, 300 * K, 'VND', 'day', false, false],
  ['công nhật 280k', 280 * K, 280 * K, 'VND', 'day', false, false],
  ['300k/công', 300 * K, 300 * K, 'VND', 'day', false, false],
  ['320k 1 công', 320 * K, 320 * K, 'VND', 'day', false, false],
  ['500.000 - 1.000.000 đồng/ngày', 500 * K, 1 * M, 'VND', 'day', false, false],
  ['300/ngày', 300 * K, 300 * K, 'VND', 'day', false, true],
  // hour
  ['25k/giờ', 25 * K, 25 * K, 'VND', 'hour', false, false],
  ['25k/h', 25 * K, 25 * K, 'VND', 'hour', false, false],
  ['25.000đ/giờ', 25 * K, 25 * K, 'VND', 'hour', false, false],
  ['Lương theo giờ: 22k - 25k', 22 * K, 25 * K, 'VND', 'hour', false, false],
  ['25/giờ', 25 * K, 25 * K, 'VND', 'hour', false, true],
  // shift, piece
  ['250k/ca', 250 * K, 250 * K, 'VND', 'shift', false, false],
  ['200-250k/ca', 200 * K, 250 * K, 'VND', 'shift', false, false],
  ['khoán sản phẩm', null, null, null, 'piece', false, false],
  ['Lương khoán theo sản phẩm, 5k/sp', 5 * K, 5 * K, 'VND', 'piece', false, false],
  // foreign currencies
  ['1200$', 1200, 1200, 'USD', 'month', false, false],
  ['$1,500', 1500, 1500, 'USD', 'month', false, false],
  ['1.200 USD/tháng', 1200, 1200, 'USD', 'month', false, false],
  ['1000 - 1500 USD', 1000, 1500, 'USD', 'month', false, false],
  ['1.5k USD', 1500, 1500, 'USD', 'month', false, false],
  ['2 nghìn đô/tháng', 2000, 2000, 'USD', 'month', false, false],
  ['12 usd/giờ', 12, 12, 'USD', 'hour', false, false],
  ['18 man/tháng', 180_000, 180_000, 'JPY', 'month', false, false],
  ['Đi Nhật lương 16-18 man', 160_000, 180_000, 'JPY', 'month', false, false],
  ['180.000 yên/tháng', 180_000, 180_000, 'JPY', 'month', false, false],
  ['2 triệu won', 2 * M, 2 * M, 'KRW', 'month', false, false],
  ['Hàn Quốc: 2.200.000 won/tháng', 2.2 * M, 2.2 * M, 'KRW', 'month', false, false],
  ['30.000 Đài tệ/tháng', 30_000, 30_000, 'TWD', 'month', false, false],
  ['28000 NTD', 28_000, 28_000, 'TWD', 'month', false, false],
  // bare numbers
  ['lương 8-10', 8 * M, 10 * M, 'VND', 'month', false, true],
  ['Lương 8', 8 * M, 8 * M, 'VND', 'month', false, true],
  ['lương 7.5', 7.5 * M, 7.5 * M, 'VND', 'month', false, true],
  ['lương 8 - 10.000.000', 8 * M, 10 * M, 'VND', 'month', false, true],
  ['lương 150-250', null, null, null, null, false, false],
  // noise around the figure
  ['Lương cơ bản 5tr + thưởng doanh số', 5 * M, 5 * M, 'VND', 'month', false, false],
  ['8 triệu/tháng, thưởng tháng 13', 8 * M, 8 * M, 'VND', 'month', false, false],
  ['Làm 8h/ngày, lương 9 triệu', 9 * M, 9 * M, 'VND', 'month', false, false],
  ['lương 8tr do công ty trả', 8 * M, 8 * M, 'VND', 'month', false, false],
  ['10.000.000 do công ty chi trả', 10 * M, 10 * M, 'VND', 'month', false, false],
  ['lương 8tr, công ty lo chỗ ở', 8 * M, 8 * M, 'VND', 'month', false, false],
  ['Thưởng 2 triệu, lương 8 triệu', 8 * M, 8 * M, 'VND', 'month', false, false],
  ['Phụ cấp 500k + lương 7tr/tháng', 7 * M, 7 * M, 'VND', 'month', false, false],
  ['Mức lương: 5,5 - 7 triệu (chưa tính tăng ca)', 5.5 * M, 7 * M, 'VND', 'month', false, false],
  ['Lương: 7-9tr/tháng, làm 8h/ngày', 7 * M, 9 * M, 'VND', 'month', false, false],
  ['$800 - $1200', 800, 1200, 'USD', 'month', false, false],
  ['Lương 1tr2/ca', 1.2 * M, 1.2 * M, 'VND', 'shift', false, false],
  // periods we do not model: figure kept, period left empty
  ['120 triệu/năm', 120 * M, 120 * M, 'VND', null, false, false],
  ['Lương tuần 2 triệu', 2 * M, 2 * M, 'VND', null, false, false],
  // garbage
  ['', null, null, null, null, false, false],
  ['   ', null, null, null, null, false, false],
  ['abc', null, null, null, null, false, false],
  ['Lương hấp dẫn', null, null, null, null, false, false],
  ['a'.repeat(10_000), null, null, null, null, false, false],
  ['8'.repeat(10_000), null, null, null, null, false, false],
  ['1.2.3.4.5,'.repeat(1_000), null, null, null, null, false, false],
  [LONG_POST, 8 * M, 10 * M, 'VND', 'month', false, false],
];

describe('parseWage', () => {
  it('has a realistic table', () => {
    expect(rows.length).toBeGreaterThanOrEqual(60);
  });

  it.each(rows.map((row) => ({ label: label(row[0]), row })))('$label', ({ row }) => {
    const [raw, min, max, currency, period, negotiable, assumed] = row;
    expect(raw.length === 10_000 || raw.length < 200).toBe(true);
    const wage = parseWage(raw);
    expect(wage).toEqual({ raw, min, max, currency, period, negotiable, assumed });
  });

  it('never throws, even on values that are not strings at run time', () => {
    expect(parseWage(undefined as unknown as string)).toMatchObject({ min: null, max: null, currency: null });
    expect(parseWage(42 as unknown as string)).toMatchObject({ min: null, max: null });
  });

  it('handles decomposed (NFD) input the same as precomposed', () => {
    const nfd = 'Lên đến 18 triệu/tháng'.normalize('NFD');
    expect(parseWage(nfd)).toMatchObject({ min: null, max: 18 * M, currency: 'VND', period: 'month' });
  });

  it('parses 10,000-character input quickly', () => {
    const started = performance.now();
    parseWage(' -'.repeat(5_000));
    parseWage('8tr '.repeat(2_500));
    expect(performance.now() - started).toBeLessThan(500);
  });
});

describe('formatWage', () => {
  it.each([
    ['7-9 triệu/tháng', '7–9 triệu/tháng', '7–9 million VND/month'],
    ['từ 8 triệu', 'Từ 8 triệu/tháng', 'From 8 million VND/month'],
    ['lên đến 18 triệu', 'Lên đến 18 triệu/tháng', 'Up to 18 million VND/month'],
    ['300k/ngày', '300.000 đ/ngày', '300,000 VND/day'],
    ['Thỏa thuận', 'Thỏa thuận', 'Negotiable'],
    ['TT', 'Thỏa thuận', 'Negotiable'],
    ['1200 USD/tháng', '1.200 USD/tháng', '1,200 USD/month'],
    ['7tr5', '7,5 triệu/tháng', '7.5 million VND/month'],
    ['7tr5 - 9tr', '7,5–9 triệu/tháng', '7.5–9 million VND/month'],
    ['500.000 - 1.000.000 đồng/ngày', '500.000–1.000.000 đ/ngày', '500,000–1,000,000 VND/day'],
    ['25k/giờ', '25.000 đ/giờ', '25,000 VND/hour'],
    ['250k/ca', '250.000 đ/ca', '250,000 VND/shift'],
    ['Lương khoán theo sản phẩm, 5k/sp', '5.000 đ/sản phẩm', '5,000 VND/piece'],
    ['18 man/tháng', '180.000 yên/tháng', '180,000 yen/month'],
    ['2 triệu won', '2.000.000 won/tháng', '2,000,000 won/month'],
    ['30.000 Đài tệ/tháng', '30.000 Đài tệ/tháng', '30,000 TWD/month'],
    ['$1,500', '1.500 USD/tháng', '1,500 USD/month'],
    ['120 triệu/năm', '120 triệu', '120 million VND'],
    ['thỏa thuận, từ 7 triệu', 'Từ 7 triệu/tháng (thỏa thuận)', 'From 7 million VND/month (negotiable)'],
    ['khoán sản phẩm', 'Lương khoán theo sản phẩm', 'Piece rate'],
    ['abc', 'Không rõ', 'Not stated'],
  ])('%j → vi %j, en %j', (raw, vi, en) => {
    expect(formatWage(parseWage(raw), 'vi')).toBe(vi);
    expect(formatWage(parseWage(raw), 'en')).toBe(en);
  });

  it('shows a foreign currency it cannot name as such', () => {
    const wage: Wage = {
      raw: '',
      min: 500,
      max: 800,
      currency: 'OTHER',
      period: 'month',
      negotiable: false,
      assumed: false,
    };
    expect(formatWage(wage, 'vi')).toBe('500–800 (ngoại tệ)/tháng');
    expect(formatWage(wage, 'en')).toBe('500–800 (foreign currency)/month');
  });

  it('writes odd amounts in full rather than as a long decimal of millions', () => {
    const wage: Wage = {
      raw: '',
      min: 8_333_333,
      max: 8_333_333,
      currency: 'VND',
      period: 'month',
      negotiable: false,
      assumed: false,
    };
    expect(formatWage(wage, 'vi')).toBe('8.333.333 đ/tháng');
    expect(formatWage(wage, 'en')).toBe('8,333,333 VND/month');
  });

  it('falls back to Vietnamese for a language it does not know', () => {
    expect(formatWage(parseWage('7-9 triệu/tháng'), 'fr' as 'vi')).toBe('7–9 triệu/tháng');
  });

  // Rows with a figure but no period we model ("120 triệu/năm") lose that period in display, so are left out.
  const shown = rows.filter(
    ([raw, min, max, , period]) => raw.length < 200 && (period !== null || (min === null && max === null)),
  );
  it.each(shown)('display of %j reads back to the same figures', (raw) => {
    const wage = parseWage(raw);
    const again = parseWage(formatWage(wage, 'vi'));
    expect({ min: again.min, max: again.max, currency: again.currency, period: again.period }).toEqual({
      min: wage.min,
      max: wage.max,
      currency: wage.currency,
      period: wage.period,
    });
  });
});

describe('minimum wage table', () => {
  it('holds Decree 293/2025/ND-CP from 2026-01-01', () => {
    const schedule = minimumWageOn('2026-01-01');
    expect(schedule?.source).toContain('293/2025');
    expect(schedule?.monthly).toEqual({ 1: 5_310_000, 2: 4_730_000, 3: 4_140_000, 4: 3_700_000 });
    expect(schedule?.hourly).toEqual({ 1: 25_500, 2: 22_700, 3: 20_000, 4: 17_800 });
  });

  it('picks the newest schedule by default and none before the first one', () => {
    expect(minimumWageOn()).toBe(MINIMUM_WAGE_SCHEDULES[MINIMUM_WAGE_SCHEDULES.length - 1]);
    expect(minimumWageOn('2025-12-31')).toBeUndefined();
    expect(minimumWageOn('2027-06-01T08:00:00Z')?.effectiveFrom).toBe('2026-01-01');
  });

  it('is ordered oldest to newest', () => {
    const dates = MINIMUM_WAGE_SCHEDULES.map((s) => s.effectiveFrom);
    expect([...dates].sort()).toEqual(dates);
  });
});

describe('checkWage', () => {
  const codes = (raw: string, region: 1 | 2 | 3 | 4, asOf?: string) =>
    checkWage(parseWage(raw), region, asOf).map((f) => f.code);

  it.each<[string, 1 | 2 | 3 | 4, string[]]>([
    // monthly: 5,310,000 / 4,730,000 / 4,140,000 / 3,700,000
    ['5 triệu/tháng', 1, ['below_minimum']],
    ['5 triệu/tháng', 4, []],
    ['4tr5', 2, ['below_minimum']],
    ['4tr5', 3, []],
    ['5.310.000 đ/tháng', 1, []],
    ['4-5tr5', 1, []], // judged on max
    ['Từ 4 triệu', 1, ['below_minimum']], // min only
    ['lương 4', 3, ['below_minimum']], // assumed millions still checked
    // hourly: 25,500 / 22,700 / 20,000 / 17,800
    ['20k/giờ', 1, ['below_minimum']],
    ['20k/giờ', 4, []],
    ['25.500đ/giờ', 1, []],
    // daily: monthly / 26 → 204,231 in region I, 142,308 in region IV
    ['180k/ngày', 1, ['below_minimum']],
    ['180k/ngày', 4, []],
    ['205k/ngày', 1, []],
    // implausibly high
    ['Việc nhẹ lương cao 1.500.000đ/ngày', 1, ['implausibly_high']],
    ['500.000 - 1.000.000 đồng/ngày', 1, []], // at the threshold, not above
    ['60 triệu/tháng', 1, ['implausibly_high']],
    ['50 triệu/tháng', 1, []],
    ['300k/giờ', 4, ['implausibly_high']],
    ['1tr2/ca', 1, ['implausibly_high']],
    // nothing to judge
    ['Thỏa thuận', 1, []],
    ['TT', 4, []],
    ['khoán sản phẩm', 1, []],
    ['5k/sp', 1, []],
    ['1200$', 1, []],
    ['120 triệu/năm', 1, []],
    ['abc', 1, []],
  ])('%j in region %d → %j', (raw, region, expected) => {
    expect(codes(raw, region)).toEqual(expected);
  });

  it('raises flags as data: period, value, limit, region and decree, no prose', () => {
    expect(checkWage(parseWage('5 triệu/tháng'), 1)).toEqual([
      {
        code: 'below_minimum',
        period: 'month',
        value: 5_000_000,
        limit: 5_310_000,
        region: 1,
        source: '293/2025/NĐ-CP',
      },
    ]);
    expect(checkWage(parseWage('20k/giờ'), 2)).toEqual([
      { code: 'below_minimum', period: 'hour', value: 20_000, limit: 22_700, region: 2, source: '293/2025/NĐ-CP' },
    ]);
    const [daily] = checkWage(parseWage('180k/ngày'), 1);
    expect(daily).toMatchObject({ code: 'below_minimum', period: 'day', value: 180_000, region: 1 });
    expect(daily?.limit).toBeCloseTo(5_310_000 / 26, 6);
    expect(checkWage(parseWage('1tr2/ca'), 1)).toEqual([
      { code: 'implausibly_high', period: 'shift', value: 1_200_000, limit: IMPLAUSIBLE_DAILY_VND },
    ]);
  });

  it('takes the decree number from the schedule in force', () => {
    const [flag] = checkWage(parseWage('5 triệu/tháng'), 1, '2026-03-01');
    expect(flag?.source).toBe(minimumWageOn('2026-03-01')?.decree);
  });

  it('uses the decree in force on the given date', () => {
    expect(codes('5 triệu/tháng', 1, '2026-03-01')).toEqual(['below_minimum']);
    expect(codes('5 triệu/tháng', 1, '2025-06-01')).toEqual([]);
    expect(codes('2tr/ngày', 1, '2025-06-01')).toEqual(['implausibly_high']);
  });

  it('exports its thresholds', () => {
    expect(IMPLAUSIBLE_MONTHLY_VND).toBe(50_000_000);
    expect(IMPLAUSIBLE_DAILY_VND).toBe(1_000_000);
    expect(IMPLAUSIBLE_HOURLY_VND).toBe(200_000);
    expect(BARE_MILLIONS_MAX).toBe(200);
  });
});

describe('describeWageFlag', () => {
  const flagOf = (raw: string, region: 1 | 2 | 3 | 4): WageFlag => {
    const [flag] = checkWage(parseWage(raw), region);
    if (flag === undefined) throw new Error(`no flag for ${raw}`);
    return flag;
  };

  it.each<[string, 1 | 2 | 3 | 4, string, string]>([
    [
      '5 triệu/tháng',
      1,
      '5.000.000 đ/tháng thấp hơn lương tối thiểu vùng I 5.310.000 đ/tháng (Nghị định 293/2025/NĐ-CP)',
      '5,000,000 VND/month is below the region I minimum wage of 5,310,000 VND/month (Decree 293/2025/NĐ-CP)',
    ],
    [
      '180k/ngày',
      1,
      '180.000 đ/ngày thấp hơn lương tối thiểu vùng I 204.231 đ/ngày (tháng ÷ 26 ngày; Nghị định 293/2025/NĐ-CP)',
      '180,000 VND/day is below the region I minimum wage of 204,231 VND/day (monthly ÷ 26 days; Decree 293/2025/NĐ-CP)',
    ],
    [
      '19k/giờ',
      3,
      '19.000 đ/giờ thấp hơn lương tối thiểu vùng III 20.000 đ/giờ (Nghị định 293/2025/NĐ-CP)',
      '19,000 VND/hour is below the region III minimum wage of 20,000 VND/hour (Decree 293/2025/NĐ-CP)',
    ],
    [
      'Việc nhẹ lương cao 1.500.000đ/ngày',
      1,
      '1.500.000 đ/ngày cao bất thường (ngưỡng 1.000.000 đ/ngày); dấu hiệu "việc nhẹ lương cao"',
      '1,500,000 VND/day is unusually high (threshold 1,000,000 VND/day); a sign of "easy work, high pay" scams',
    ],
    [
      '60 triệu/tháng',
      4,
      '60.000.000 đ/tháng cao bất thường (ngưỡng 50.000.000 đ/tháng); dấu hiệu "việc nhẹ lương cao"',
      '60,000,000 VND/month is unusually high (threshold 50,000,000 VND/month); a sign of "easy work, high pay" scams',
    ],
  ])('%j in region %d', (raw, region, vi, en) => {
    const flag = flagOf(raw, region);
    expect(describeWageFlag(flag, 'vi')).toBe(vi);
    expect(describeWageFlag(flag, 'en')).toBe(en);
  });

  it('words a flag without region or decree', () => {
    const flag: WageFlag = { code: 'below_minimum', period: 'month', value: 3_000_000, limit: 3_700_000 };
    expect(describeWageFlag(flag, 'vi')).toBe('3.000.000 đ/tháng thấp hơn lương tối thiểu 3.700.000 đ/tháng');
    expect(describeWageFlag(flag, 'en')).toBe('3,000,000 VND/month is below the minimum wage of 3,700,000 VND/month');
  });
});
