import { describe, expect, it } from 'vitest';
import {
  APPLICATION_ACTORS,
  APPLICATION_STATUSES,
  checkTransition,
  isAudited,
  needsConfirmation,
  offeredTargets,
  type ApplicationActor,
  type ApplicationStatus,
  type TransitionVerdict,
} from '../../../src/kernel/application-lifecycle.ts';

/**
 * The whole table: for each actor and target status, the statuses it moves from and those where it changes
 * nothing; every other starting point (null = no application yet) is refused. Checked over every pair.
 */
type From = ApplicationStatus | null;
const FROMS: From[] = [null, ...APPLICATION_STATUSES];

interface Rule {
  actor: ApplicationActor;
  viaFollowup?: boolean;
  to: ApplicationStatus;
  moves: From[];
  /** Besides the target itself, which is always a no-op. */
  keeps?: From[];
}

const EVERY_STEP: From[] = [...APPLICATION_STATUSES];

const RULES: Rule[] = [
  // the worker, in chat
  {
    actor: 'worker',
    to: 'interested',
    moves: [null, 'not_suitable', 'withdrawn'],
    keeps: ['introduced', 'offered', 'hired', 'not_hired'],
  },
  {
    actor: 'worker',
    to: 'not_suitable',
    moves: [null, 'interested'],
    keeps: ['introduced', 'offered', 'hired', 'not_hired', 'withdrawn'],
  },
  { actor: 'worker', to: 'withdrawn', moves: ['interested', 'introduced', 'offered'] },
  { actor: 'worker', to: 'introduced', moves: [] },
  { actor: 'worker', to: 'offered', moves: [] },
  { actor: 'worker', to: 'hired', moves: [] },
  { actor: 'worker', to: 'not_hired', moves: [] },
  // the worker's answer to the 7-day follow-up
  {
    actor: 'worker',
    viaFollowup: true,
    to: 'hired',
    moves: ['interested', 'introduced', 'offered', 'not_hired', 'withdrawn'],
  },
  {
    actor: 'worker',
    viaFollowup: true,
    to: 'not_hired',
    moves: ['interested', 'introduced', 'offered', 'hired', 'withdrawn'],
  },
  { actor: 'worker', viaFollowup: true, to: 'offered', moves: [] },
  { actor: 'worker', viaFollowup: true, to: 'interested', moves: [] },
  { actor: 'worker', viaFollowup: true, to: 'withdrawn', moves: [] },
  // the employer, on their own vacancy: never creates, never moves away from hired
  { actor: 'employer', to: 'introduced', moves: ['interested', 'not_hired'] },
  { actor: 'employer', to: 'offered', moves: ['interested', 'introduced'] },
  { actor: 'employer', to: 'hired', moves: ['interested', 'introduced', 'offered', 'not_hired'] },
  { actor: 'employer', to: 'not_hired', moves: ['interested', 'introduced', 'offered'] },
  { actor: 'employer', to: 'interested', moves: [] },
  { actor: 'employer', to: 'withdrawn', moves: [] },
  { actor: 'employer', to: 'not_suitable', moves: [] },
  // officials and admins correct anything, but act on existing applications only; the system may do anything
  ...(['official', 'admin'] as const).flatMap((actor) =>
    APPLICATION_STATUSES.map((to): Rule => ({ actor, to, moves: EVERY_STEP.filter((s) => s !== to) })),
  ),
  ...APPLICATION_STATUSES.map((to): Rule => ({ actor: 'system', to, moves: FROMS.filter((s) => s !== to) })),
];

const CASES = RULES.flatMap((rule) =>
  FROMS.map((from) => {
    const expected: TransitionVerdict =
      from === rule.to
        ? 'no_op'
        : rule.moves.includes(from)
          ? 'move'
          : (rule.keeps ?? []).includes(from)
            ? 'no_op'
            : 'refused';
    return { actor: rule.actor, followup: rule.viaFollowup === true, from, to: rule.to, expected };
  }),
);

describe('application lifecycle', () => {
  it.each(CASES)(
    '$actor (follow-up: $followup): $from → $to is $expected',
    ({ actor, followup, from, to, expected }) => {
      expect(checkTransition({ from, to, actor, viaFollowup: followup })).toBe(expected);
    },
  );

  it('the table covers every actor and every target', () => {
    for (const actor of APPLICATION_ACTORS) {
      for (const to of APPLICATION_STATUSES)
        expect(
          RULES.some((r) => r.actor === actor && r.to === to && !r.viaFollowup),
          `${actor} → ${to}`,
        ).toBe(true);
    }
  });

  it.each([
    ['interested', 'employer', ['introduced', 'hired', 'not_hired']],
    ['introduced', 'employer', ['hired', 'not_hired']],
    ['offered', 'employer', ['hired', 'not_hired']],
    ['offered', 'worker', ['withdrawn']],
    ['hired', 'employer', []],
    ['not_hired', 'employer', ['introduced', 'hired']],
    ['hired', 'official', ['introduced', 'not_hired', 'withdrawn']],
    ['withdrawn', 'official', ['introduced', 'hired', 'not_hired']],
  ] as const)('from %s, an %s is offered %j', (from, actor, offered) => {
    expect(offeredTargets(from, actor, ['introduced', 'hired', 'not_hired', 'withdrawn'])).toEqual(offered);
  });

  it('an employer is offered "offered" only before it and before the outcome', () => {
    const steps = ['introduced', 'offered', 'hired', 'not_hired'] as const;
    expect(offeredTargets('interested', 'employer', steps)).toEqual(['introduced', 'offered', 'hired', 'not_hired']);
    expect(offeredTargets('introduced', 'employer', steps)).toEqual(['offered', 'hired', 'not_hired']);
    expect(offeredTargets('offered', 'employer', steps)).toEqual(['hired', 'not_hired']);
  });

  it.each([
    ['hired', 'not_hired', true],
    ['hired', 'withdrawn', true],
    ['hired', 'introduced', true],
    ['hired', 'hired', false],
    ['not_hired', 'hired', false],
    ['interested', 'withdrawn', false],
    ['offered', 'not_hired', false],
  ] as const)('%s → %s asks for a confirmation: %s', (from, to, asked) => {
    expect(needsConfirmation(from, to)).toBe(asked);
  });

  it.each([
    ['worker', false],
    ['employer', true],
    ['official', true],
    ['admin', true],
    ['system', false],
  ] as const)('a step by the %s goes to the audit log: %s', (actor, audited) => {
    expect(isAudited(actor)).toBe(audited);
  });
});
