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
