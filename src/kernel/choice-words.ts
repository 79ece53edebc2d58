/**
 * Which numbered choice an answer names in words (folded text: no accents, lower case): "hai", "số hai", "chọn
 * 2", "cái thứ hai", "cái đầu tiên", "cái cuối", "second". The position counted from 1, or null. `count` is how
 * many choices were offered (for "the last one").
 */
const NUMBER_WORDS: Readonly<Record<string, number>> = {
  mot: 1,
  hai: 2,
  ba: 3,
  bon: 4,
  tu: 4,
  nam: 5,
  lam: 5,
  sau: 6,
  bay: 7,
  tam: 8,
  chin: 9,
  muoi: 10,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
};

const ORDINAL_WORDS: Readonly<Record<string, number>> = {
  'dau tien': 1,
  dau: 1,
  nhat: 1,
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
};

const LAST_WORDS = new Set(['cuoi', 'cuoi cung', 'last', 'the last one', 'last one']);

/** "tôi chọn", "chọn", "lấy" before "cái", "số", "mục", "lựa chọn", "phương án", "option"…, then "thứ". */
const LEAD =
  /^(?:(?:toi |em |minh )?(?:chon|lay|bam|go) )?(?:(?:cai|so|muc|lua chon|phuong an|dong|option|number|the) )?(?:thu )?/;

/** Polite or chatty endings: "ạ", "nhé", "nha", "đi", "ak", "please". */
const TAIL = /(?: (?:a|nhe|nha|nhen|di|ak|ah|a nha|please|pls))+$/;

export function choicePositionInWords(folded: string, count: number): number | null {
  const text = folded
    .replace(/[.!?,]+$/, '')
    .replace(TAIL, '')
    .trim();
  // A bare number is read without words, before this (NUMBER_ONLY in choices.ts).
  if (text === '' || text.length > 40 || /^\d+$/.test(text)) return null;
  const rest = text.replace(LEAD, '');
  if (LAST_WORDS.has(rest)) return count > 0 ? count : null;
  const position = /^\d{1,3}$/.test(rest) ? Number(rest) : (NUMBER_WORDS[rest] ?? ORDINAL_WORDS[rest] ?? null);
  return position !== null && position >= 1 && position <= count ? position : null;
}
