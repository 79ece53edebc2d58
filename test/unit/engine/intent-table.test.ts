import { describe, expect, it } from 'vitest';
import { REGISTRY } from '../../../src/features/index.ts';
import { HELD_OUT_MESSAGES } from '../../fixtures/intents/held-out.ts';
import { INTENT_MESSAGES } from '../../fixtures/intents/messages.ts';
import { scoreIntents } from '../../harness/intent-scores.ts';

/**
 * The intents every feature declares, read over real-style messages (test/fixtures/intents). The figures are printed
 * by `npm run bench:intents`; these floors only catch a change that makes the reading clearly worse.
 */
describe('the intent table', () => {
  it('has at least 150 messages, each expecting a declared intent or none', () => {
    expect(INTENT_MESSAGES.length).toBeGreaterThanOrEqual(150);
    for (const [text, intent] of [...INTENT_MESSAGES, ...HELD_OUT_MESSAGES]) {
      expect(intent === 'none' || REGISTRY.intents.get(intent) !== undefined, `${text} → ${intent}`).toBe(true);
    }
  });

  it('reads the tuning messages with precision ≥ 0.97 and recall ≥ 0.93, acting on none of the idle ones', () => {
    const scores = scoreIntents(REGISTRY.intents.read, INTENT_MESSAGES);
    expect(scores.precision).toBeGreaterThanOrEqual(0.97);
    expect(scores.recall).toBeGreaterThanOrEqual(0.93);
    expect(scores.falseAlarms).toBe(0);
  });

  it('reads the held-out messages (never tuned on) with precision ≥ 0.9 and recall ≥ 0.8', () => {
    const scores = scoreIntents(REGISTRY.intents.read, HELD_OUT_MESSAGES);
    expect(scores.precision).toBeGreaterThanOrEqual(0.9);
    expect(scores.recall).toBeGreaterThanOrEqual(0.8);
    expect(scores.falseAlarms).toBe(0);
  });
});
