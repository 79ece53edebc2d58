import { fold } from '../../kernel/fold.ts';
import type { Lang } from '../../kernel/i18n/index.ts';
import type { StepInput } from '../../engine/types.ts';
import { chosen } from '../shared/choice.ts';
import type { TargetsMiss } from './questions.ts';
import {
  areaChoices,
  areaPart,
  MAX_NAMES,
  meansWholeArea,
  resolveName,
  splitNames,
  type PendingPick,
  type TargetPart,
} from './targets.ts';

/**
 * Reading an answer to "where to?" and to the numbered pick that narrows a name down: the decisions only, each
 * flow (/phatsong, /taophien) asks its own questions and checks the scope of what it gets.
 *
 *   an area choice, or "toàn địa bàn" with one area   → parts
 *   names typed, each one place in scope               → parts
 *   a name with several places (or only misspellings)  → a pick, the parts taken so far kept
 *   a name outside the scope, nothing, too many names  → a miss, every name checked before any pick
 */
export interface PendingTargets {
  parts: TargetPart[];
  picks: PendingPick[];
}

export type TargetsAnswer =
  | { kind: 'parts'; parts: TargetPart[] }
  | { kind: 'pick'; pending: PendingTargets }
  | { kind: 'miss'; miss: TargetsMiss };

export function readTargetsAnswer(lang: Lang, input: StepInput, scopes: readonly (string | null)[]): TargetsAnswer {
  const areas = areaChoices(lang, scopes);
  const id = chosen(input, areas);
  const area = areas.find((a) => a.id === id);
  if (area) return { kind: 'parts', parts: [areaPart(lang, scopes[areas.indexOf(area)] ?? null)] };
  const only = scopes.length === 1 ? scopes[0] : undefined;
  if (only !== undefined && meansWholeArea(input.text)) return { kind: 'parts', parts: [areaPart(lang, only)] };

  const names = input.text === null ? [] : splitNames(input.text);
  if (names.length === 0) return { kind: 'miss', miss: { kind: 'empty' } };
  if (names.length > MAX_NAMES) return { kind: 'miss', miss: { kind: 'too_many' } };
  const outcomes = names.map((name) => resolveName(lang, name, scopes));
  for (const outcome of outcomes) {
    if (outcome.kind === 'outside' || outcome.kind === 'not_found') return { kind: 'miss', miss: outcome };
  }
  const parts = outcomes.flatMap((o) => (o.kind === 'part' ? [o.part] : []));
  const picks = outcomes.flatMap((o) => (o.kind === 'pick' ? [o.pick] : []));
  return picks.length === 0 ? { kind: 'parts', parts } : { kind: 'pick', pending: { parts, picks } };
}

/** The answer to the first pick of `pending`: its places taken (and the next pick), words typed anew, or a miss. */
export type PickAnswer =
  | { kind: 'parts'; parts: TargetPart[] }
  | { kind: 'pick'; pending: PendingTargets }
  | { kind: 'retyped' }
  | { kind: 'miss'; pick: PendingPick };

export function readPickAnswer(input: StepInput, pending: PendingTargets, pick: PendingPick): PickAnswer {
  const ids = pick.options.map((o) => o.id);
  const many = input.choiceIds.filter((id) => ids.includes(id));
  const one = chosen(input, pick.options);
  const picked = many.length > 0 ? many : one !== null ? [one] : [];
  if (picked.length === 0) {
    // Words instead of a number: a new answer to "where to?".
    if (input.text !== null && !/^[\d\s.,;]+$/.test(fold(input.text) || '0')) return { kind: 'retyped' };
    return { kind: 'miss', pick };
  }
  const parts = [
    ...pending.parts,
    ...pick.options.filter((o) => picked.includes(o.id)).map(({ label, codes }) => ({ label, codes })),
  ];
  const rest = pending.picks.slice(1);
  return rest.length === 0 ? { kind: 'parts', parts } : { kind: 'pick', pending: { parts, picks: rest } };
}
