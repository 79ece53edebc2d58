import { afterAll, describe, expect, it } from 'vitest';
import type { Choice } from '../../../src/kernel/message.ts';
import { resolveChoice, resolveChoices } from '../../../src/kernel/choices.ts';
import { parseDeadline } from '../../../src/kernel/deadline.ts';
import { collapseSpaces, fold, tidy } from '../../../src/kernel/fold.ts';
import { matchOccupations, OCCUPATIONS } from '../../../src/kernel/occupations/index.ts';
import { readPeriod } from '../../../src/kernel/periods.ts';
import { findPhoneNumbers, normalizePhone } from '../../../src/kernel/phone.ts';
import { scamReasons } from '../../../src/kernel/scam/index.ts';
import { parseWage, readWageFloor } from '../../../src/kernel/wage/index.ts';
import { inviteCodeIn } from '../../../src/db/invites.ts';
import { search } from '../../../src/kernel/geo/index.ts';
import { readGroupMessage } from '../../../src/features/group/group.ts';
import { answerLimit, ANSWER_LIMIT } from '../../../src/engine/answer-limit.ts';

import { decide } from '../../../src/engine/decide.ts';
import type { FlowState } from '../../../src/engine/types.ts';
import { HOME_MENU } from '../../harness/home-menu.ts';
import { REGISTRY } from '../../../src/features/index.ts';
import { splitNames } from '../../../src/features/broadcast/targets.ts';
import { parseSendTime } from '../../../src/features/broadcast/when.ts';
import { isSkip, parseHeadcount } from '../../../src/features/posting/parse.ts';
import {
  parseBirthYear,
  parseHour,
  parseName,
  parseOccupations,
  parsePriorityGroups,
} from '../../../src/features/registration/parse.ts';
import { periodAsked } from '../../../src/features/stats/flow.ts';
import { contextFor, exploreSteps, NOW, PERSONAS, type StepSample } from './step-explorer.ts';
import { DEFAULT_QUIET_HOURS } from '../../../src/kernel/quiet-hours.ts';
import { type AnyFlowContext, flowsByName } from './flow-walk.ts';
import { menuChoices } from '../../../src/engine/home.ts';

/**
 * No input can stall the process (issue 11): the worst messages we can build are fired at every step of every flow
 * (found by walking the flows, step-explorer.ts), at the top level and at the commands that take words, and each
 * must be handled in less than 20 ms of CPU — the one time bound in the tests, because the issue asks for it.
 * "Handled" is what the service does with a message before any I/O: the pipeline maps typed text to the choices
 * shown (src/kernel/choices.ts), the flow's loader reads what it needs from the text (the stats period), and the
 * engine decides (src/engine/decide.ts), which runs the step and its parsers.
 *
 * Each input comes at 4,096 characters (Telegram's longest message; the engine refuses it before any parser) and
 * at the step's own limit (ANSWER_LIMIT, or more where the flow allows it), which does reach the parsers: they
 * must be near-linear, not merely shielded by the cap. CPU time is process.cpuUsage() after one warm-up call; a
 * slow reading is measured twice more and the best kept, so that a garbage collection is not taken for the input.
 */
const BUDGET_MS = 20;
const TRANSPORT_MAX = 4096;

/** The first `length` characters (code points) of `unit` repeated. */
function repeat(unit: string, length: number): string {
  const chars = [...unit];
  return Array.from({ length }, (_, i) => chars[i % chars.length]).join('');
}

const counting = (length: number): string => {
  let text = '';
  for (let n = 1; text.length < length; n += 1) text += `${n} `;
  return text;
};

const LONE_WORDS = OCCUPATIONS.flatMap((o) => o.loneWords).join(' ');

/** The worst inputs for a step showing `shown`, each cut to `length` characters. */
function worstInputs(length: number, shown: readonly Choice[]): [string, string][] {
  const longestLabel = shown.reduce((a, c) => (c.label.length > a.length ? c.label : a), 'Lựa chọn');
  const patterns: [string, string][] = [
    ['"a " repeated', repeat('a ', length)],
    ['one letter', repeat('a', length)],
    ['digits', repeat('9', length)],
    ['"1 2 3 …"', [...counting(length)].slice(0, length).join('')],
    ['"1 1 1 …"', repeat('1 ', length)],
    ['"1, 2 và 3"', repeat('1, 2 và 3 ', length)],
    ['combining marks', `a${'\u0301'.repeat(length - 1)}`],
    ['"1" + combining marks', `1${'\u0301'.repeat(length - 1)}`],
    ['emoji', repeat('😀', length)],
    ['surrogate pairs', repeat('𠀀𝒜', length)],
    ['lone surrogates', repeat('\ud800a\udc00', length)],
    ['lone words', repeat(`${LONE_WORDS} `, length)],
    ['fillers', repeat('em lam nghe co ', length)],
    ['near-miss places', repeat('meo vacc thai nguyenn ', length)],
    ['places and commas', repeat('Mèo Vạc, Lũng Cú và ', length)],
    ['whitespace', repeat(' ', length)],
    ['newlines and tabs', repeat('\n\t ', length)],
    ['RTL marks', repeat('\u200f\u202e a', length)],
    ['zero-width', repeat('\u200b\u200d\ufeff', length)],
    ['longest label', repeat(`${longestLabel} `, length)],
    ['wages', repeat('7tr5-9 triệu/tháng ', length)],
    ['amounts', repeat('1.000.', length)],
    ['dots', repeat('.', length)],
    ['dashes and slashes', repeat('1-/', length)],
    ['dates', repeat('31/12/2026 - ', length)],
    ['phones', repeat('0912 345 678 ', length)],
    ['ages and hours', repeat('25 tuổi 8h ', length)],
    ['full-width digits', repeat('１２３', length)],
    ['decomposed Vietnamese', repeat('Nguyễn Thị '.normalize('NFD'), length)],
    ['slash command', `/thongke ${repeat('thang ', length - 9)}`],
  ];
  return patterns;
}

function cpuMs(run: () => void): number {
  run();
  const once = (): number => {
    const start = process.cpuUsage();
    run();
    const used = process.cpuUsage(start);
    return (used.user + used.system) / 1000;
  };
  let best = once();
  for (let i = 0; i < 2 && best > BUDGET_MS / 4; i += 1) best = Math.min(best, once());
  return best;
}

/** What the service does with a message in this state before any I/O: map a typed choice, load, decide. */
function handle(
  persona: StepSample['persona'],
  state: FlowState | null,
  shown: readonly Choice[],
  text: string,
  base?: AnyFlowContext,
): void {
  const choiceId = shown.length > 0 ? resolveChoice(text, shown) : null;
  const context = base ?? contextFor(persona, state?.flow ?? '', state, { text, choiceId });
  decide(state, { text, choiceId, lastChoices: shown, stopped: false }, context, REGISTRY);
}

const FLOWS = flowsByName(REGISTRY);
// Flows entered from a notification's answer too: a follow-up answer, an alert's "Quan tâm", an event's "Đăng ký".
const ENTRIES = [
  'followup.hired.1',
  'alert.interested.1',
  'event.register.5',
  'event.jobs.5',
  'event.join.5',
  'event.followup.hired.9',
  'ctrade.yes.1',
  'cwork.no.1',
  'course.signup.1',
  'course.ask.1',
  'course.reply.3',
].map((choiceId) => REGISTRY.answer(choiceId)!);
const found = exploreSteps(FLOWS, ENTRIES);
/** The worst reading per place, for the report printed at the end. */
const worst = new Map<string, { ms: number; input: string }>();
function note(place: string, input: string, ms: number): void {
  const before = worst.get(place);
  if (!before || ms > before.ms) worst.set(place, { ms, input });
}

afterAll(() => {
  const lines = [...worst.entries()]
    .sort(([, a], [, b]) => b.ms - a.ms)
    .map(([place, { ms, input }]) => `${ms.toFixed(2).padStart(7)} ms  ${place}  (${input})`);
  console.info(`Worst CPU time per step, of ${worst.size} places:\n${lines.join('\n')}`);
});

describe('every flow step, found by walking the flows', () => {
  it('reaches every step each flow declares, and no other', () => {
    for (const [name, flow] of Object.entries(FLOWS)) {
      const reached = [...(found.get(name)?.keys() ?? [])].sort();
      expect(reached, name).toEqual([...(flow.steps ?? reached)].sort());
    }
  });

  const cases = [...found.entries()].flatMap(([flow, steps]) =>
    [...steps.entries()].map(([step, samples]) => ({
      place: `${flow}.${step}`,
      flow,
      step,
      samples: samples.slice(0, 3),
    })),
  );

  it.each(cases)('$place: every worst input is handled in < 20 ms of CPU', ({ place, flow, step, samples }) => {
    const slow: string[] = [];
    for (const sample of samples) {
      const limit = answerLimit(FLOWS[flow], step);
      for (const length of [TRANSPORT_MAX, limit]) {
        for (const [name, text] of worstInputs(length, sample.shown)) {
          const ms = cpuMs(() => handle(sample.persona, sample.state, sample.shown, text));
          const label = `${name}, ${length} characters, as ${sample.persona.name}`;
          note(place, label, ms);
          if (ms >= BUDGET_MS) slow.push(`${label}: ${ms.toFixed(1)} ms`);
        }
      }
    }
    expect(slow).toEqual([]);
  });
});

describe('outside any flow', () => {
  const menu: Choice[] = menuChoices('vi', HOME_MENU);

  it.each(PERSONAS.map((persona) => ({ persona })))(
    'the top level, as $persona.name: every worst input in < 20 ms',
    ({ persona }) => {
      const slow: string[] = [];
      for (const shown of [menu, []]) {
        for (const length of [TRANSPORT_MAX, ANSWER_LIMIT]) {
          for (const [name, text] of worstInputs(length, shown)) {
            const ms = cpuMs(() => handle(persona, null, shown, text));
            note('top level (no flow)', `${name}, ${length} characters`, ms);
            if (ms >= BUDGET_MS) slow.push(`${name} (${length}): ${ms.toFixed(1)} ms`);
          }
        }
      }
      expect(slow).toEqual([]);
    },
  );

  it.each(['/nhom ', '/thongke ', '/start ', '/start@KetNoiBot ', '/nhom@KetNoiBot '])(
    '"%s" + 4,096 characters is read in < 20 ms, by every reader of a command',
    (command) => {
      const slow: string[] = [];
      for (const [name, words] of worstInputs(TRANSPORT_MAX, [])) {
        const text = `${command}${words}`;
        const ms = cpuMs(() => {
          inviteCodeIn(text);
          REGISTRY.commands.argument(text);
          readGroupMessage({ chatType: 'group', text, choiceId: null, userId: '7', pick: null, now: NOW });
          periodAsked(null, { text, choiceId: null }, NOW, 'vi');
          handle(PERSONAS[4]!, null, [], text);
        });
        note(`command ${command.trim()} <words>`, name, ms);
        if (ms >= BUDGET_MS) slow.push(`${name}: ${ms.toFixed(1)} ms`);
      }
      expect(slow).toEqual([]);
    },
  );
});

describe('every parser on its own, beyond any cap', () => {
  // The engine's limits keep long text away from these; they must still be near-linear, so that a limit can be
  // raised (or a new caller forget one) without a message stalling the process.
  const choices: Choice[] = Array.from({ length: 22 }, (_, i) => ({
    id: `occ.${i}`,
    label: `Lựa chọn số ${i + 1} có nhãn khá dài`,
  }));
  const PARSERS: Record<string, (text: string) => unknown> = {
    fold,
    tidy,
    collapseSpaces,
    matchOccupations,
    parseOccupations: (text) =>
      parseOccupations(
        text,
        [],
        choices.map((c) => c.id),
        'occ.more',
      ),
    resolveChoice: (text) => resolveChoice(text, choices),
    resolveChoices: (text) => resolveChoices(text, choices),
    parseWage,
    readWageFloor,
    normalizePhone,
    findPhoneNumbers,
    parseDeadline: (text) => parseDeadline(text, NOW),
    search: (text) => search(text),
    readPeriod: (text) => readPeriod(text, NOW),
    parseBirthYear: (text) => parseBirthYear(text, NOW),
    parseHour,
    parseName,
    parseHeadcount,
    isSkip,
    splitNames,
    parsePriorityGroups: (text) => parsePriorityGroups(text, [], {}, 'none'),
    parseSendTime: (text) => parseSendTime(text, NOW, DEFAULT_QUIET_HOURS),
    // Run on a vacancy at its submission: the text as its requirements (the longest part of a post).
    scamReasons: (text) =>
      scamReasons({
        title: 'Công nhân may',
        description: text,
        wage: parseWage(text),
        occupation: 'garment',
        overseas: true,
        employerName: 'May Phổ Yên',
        contact: '0912 345 678',
      }),
  };

  it.each(Object.keys(PARSERS))('%s: every worst input, at 200, 1,000 and 4,096 characters, in < 20 ms', (name) => {
    const parse = PARSERS[name]!;
    const slow: string[] = [];
    for (const length of [ANSWER_LIMIT, 1000, TRANSPORT_MAX]) {
      for (const [input, text] of worstInputs(length, choices)) {
        const ms = cpuMs(() => parse(text));
        note(`parser ${name}`, `${input}, ${length} characters`, ms);
        if (ms >= BUDGET_MS) slow.push(`${input} (${length}): ${ms.toFixed(1)} ms`);
      }
    }
    expect(slow).toEqual([]);
  });
});
