/**
 * The figures in a post (the wage field and every wage written in the text) and the extra conditions a rule
 * needs (rules.ts `Condition`): high pay, pay by the day, or another phrase. Each gives its evidence or null.
 */
import { parseWage } from '../wage/index.ts';
import type { Wage } from '../wage/index.ts';
import { type Doc, originalSpan } from './doc.ts';
import { type Condition, DAILY_PAY_WORDS, HIGH_PAY_VND, WAGE_IN_TEXT } from './rules.ts';
import { findPhrase, globalOf } from './text.ts';

export interface FoundWage {
  wage: Wage;
  /** Original offset (-1 = the wage field). */
  start: number;
  text: string;
}

/** The wage field, then every figure with a period in the text ("500k/ngày"), parsed by the wage module. */
export function collectWages(field: Wage | null, doc: Doc): FoundWage[] {
  const out: FoundWage[] = [];
  if (field !== null) out.push({ wage: field, start: -1, text: field.raw });
  const re = globalOf(WAGE_IN_TEXT);
  for (let m = re.exec(doc.folded); m !== null; m = re.exec(doc.folded)) {
    const span = originalSpan(doc, m.index, m.index + m[0].length);
    const text = doc.original.slice(span.start, span.end);
    const wage = parseWage(text);
    if (wage.currency === 'VND' && wage.period !== null && (wage.max ?? wage.min) !== null) {
      out.push({ wage, start: span.start, text });
    }
  }
  return out;
}

/** What fulfils the condition in the post, quoted, or null when nothing does. */
export function conditionEvidence(doc: Doc, condition: Condition, wages: readonly FoundWage[]): string | null {
  if (condition === 'high_pay') {
    const w = wages.find((x) => {
      const value = x.wage.max ?? x.wage.min;
      const period = x.wage.period;
      return (
        x.wage.currency === 'VND' &&
        value !== null &&
        period !== null &&
        period !== 'piece' &&
        value >= HIGH_PAY_VND[period]
      );
    });
    return w === undefined ? null : w.text;
  }
  if (condition === 'daily_pay') {
    const w = wages.find((x) => x.wage.period === 'day');
    if (w !== undefined) return w.text;
    return findPhrase(doc, DAILY_PAY_WORDS, false)?.text ?? null;
  }
  return findPhrase(doc, condition, false)?.text ?? null;
}
