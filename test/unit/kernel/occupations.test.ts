import { describe, expect, it } from 'vitest';
import { fold } from '../../../src/kernel/fold.ts';
import {
  OCCUPATIONS,
  OCCUPATION_KEYS,
  type OccupationKey,
  isOccupationKey,
  matchOccupations,
  occupationByKey,
  occupationLabel,
} from '../../../src/kernel/occupations/index.ts';

const keys = (text: string): OccupationKey[] => matchOccupations(text).map((m) => m.key);

describe('OCCUPATIONS data', () => {
  it('has exactly the 22 categories of table 2.3, in the table order, with other last', () => {
    expect(OCCUPATIONS).toHaveLength(22);
    expect(OCCUPATIONS.map((o) => o.key)).toEqual([
      'factory',
      'garment',
      'electronics',
      'food_processing',
      'construction',
      'mechanic_welding',
      'electrician',
      'agriculture',
      'forestry_fishing',
      'mining',
      'driver',
      'delivery',
      'warehouse',
      'hospitality',
      'sales',
      'security',
      'domestic_care',
      'cleaning',
      'craft_wood',
      'overseas_work',
      'general_labour',
      'other',
    ]);
    expect(OCCUPATIONS.map((o) => o.key)).toEqual([...OCCUPATION_KEYS]);
  });

  it('has unique keys', () => {
    expect(new Set(OCCUPATIONS.map((o) => o.key)).size).toBe(OCCUPATIONS.length);
  });

  it('has a Vietnamese and an English label for every category', () => {
    for (const o of OCCUPATIONS) {
      expect(o.vi.trim()).not.toBe('');
      expect(o.en.trim()).not.toBe('');
      expect(o.vi).toBe(o.vi.normalize('NFC'));
    }
  });

  it('every synonym and lone word is already folded', () => {
    for (const o of OCCUPATIONS) {
      for (const s of [...o.synonyms, ...o.loneWords]) {
        expect(fold(s), `${o.key}: ${s}`).toBe(s);
        expect(s).not.toBe('');
      }
    }
  });

  it('no phrase belongs to two categories, and none is listed twice', () => {
    const owner = new Map<string, string>();
    for (const o of OCCUPATIONS) {
      for (const s of [...o.synonyms, ...o.loneWords]) {
        expect(owner.get(s), `"${s}" in ${owner.get(s)} and ${o.key}`).toBeUndefined();
        owner.set(s, o.key);
      }
    }
  });

  it('has no ambiguous short word among the anywhere-synonyms', () => {
    // these fold from several common words (mở/mỏ, đã/đá, thân/than, tiền/tiện, khó/kho, hạn/hàn…)
    const ambiguous = ['mo', 'da', 'than', 'tien', 'kho', 'han', 'bep', 'moc', 'dien', 'khac', 'co khi', 'ho'];
    const all = OCCUPATIONS.flatMap((o) => o.synonyms);
    for (const word of ambiguous) expect(all, word).not.toContain(word);
    // single words of two letters are acronyms only
    const twoLetter = all.filter((s) => !s.includes(' ') && s.length <= 2);
    expect(twoLetter.sort()).toEqual(['pg', 'qc']);
  });

  it('the first part of every Vietnamese label is itself matched, as a name', () => {
    for (const o of OCCUPATIONS) {
      const firstPart = o.vi.replace(/\([^)]*\)/g, '').split(',')[0] ?? '';
      expect(matchOccupations(firstPart)[0], `${o.key}: ${firstPart}`).toMatchObject({
        key: o.key,
        via: 'name',
      });
    }
  });

  it('carries VSCO level-2 codes and VSIC section letters', () => {
    for (const o of OCCUPATIONS) {
      for (const code of o.vsco) expect(code).toMatch(/^\d{2}$/);
      for (const section of o.vsic) expect(section).toMatch(/^[A-U]$/);
      if (o.vscoAny) expect(o.vsco).toEqual([]);
      if (o.vsicAny) expect(o.vsic).toEqual([]);
    }
    expect(occupationByKey('factory')).toMatchObject({ vsco: ['81', '82', '93'], vsic: ['C'] });
    expect(occupationByKey('mechanic_welding')).toMatchObject({ vsco: ['72'], vsic: ['C', 'G'] });
    expect(occupationByKey('driver')).toMatchObject({ vsco: ['83'], vsic: ['H', 'F'] });
    expect(occupationByKey('overseas_work')).toMatchObject({ vsco: [], vscoAny: true, vsic: [], vsicAny: true });
    expect(occupationByKey('general_labour')).toMatchObject({
      vsco: ['91', '92', '93', '94', '95', '96'],
      vscoAny: false,
      vsicAny: true,
    });
    expect(occupationByKey('other')).toMatchObject({ vsco: [], vscoAny: false, vsic: [], vsicAny: false });
  });

  it('marks only the catch-all categories as broad', () => {
    expect(OCCUPATIONS.filter((o) => o.broad).map((o) => o.key)).toEqual(['factory', 'general_labour', 'other']);
  });
});

describe('occupationByKey / occupationLabel / isOccupationKey', () => {
  it('finds a category by key', () => {
    expect(occupationByKey('garment')?.vi).toBe('May mặc, dệt, da giày');
    expect(occupationByKey('nope')).toBeUndefined();
  });

  it.each([
    ['garment', 'vi', 'May mặc, dệt, da giày'],
    ['garment', 'en', 'Garment, textile, footwear'],
    ['security', 'vi', 'Bảo vệ'],
    ['security', 'en', 'Security guard'],
    ['other', 'vi', 'Khác'],
    ['overseas_work', 'en', 'Overseas contract work (labour export)'],
    ['retired_key', 'vi', 'retired_key'],
  ] as const)('occupationLabel(%j, %j) = %j', (key, lang, label) => {
    expect(occupationLabel(key, lang)).toBe(label);
  });

  it('tells keys from other strings', () => {
    expect(isOccupationKey('driver')).toBe(true);
    expect(isOccupationKey('Driver')).toBe(false);
    expect(isOccupationKey('')).toBe(false);
  });
});

describe('matchOccupations: what workers type', () => {
  // Each phrase is tried as typed (with accents) and folded (as typed without accents).
  const cases: [string, OccupationKey][] = [
    ['thợ may', 'garment'],
    ['may', 'garment'],
    ['Làm may ở Bình Dương', 'garment'],
    ['may công nghiệp', 'garment'],
    ['da giày', 'garment'],
    ['phụ hồ', 'construction'],
    ['Thợ hồ', 'construction'],
    ['xây dựng', 'construction'],
    ['lái xe tải', 'driver'],
    ['lai may xuc', 'driver'],
    ['Lái xe bằng C', 'driver'],
    ['tài xế xe khách', 'driver'],
    ['đi Nhật', 'overseas_work'],
    ['xuat khau lao dong', 'overseas_work'],
    ['XKLĐ Hàn Quốc', 'overseas_work'],
    ['đi Đài Loan', 'overseas_work'],
    ['giúp việc nhà', 'domestic_care'],
    ['osin', 'domestic_care'],
    ['chăm người già', 'domestic_care'],
    ['trông trẻ', 'domestic_care'],
    ['làm công ty', 'factory'],
    ['đi làm công ty', 'factory'],
    ['công nhân', 'factory'],
    ['khu công nghiệp', 'factory'],
    ['bảo vệ', 'security'],
    ['shipper', 'delivery'],
    ['giao hàng', 'delivery'],
    ['chạy Grab', 'delivery'],
    ['bốc xếp', 'warehouse'],
    ['lái xe nâng', 'warehouse'],
    ['kho', 'warehouse'],
    ['nuôi tôm', 'forestry_fishing'],
    ['trồng rừng', 'forestry_fishing'],
    ['đánh cá', 'forestry_fishing'],
    ['hàn điện', 'mechanic_welding'],
    ['thợ hàn', 'mechanic_welding'],
    ['hàn', 'mechanic_welding'],
    ['nghề cơ khí', 'mechanic_welding'],
    ['sửa xe máy', 'mechanic_welding'],
    ['phục vụ nhà hàng', 'hospitality'],
    ['phụ bếp', 'hospitality'],
    ['làm bếp', 'hospitality'],
    ['thu ngân', 'sales'],
    ['bán hàng', 'sales'],
    ['tạp vụ', 'cleaning'],
    ['dọn dẹp vệ sinh', 'cleaning'],
    ['thợ mộc', 'craft_wood'],
    ['thủ công mỹ nghệ', 'craft_wood'],
    ['thợ điện', 'electrician'],
    ['điện nước', 'electrician'],
    ['lắp ráp điện tử', 'electronics'],
    ['lap rap may', 'electronics'],
    ['chế biến thủy sản', 'food_processing'],
    ['đóng gói', 'food_processing'],
    ['chăn nuôi', 'agriculture'],
    ['cạo mủ cao su', 'agriculture'],
    ['khai thác mỏ', 'mining'],
    ['thợ lò', 'mining'],
    ['lao động phổ thông', 'general_labour'],
    ['việc gì cũng được', 'general_labour'],
    ['nghề khác', 'other'],
    ['Khác', 'other'],
  ];

  it.each(cases)('%j → %s', (text, key) => {
    expect(keys(text)).toEqual([key]);
    expect(keys(fold(text))).toEqual([key]);
  });

  it('tolerates upper case, extra spaces, punctuation and decomposed accents', () => {
    expect(keys('  THỢ   MAY!!! ')).toEqual(['garment']);
    expect(keys('Tho\u031b\u0300 may')).toEqual(['garment']);
    expect(keys('phụ-hồ')).toEqual(['construction']);
  });
});

describe('matchOccupations: longest phrase wins', () => {
  it.each<[string, OccupationKey[]]>([
    ['máy xúc', ['driver']],
    ['lái máy xúc', ['driver']],
    ['máy xúc, máy ủi', ['driver']],
    ['lắp ráp máy', ['electronics']],
    ['sửa máy móc', ['mechanic_welding']],
    ['máy lạnh', ['electrician']],
    ['sửa xe máy', ['mechanic_welding']],
    ['giao hàng xe máy', ['delivery']],
    ['nhà máy may', ['garment']],
    ['nhà máy', ['factory']],
    ['bảo vệ rừng', ['forestry_fishing']],
    ['chế biến gỗ', ['craft_wood']],
    ['đánh bắt thủy sản', ['forestry_fishing']],
    ['đi Hàn', ['overseas_work']],
    ['Hàn Quốc', ['overseas_work']],
  ])('%j → %j', (text, expected) => {
    expect(keys(text)).toEqual(expected);
  });
});

describe('matchOccupations: several occupations in one text', () => {
  it.each<[string, OccupationKey[]]>([
    ['may va phu ho', ['garment', 'construction']],
    ['may và phụ hồ', ['garment', 'construction']],
    ['Thợ may hoặc làm công ty', ['garment', 'factory']],
    ['bảo vệ, tạp vụ', ['security', 'cleaning']],
    ['đi Nhật làm may', ['overseas_work', 'garment']],
    ['đi Hàn Quốc làm hàn', ['overseas_work', 'mechanic_welding']],
    ['lái xe / giao hàng / bốc xếp', ['driver', 'delivery', 'warehouse']],
    ['cơ khí và hàn', ['mechanic_welding']],
    ['phục vụ nhà hàng hay thu ngân', ['hospitality', 'sales']],
  ])('%j → %j', (text, expected) => {
    expect(keys(text)).toEqual(expected);
  });

  it('a catch-all gives way to a specific category in the same part of the text', () => {
    expect(keys('công nhân xây dựng')).toEqual(['construction']);
    expect(keys('bảo vệ công ty')).toEqual(['security']);
    expect(keys('công nhân nhà máy điện tử')).toEqual(['electronics']);
    // …but not to one in another part
    expect(keys('làm công ty hoặc phụ hồ')).toEqual(['factory', 'construction']);
  });

  it('returns one match per category', () => {
    expect(keys('phụ hồ, thợ hồ, xây dựng')).toEqual(['construction']);
  });
});

describe('matchOccupations: scores and how it matched', () => {
  it('says how each match was made', () => {
    expect(matchOccupations('May mặc')).toEqual([{ key: 'garment', score: 1, via: 'name' }]);
    expect(matchOccupations('thợ may')).toEqual([{ key: 'garment', score: 1, via: 'synonym' }]);
    expect(matchOccupations('hàn')).toEqual([{ key: 'mechanic_welding', score: 0.9, via: 'name' }]);
    expect(matchOccupations('phuho')).toEqual([{ key: 'construction', score: 0.85, via: 'fuzzy' }]);
    expect(matchOccupations('shiper')).toEqual([{ key: 'delivery', score: 0.7, via: 'fuzzy' }]);
  });

  it('ranks by score, then by order of mention', () => {
    expect(keys('thợ may và xây dựng')).toEqual(['garment', 'construction']);
    expect(keys('xây dựng và thợ may')).toEqual(['construction', 'garment']);
    const matches = matchOccupations('shiper, hàn, phụ hồ');
    expect(matches.map((m) => m.key)).toEqual(['construction', 'mechanic_welding', 'delivery']);
    expect(matches.map((m) => m.score)).toEqual([1, 0.9, 0.7]);
  });

  it('never returns via number: menu numbers are the dialog engine’s job', () => {
    expect(matchOccupations('1 3')).toEqual([]);
    expect(matchOccupations('2')).toEqual([]);
    expect(keys('1. thợ may')).toEqual(['garment']);
  });
});

describe('matchOccupations: typos and run-together words', () => {
  it.each<[string, OccupationKey]>([
    ['shiper', 'delivery'],
    ['shippper', 'delivery'],
    ['baove', 'security'],
    ['giupviec', 'domestic_care'],
    ['laixe', 'driver'],
    ['xaydung', 'construction'],
    ['samsumg', 'electronics'],
  ])('%j → %s', (text, key) => {
    expect(matchOccupations(text)).toEqual([expect.objectContaining({ key, via: 'fuzzy' })]);
  });

  // real words one or two edits away from a synonym or a run-together phrase
  it.each(['phuhop', 'nguoi', 'truong', 'thuong', 'khong', 'nhanh', 'hanoi', 'nhanvien', 'asdfg', 'hello'])(
    '%j is not guessed',
    (text) => {
      expect(matchOccupations(text)).toEqual([]);
    },
  );
});

describe('matchOccupations: text that names no occupation', () => {
  it.each([
    '',
    '   ',
    'asdf',
    '???',
    '😀',
    'ok',
    'có',
    'không',
    'xin chào',
    'cảm ơn',
    'tôi cần việc làm',
    'tôi ở Bình Dương',
    'lương 8 triệu',
    'lương mấy triệu?',
    'mấy giờ làm?',
    'bao nhiêu tiền',
    'máy tính',
    'điện thoại',
    'thời hạn',
    'hạn chế',
    'có khi nào',
    'việc khó quá',
    'khác nhau',
    'phù hợp',
    'làm hộ em',
    'tốt nghiệp phổ thông',
    'than',
    'đá',
    'mỏ',
    'thợ',
  ])('%j → []', (text) => {
    expect(matchOccupations(text)).toEqual([]);
  });
});
