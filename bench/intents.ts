/**
 * How well free text is read as intents (src/kernel/intents, phrases declared by each feature), over the tuning
 * table and the held-out table in test/fixtures/intents: precision, recall, the share asked about (two or three
 * choices including the right one), false alarms on idle messages, every miss, and the time per message.
 * Prints JSON. Usage: npm run bench:intents
 */
import { performance } from 'node:perf_hooks';
import { REGISTRY } from '../src/features/index.ts';
import { HELD_OUT_MESSAGES } from '../test/fixtures/intents/held-out.ts';
import { INTENT_MESSAGES } from '../test/fixtures/intents/messages.ts';
import { scoreIntents } from '../test/harness/intent-scores.ts';

const read = REGISTRY.intents.read;
const all = [...INTENT_MESSAGES, ...HELD_OUT_MESSAGES];
for (const [text] of all) read(text);
const rounds = 50;
const started = performance.now();
for (let round = 0; round < rounds; round += 1) for (const [text] of all) read(text);
const microsPerMessage = ((performance.now() - started) * 1000) / (rounds * all.length);

console.log(
  JSON.stringify(
    {
      tuning: scoreIntents(read, INTENT_MESSAGES),
      heldOut: scoreIntents(read, HELD_OUT_MESSAGES),
      microsPerMessage: Math.round(microsPerMessage * 10) / 10,
    },
    null,
    2,
  ),
);
