/** One-sided wages: "từ 8 triệu", "trên 11 triệu", "10 triệu trở lên" (a minimum); "lên đến 18 triệu" (a maximum). */

const MIN_ONLY_BEFORE = /(?:^|[^a-z])(?:tu|tren|hon|toi thieu|it nhat|khoi diem|from|min|over|above)[ :]*$/;
const MAX_ONLY_BEFORE =
  /(?:^|[^a-z])(?:len den|len toi|len|toi da|up ?to|max|den|toi|duoi|khong qua|under|below)[ :]*$/;
const BOUND_AFTER = /^[^\d+;]{0,24}?\btro (len|xuong|lai)\b/;

export type Bound = 'min' | 'max' | null;

/** Whether words around a single figure make it only a minimum or only a maximum. */
export function boundWords(text: string, start: number, end: number): Bound {
  const before = text.slice(Math.max(0, start - 24), start);
  if (MIN_ONLY_BEFORE.test(before)) return 'min';
  if (MAX_ONLY_BEFORE.test(before)) return 'max';
  const after = BOUND_AFTER.exec(text.slice(end, end + 40));
  if (after !== null) return after[1] === 'len' ? 'min' : 'max';
  return null;
}
