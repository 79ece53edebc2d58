import { describe, expect, it } from 'vitest';
import type { Column } from '../../../src/cli/vacancy-csv.ts';
import { describeProblem, validateVacancyRow, type ImportedVacancy } from '../../../src/cli/vacancy-row.ts';

/** 10 March 2026, 10:00 in Vietnam. */
const NOW = new Date('2026-03-10T03:00:00Z');

const GOOD: Record<Column, string> = {
  employer: 'Công ty TNHH May Việt Tiến',
  title: 'Công nhân may',
  occupation: 'thợ may',
  commune: 'Xã Văn Lăng',
  province: '',
  headcount: '50',
  wage: '8-10 triệu/tháng',
  requirements: '',
  deadline: '30/04/2026',
  contact: '0912 345 678',
  overseas: '',
};

function check(
  change: Partial<Record<Column, string>>,
  options: { hasProvinceColumn?: boolean; extraFields?: number } = {},
) {
  return validateVacancyRow(
    { values: { ...GOOD, ...change }, extraFields: options.extraFields ?? 0 },
    { now: NOW, hasProvinceColumn: options.hasProvinceColumn ?? true },
  );
}

function accepted(change: Partial<Record<Column, string>>): ImportedVacancy {
  const verdict = check(change);
  if (verdict.kind !== 'ok') throw new Error(`expected the row to be good: ${JSON.stringify(verdict.problems)}`);
  return verdict.vacancy;
}

function problems(
  change: Partial<Record<Column, string>>,
  options?: { hasProvinceColumn?: boolean; extraFields?: number },
): string[] {
  const verdict = check(change, options);
  return verdict.kind === 'bad' ? verdict.problems.map((p) => describeProblem(7, p)) : [];
}

describe('a vacancy row from a CSV file', () => {
  it('a good row becomes the vacancy the posting flow would submit', () => {
    expect(accepted({})).toEqual({
      employerName: 'Công ty TNHH May Việt Tiến',
      title: 'Công nhân may',
      occupation: 'garment',
      communeCode: '05665',
      provinceCode: '19',
      headcount: 50,
      wageRaw: '8-10 triệu/tháng',
      wage: {
        raw: '8-10 triệu/tháng',
        min: 8_000_000,
        max: 10_000_000,
        currency: 'VND',
        period: 'month',
        negotiable: false,
        assumed: false,
      },
      requirements: null,
      deadline: '2026-04-30',
      contact: '0912 345 678',
      overseas: false,
      scamReasons: [],
    });
  });

  type Accepted = [what: string, change: Partial<Record<Column, string>>, expected: Partial<ImportedVacancy>];
  it.each<Accepted>([
    [
      'text tidied',
      { employer: '  Công ty   May  ', title: 'Thợ\nmay' },
      { employerName: 'Công ty May', title: 'Thợ may' },
    ],
    ['occupation by key', { occupation: 'garment' }, { occupation: 'garment' }],
    ['occupation by key, any case', { occupation: 'Overseas_Work' }, { occupation: 'overseas_work', overseas: true }],
    ['occupation by its Vietnamese name', { occupation: 'Xây dựng (thợ hồ, phụ hồ)' }, { occupation: 'construction' }],
    ['occupation without accents', { occupation: 'bao ve' }, { occupation: 'security' }],
    ['occupation empty: the title names one', { occupation: '', title: 'Bảo vệ ca đêm' }, { occupation: 'security' }],
    ['commune without accents', { commune: 'xa tan phong' }, { communeCode: '03970' }],
    ['commune and province without accents', { commune: 'tan phong', province: 'lai chau' }, { communeCode: '03408' }],
    [
      'commune narrowed by province name',
      { commune: 'Tân Phong', province: 'Lai Châu' },
      { communeCode: '03408', provinceCode: '12' },
    ],
    [
      'commune narrowed by province code',
      { commune: 'Tân Phong', province: '14' },
      { communeCode: '03970', provinceCode: '14' },
    ],
    ['commune with its type word', { commune: 'Xã Tân Phong' }, { communeCode: '03970' }],
    ['commune code', { commune: '00769' }, { communeCode: '00769', provinceCode: '08' }],
    ['a commune that was also a district', { commune: 'Mèo Vạc' }, { communeCode: '00769' }],
    ['headcount with thousands', { headcount: '1.000' }, { headcount: 1000 }],
    ['headcount with a word', { headcount: '50 người' }, { headcount: 50 }],
    ['wage negotiable', { wage: 'Thỏa thuận' }, { wageRaw: 'Thỏa thuận' }],
    ['wage per day', { wage: '300k/ngày' }, { wageRaw: '300k/ngày' }],
    ['deadline ISO', { deadline: '2026-04-30' }, { deadline: '2026-04-30' }],
    ['deadline today', { deadline: '10/03/2026' }, { deadline: '2026-03-10' }],
    [
      'requirements kept',
      { requirements: 'Nữ 18-35 tuổi, không cần kinh nghiệm' },
      { requirements: 'Nữ 18-35 tuổi, không cần kinh nghiệm' },
    ],
    ['requirements "không" is none', { requirements: 'không' }, { requirements: null }],
    ['overseas yes', { overseas: 'Có', employer: 'Công ty CP Nhân lực Quốc tế' }, { overseas: true }],
    ['overseas 0', { overseas: '0' }, { overseas: false }],
    ['overseas no', { overseas: 'no' }, { overseas: false }],
  ])('%s', (_what, change, expected) => {
    expect(accepted(change)).toMatchObject(expected);
  });

  it('the scam shield reads the row as it reads a chat post, and its reasons travel with the vacancy', () => {
    expect(accepted({ requirements: 'Đặt cọc 600k tiền đồng phục' }).scamReasons).toEqual([
      { code: 'asks_money', evidence: 'Đặt cọc 600k' },
    ]);
    expect(
      accepted({ occupation: 'xuất khẩu lao động', employer: 'Anh Tuấn', wage: '1200 USD/tháng' }).scamReasons.map(
        (r) => r.code,
      ),
    ).toEqual(['overseas_unlicensed']);
    expect(accepted({ overseas: 'có', employer: 'Anh Tuấn' }).scamReasons.map((r) => r.code)).toContain(
      'overseas_unlicensed',
    );
  });

  type Refused = [what: string, change: Partial<Record<Column, string>>, expected: RegExp];
  it.each<Refused>([
    ['employer empty', { employer: ' ' }, /^line 7, employer: is empty; write the company or household name$/],
    ['employer too short', { employer: 'A' }, /^line 7, employer: must be 2–120 characters long; it has 1$/],
    ['title too long', { title: 'x'.repeat(121) }, /^line 7, title: must be 2–120 characters long; it has 121$/],
    [
      'occupation unknown',
      { occupation: 'phi hành gia' },
      /^line 7, occupation: "phi hành gia" is not an occupation we know; write one of: "Công nhân nhà máy, sản xuất"; /,
    ],
    [
      'occupation names two',
      { occupation: 'may và phụ hồ' },
      /^line 7, occupation: "may và phụ hồ" names 2 occupations \(May mặc, dệt, da giày, Xây dựng \(thợ hồ, phụ hồ\)\); write one$/,
    ],
    [
      'occupation empty, title names none',
      { occupation: '', title: 'Nhân viên' },
      /^line 7, occupation: is empty and the title names no single occupation/,
    ],
    [
      'commune ambiguous, no province',
      { commune: 'Tân Phong' },
      /^line 7, commune: "Tân Phong" matches 2 communes \(Phường Tân Phong, Lai Châu \(03408\); Xã Tân Phong, Sơn La \(03970\)\); fill in the province column/,
    ],
    [
      'commune ambiguous within the province',
      { commune: 'van lang', province: '19' },
      /matches 2 communes in Thái Nguyên .*; write the full name with "Xã" or "Phường", or the 5-digit commune code$/,
    ],
    ['commune empty', { commune: '' }, /^line 7, commune: is empty/],
    [
      'commune misspelt',
      { commune: 'Tan Phongg' },
      /^line 7, commune: no commune is called "Tan Phongg"; did you mean Phường Tân Phong, Lai Châu \(03408\); Xã Tân Phong, Sơn La \(03970\)/,
    ],
    [
      'commune unknown',
      { commune: 'Atlantis' },
      /^line 7, commune: no commune is called "Atlantis"; check the spelling/,
    ],
    ['commune is a province', { commune: 'Thái Nguyên' }, /^line 7, commune: "Thái Nguyên" is a province/],
    [
      'commune is a former district',
      { commune: 'Huyện Đồng Văn' },
      /^line 7, commune: "Huyện Đồng Văn" is a former district \(Huyện Đồng Văn, Tỉnh Hà Giang\), now 6 communes \(Xã Lũng Cú, Tuyên Quang \(00715\); /,
    ],
    [
      'commune code of another province',
      { commune: '00769', province: '19' },
      /^line 7, commune: Xã Mèo Vạc, Tuyên Quang \(00769\) is not in Thái Nguyên$/,
    ],
    ['commune code unknown', { commune: '99999' }, /^line 7, commune: no commune has the code 99999$/],
    ['province unknown', { province: 'Atlantis' }, /^line 7, province: no province is called "Atlantis"/],
    ['province code unknown', { province: '99' }, /^line 7, province: no province has the code 99$/],
    ['headcount zero', { headcount: '0' }, /^line 7, headcount: must be between 1 and 10000; it is 0$/],
    ['headcount too big', { headcount: '20000' }, /^line 7, headcount: must be between 1 and 10000; it is 20000$/],
    ['headcount range', { headcount: '20-30' }, /^line 7, headcount: "20-30" is not one whole number of people/],
    ['headcount empty', { headcount: '' }, /^line 7, headcount: is empty/],
    ['wage unreadable', { wage: 'lương cao' }, /^line 7, wage: "lương cao" is not a wage we can read/],
    ['wage empty', { wage: '' }, /^line 7, wage: is empty/],
    [
      'deadline not a date',
      { deadline: '31/02/2026' },
      /^line 7, deadline: "31\/02\/2026" is not a date; write dd\/mm\/yyyy or yyyy-mm-dd$/,
    ],
    [
      'deadline passed',
      { deadline: '09/03/2026' },
      /^line 7, deadline: 09\/03\/2026 has passed \(today is 10\/03\/2026\)$/,
    ],
    ['deadline too far', { deadline: '2027-06-01' }, /^line 7, deadline: 01\/06\/2027 is more than 365 days away$/],
    ['deadline empty', { deadline: '' }, /^line 7, deadline: is empty/],
    ['contact empty', { contact: '' }, /^line 7, contact: is empty; write a phone number or how to apply$/],
    [
      'requirements too long',
      { requirements: 'x'.repeat(301) },
      /^line 7, requirements: must be at most 300 characters long; it has 301/,
    ],
    ['overseas not yes or no', { overseas: 'maybe' }, /^line 7, overseas: "maybe" is not yes or no; write có or không/],
  ])('%s', (_what, change, expected) => {
    const found = problems(change);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(expected);
  });

  it('advice for an ambiguous commune depends on whether the file has a province column', () => {
    expect(problems({ commune: 'Tân Phong' }, { hasProvinceColumn: false })[0]).toMatch(
      /; add the province column, or write the 5-digit commune code$/,
    );
  });

  it('every problem of a row is reported, not just the first', () => {
    expect(
      problems({ employer: '', commune: 'Tân Phong', headcount: '0', deadline: 'hôm qua' }, { extraFields: 2 }),
    ).toEqual([
      'line 7: 2 more fields than the header has columns; a value with a comma must be in double quotes',
      'line 7, employer: is empty; write the company or household name',
      expect.stringMatching(/^line 7, commune: "Tân Phong" matches 2 communes/),
      'line 7, headcount: must be between 1 and 10000; it is 0',
      'line 7, deadline: "hôm qua" is not a date; write dd/mm/yyyy or yyyy-mm-dd',
    ]);
  });

  it('a bad province is reported once, without guessing the commune', () => {
    expect(problems({ commune: 'Tân Phong', province: 'Atlantis' })).toEqual([
      expect.stringMatching(/^line 7, province: /),
    ]);
  });
});
