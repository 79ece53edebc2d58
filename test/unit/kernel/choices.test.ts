import { describe, expect, it } from 'vitest';
import { resolveChoice, resolveChoices } from '../../../src/kernel/choices.ts';

const MENU = [
  { id: 'register', label: 'Đăng ký nhận tin việc làm' },
  { id: 'search', label: 'Tìm việc ngay' },
  { id: 'employer', label: 'Tôi là nhà tuyển dụng' },
  { id: 'help', label: 'Hướng dẫn' },
];
const CONSENT = [
  { id: 'yes', label: 'Đồng ý' },
  { id: 'no', label: 'Không đồng ý' },
];

describe('resolveChoice', () => {
  it.each([
    ['1', MENU, 'register'],
    [' 2 ', MENU, 'search'],
    ['2.', MENU, 'search'],
    ['#3', MENU, 'employer'],
    ['so 4', MENU, 'help'],
    ['Số 4', MENU, 'help'],
    ['４', MENU, 'help'], // full-width digits from some phone keyboards
    ['5', MENU, null],
    ['0', MENU, null],
    ['Tìm việc ngay', MENU, 'search'],
    ['tim viec ngay', MENU, 'search'],
    ['TIM VIEC', MENU, 'search'],
    ['huong dan', MENU, 'help'],
    ['Đồng ý', CONSENT, 'yes'],
    ['dong y', CONSENT, 'yes'],
    ['khong', CONSENT, 'no'],
    ['khong dong y', CONSENT, 'no'],
    ['ok', CONSENT, null],
    ['', CONSENT, null],
    ['   ', CONSENT, null],
    ['1 2', MENU, null], // multi-select is the dialog engine's business
    ['toi', MENU, 'employer'],
    ['to', MENU, null], // too short to be a prefix
  ])('%j -> %j', (text, choices, expected) => {
    expect(resolveChoice(text, choices)).toBe(expected);
  });

  it.each([
    // the number as a keycap emoji, or in words
    ['2️⃣', MENU, 'search'],
    ['hai', MENU, 'search'],
    ['Hai', MENU, 'search'],
    ['số hai', MENU, 'search'],
    ['so 2 nhe', MENU, 'search'],
    ['chọn 3', MENU, 'employer'],
    ['tôi chọn số 1', MENU, 'register'],
    ['cái thứ hai', MENU, 'search'],
    ['thứ tư ạ', MENU, 'help'],
    ['cái đầu tiên', MENU, 'register'],
    ['cai dau', MENU, 'register'],
    ['thứ nhất', MENU, 'register'],
    ['cái cuối', MENU, 'help'],
    ['cuối cùng', CONSENT, 'no'],
    ['second', MENU, 'search'],
    ['the last one', MENU, 'help'],
    ['năm', MENU, null], // 5: not offered
    ['ba', CONSENT, null], // 3: not offered
    ['muoi hai', MENU, null], // not a number this reads
    // the label with a slip: one for 4–7 letters, two from 8, only when one label is nearest
    ['dong u', CONSENT, 'yes'],
    ['huogn dan', MENU, 'help'],
    ['huong dna', MENU, 'help'],
    ['tim viec ngya', MENU, 'search'],
    ['kong', CONSENT, null], // near no label ("khong dong y" is far)
    ['khng dong y', CONSENT, 'no'],
    ['abc', MENU, null],
  ])('forgiving: %j -> %j', (text, choices, expected) => {
    expect(resolveChoice(text, choices)).toBe(expected);
  });

  it('a word that is a label wins over the number it also is: "Nam" (male) is not 5', () => {
    const sex = [
      { id: 'f', label: 'Nữ' },
      { id: 'm', label: 'Nam' },
      { id: 'x', label: 'Không muốn nói' },
      { id: 'a', label: 'Khác' },
      { id: 'b', label: 'Bỏ qua' },
    ];
    expect(resolveChoice('nam', sex)).toBe('m');
    expect(resolveChoice('năm', sex)).toBe('m');
  });

  it('two labels as near as each other choose neither', () => {
    const two = [
      { id: 'a', label: 'Sáng' },
      { id: 'b', label: 'Sang' },
    ];
    expect(resolveChoice('sanx', two)).toBeNull();
  });

  it('returns null when no choices were offered', () => {
    expect(resolveChoice('1', [])).toBeNull();
  });
});

describe('resolveChoices', () => {
  it.each([
    ['1 4', ['register', 'help']],
    ['2, 4', ['search', 'help']],
    ['1;3', ['register', 'employer']],
    ['1 va 3', ['register', 'employer']],
    ['3 và 1', ['employer', 'register']],
    ['1 1 2', ['register', 'search']],
    ['2', ['search']],
    ['tim viec ngay', ['search']],
    ['1 9', []],
    ['abc', []],
    ['', []],
  ])('%j -> %j', (text, expected) => {
    expect(resolveChoices(text, MENU)).toEqual(expected);
  });
});
