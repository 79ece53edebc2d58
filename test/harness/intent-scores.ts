import type { IntentReader } from '../../src/kernel/intents/index.ts';

/**
 * How well the intent rules read a table of messages: precision (of the messages read as one intent, the share read
 * right), recall (of the messages that ask for something, the share read right at once), how many were asked about
 * instead (two or three choices including the right one), and every miss, for the test and `npm run bench:intents`.
 */
export interface IntentScores {
  messages: number;
  precision: number;
  recall: number;
  /** Share of the requests answered with a choice that includes the right one (not wrong, one more message). */
  askedRight: number;
  /** Share of the messages with no request that were read as one (the person got a feature, not the menu). */
  falseAlarms: number;
  wrong: { text: string; expected: string; got: string }[];
}

export function scoreIntents(read: IntentReader, table: readonly (readonly [string, string])[]): IntentScores {
  let readAsOne = 0;
  let right = 0;
  let requests = 0;
  let asked = 0;
  let quiet = 0;
  let alarms = 0;
  const wrong: IntentScores['wrong'] = [];
  for (const [text, expected] of table) {
    const reading = read(text);
    const got = reading.kind === 'one' ? reading.id : reading.kind === 'several' ? reading.ids.join('|') : 'none';
    if (reading.kind === 'one') readAsOne += 1;
    if (expected === 'none') {
      quiet += 1;
      if (reading.kind !== 'none') {
        alarms += 1;
        wrong.push({ text, expected, got });
      }
      continue;
    }
    requests += 1;
    if (reading.kind === 'one' && reading.id === expected) right += 1;
    else if (reading.kind === 'several' && reading.ids.includes(expected)) asked += 1;
    else wrong.push({ text, expected, got });
  }
  const share = (part: number, whole: number) => (whole === 0 ? 1 : Math.round((part / whole) * 1000) / 1000);
  return {
    messages: table.length,
    precision: share(right, readAsOne),
    recall: share(right, requests),
    askedRight: share(asked, requests),
    falseAlarms: share(alarms, quiet),
    wrong,
  };
}
