import { z } from 'zod';
import { PRIORITY_GROUPS } from '../../kernel/priority-groups.ts';
import { loadGeo } from '../../kernel/geo/index.ts';
import type { FlowState } from '../../engine/types.ts';
import { storedList } from '../shared/stored-fields.ts';
import { flattenTargets } from './targets.ts';

/**
 * The broadcast wizard's answers, kept in FlowState.data (plain JSON, stored per chat). `BroadcastData`
 * trusts nothing: a field of the wrong shape (an old state, a bug, a region code that no longer exists) reads as
 * not answered, so the flow asks it again instead of sending it.
 */
export const BROADCAST_FLOW = 'broadcast';

/** 'recent' comes first when the official has broadcasts of the last 7 days: their progress, or a new one. */
export const STEPS = ['recent', 'text', 'targets', 'pick', 'groups', 'preview', 'when', 'confirm'] as const;
export type Step = (typeof STEPS)[number];
export const RECENT_STEP: Step = 'recent';

export const TEXT_MAX = 1000;

function isRegion(code: string): boolean {
  const geo = loadGeo();
  return geo.provinceByCode.has(code) || geo.communeByCode.has(code);
}

/** A place taken, kept only whole: one code that is not a region any more loses the place. */
const targetPart = z.object({
  label: z.string(),
  codes: z
    .array(z.string())
    .min(1)
    .refine((codes) => codes.every(isRegion)),
});

/** A numbered question still to answer; its choices that no longer read are dropped, and with none it is gone. */
const pendingPick = z.object({
  typed: z.string(),
  reason: z.enum(['several', 'fuzzy']).catch('several'),
  options: storedList(targetPart.extend({ id: z.string() })).refine((options) => options.length > 0),
});

export const BroadcastData = z.object({
  text: z
    .string()
    .refine((text) => text.trim().length >= 1 && text.length <= TEXT_MAX)
    .nullable()
    .catch(null),
  targets: z.array(targetPart).min(1).nullable().catch(null),
  /** While names typed at the targets question are being narrowed down: the places taken so far, the picks left. */
  pending: z
    .object({ parts: z.array(targetPart), picks: z.array(pendingPick).min(1) })
    .nullable()
    .catch(null),
  /** null: not answered yet; []: everyone. */
  groups: z.array(z.enum(PRIORITY_GROUPS)).nullable().catch(null),
  /** A chosen start time (ISO); null: send now. */
  sendAt: z
    .string()
    .refine((at) => !Number.isNaN(Date.parse(at)))
    .nullable()
    .catch(null),
});
export type BroadcastData = z.infer<typeof BroadcastData>;

export const EMPTY: BroadcastData = { text: null, targets: null, pending: null, groups: null, sendAt: null };

export function isStep(value: string): value is Step {
  return (STEPS as readonly string[]).includes(value);
}

export function readData(raw: Record<string, unknown>): BroadcastData {
  return BroadcastData.parse(raw);
}

export function writeData(data: BroadcastData): Record<string, unknown> {
  return structuredClone({ ...data });
}

/** The target codes of a stored broadcast state ([] before the targets are chosen): what the loader counts. */
export function storedTargetCodes(state: FlowState | null): string[] {
  if (state === null || state.flow !== BROADCAST_FLOW) return [];
  const targets = readData(state.data).targets;
  return targets === null ? [] : flattenTargets(targets);
}
