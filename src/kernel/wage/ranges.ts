/**
 * Ranges: which amounts form one wage ("8-10tr", "8 đến 10 triệu"), which group is the wage rather than a bonus,
 * and how the two sides of a range share a unit ("8-10 triệu", "8tr - 10", "500 - 1tr").
 */
import { isExplicit } from './amounts.ts';
import type { Amount } from './amounts.ts';
import type { WageCurrency } from './types.ts';

const RANGE_SEPARATOR = /^(?: ?\/ ?[a-z]+)? ?(?:-|den|toi|to) ?$/;

export interface Group {
  first: Amount;
  second: Amount | null;
}

export function groupAmounts(text: string, amounts: Amount[]): Group[] {
  const groups: Group[] = [];
  for (let i = 0; i < amounts.length; i++) {
    const first = amounts[i];
    if (first === undefined) continue;
    const next = amounts[i + 1];
    if (next !== undefined && RANGE_SEPARATOR.test(text.slice(first.end, next.start))) {
      groups.push({ first, second: next });
      i++;
    } else {
      groups.push({ first, second: null });
    }
  }
  return groups;
}

/** Words that make a figure a bonus or allowance, not the wage ("thưởng 2 triệu, lương 8 triệu"). */
const EXTRA_PAY =
  /(?:^|[^a-z])(?:thuong|phu cap|tro cap|ho tro|hoa hong|tang ca|chuyen can|tien an|an trua|xang xe|nha o)(?![a-z])/;

function isExtraPay(text: string, group: Group): boolean {
  const before = text.slice(Math.max(0, group.first.start - 30), group.first.start);
  const clause = before.split(/[,;+(]|\. /).pop() ?? '';
  return EXTRA_PAY.test(clause);
}

/**
 * The wage is the first group with a unit or currency that is not a bonus or allowance; then the first group
 * with a unit at all; bare numbers only when nothing better exists.
 */
export function pickGroup(text: string, groups: Group[]): Group | null {
  const explicit = groups.filter((g) => isExplicit(g.first) || (g.second !== null && isExplicit(g.second)));
  return explicit.find((g) => !isExtraPay(text, g)) ?? explicit[0] ?? groups[0] ?? null;
}

/** Give a unit-less side of a range the unit of the other side ("8-10 triệu", "8tr - 10"). */
export function shareUnits(a: Amount, b: Amount): { a: Amount; b: Amount; scaled: boolean } {
  let left = { ...a };
  let right = { ...b };
  let scaled = false;
  // Within 10× of each other, so "10-8 triệu" still shares; "500 - 1tr" does not (scaled below instead).
  if (
    left.multiplier === null &&
    right.multiplier !== null &&
    left.currency === null &&
    !left.bigBare &&
    left.value <= right.value * 10
  ) {
    left = { ...left, multiplier: right.multiplier, multiplierWord: right.multiplierWord };
  }
  if (
    right.multiplier === null &&
    left.multiplier !== null &&
    right.currency === null &&
    !right.bigBare &&
    right.value * 10 >= left.value
  ) {
    right = { ...right, multiplier: left.multiplier, multiplierWord: left.multiplierWord };
  }
  if (left.currency === null && right.currency !== null) left = { ...left, currency: right.currency };
  if (right.currency === null && left.currency !== null) right = { ...right, currency: left.currency };
  // Still unit-less against a unit-ful partner ("500 - 1tr", "8 - 10.000.000"): scale by thousands.
  const leftTotal = left.value * (left.multiplier ?? 1);
  const rightTotal = right.value * (right.multiplier ?? 1);
  if (left.multiplier === null && right.multiplier !== null && left.value > 0) {
    let v = left.value;
    while (v * 1000 <= rightTotal) v *= 1000;
    if (v !== left.value) scaled = true;
    left = { ...left, value: v };
  } else if (right.multiplier === null && left.multiplier !== null && right.value > 0) {
    let v = right.value;
    while (v < leftTotal) v *= 1000;
    if (v !== right.value) scaled = true;
    right = { ...right, value: v };
  } else if (
    left.multiplier === null &&
    right.multiplier === null &&
    left.value > 0 &&
    left.value < 1000 &&
    rightTotal >= 10_000
  ) {
    let v = left.value;
    while (v * 1000 <= rightTotal) v *= 1000;
    if (v !== left.value) scaled = true;
    left = { ...left, value: v };
  }
  return { a: left, b: right, scaled };
}

/** The range's currency: the first one written, else VND when a side has a đồng unit or a full đồng figure. */
export function currencyOfGroup(amounts: Amount[]): WageCurrency | null {
  for (const a of amounts) if (a.currency !== null) return a.currency;
  for (const a of amounts) if (a.multiplier !== null || a.bigBare) return 'VND';
  return null;
}
