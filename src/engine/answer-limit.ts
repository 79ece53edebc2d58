import type { Flow } from './types.ts';

/**
 * How long a typed answer may be. Messages arrive with up to 4,096 characters (Telegram; 2,000 on Zalo), far more
 * than a name, a phone, a year, a place, a trade, a title, a wage, a date or a reason needs: the engine refuses a
 * longer answer before any parser reads it, re-asks politely, and saves nothing. A step whose answer is naturally
 * long declares its own limit (Flow.answerLimits): a vacancy's requirements, a broadcast's text.
 *
 * Characters are Unicode code points of the text as sent (spaces included), which is also how the platforms
 * count their own limits; combining marks count one each, so "a" followed by 1,000 accents is long.
 */
export const ANSWER_LIMIT = 200;

/** The longest answer the step takes: its flow's own limit for it, else ANSWER_LIMIT. */
export function answerLimit(flow: Flow | undefined, step: string | undefined): number {
  const own = step === undefined ? undefined : flow?.answerLimits?.[step];
  return own ?? ANSWER_LIMIT;
}

/** The number of characters (code points) in `text`. */
export function answerLength(text: string): number {
  let length = 0;
  for (let i = 0; i < text.length; i += 1) {
    const unit = text.charCodeAt(i);
    // A high surrogate followed by a low one is one character (an emoji, a rare Han character).
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i += 1;
    }
    length += 1;
  }
  return length;
}

/** Whether `text` has more than `limit` characters; UTF-16 length is an upper bound, so short text is not counted. */
export function isLongerThan(text: string, limit: number): boolean {
  return text.length > limit && answerLength(text) > limit;
}
