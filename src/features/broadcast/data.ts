import { isPriorityGroup, type PriorityGroup } from '../../kernel/priority-groups.ts';
import { loadGeo } from '../../kernel/geo/index.ts';
import type { FlowState } from '../../engine/types.ts';
import { flattenTargets, type PendingPick, type TargetOption, type TargetPart } from './targets.ts';

/**
 * The broadcast wizard's answers, kept in FlowState.data (plain JSON, stored per chat). `readData` trusts nothing:
 * a field of the wrong shape (an old state, a bug, a region code that no longer exists) reads as not answered,
 * so the flow asks it again instead of sending it.
 */
export const BROADCAST_FLOW = 'broadcast';

/** 'recent' comes first when the official has broadcasts of the last 7 days: their progress, or a new one. */
export const STEPS = ['recent', 'text', 'targets', 'pick', 'groups', 'preview', 'when', 'confirm'] as const;
export type Step = (typeof STEPS)[number];
export const RECENT_STEP: Step = 'recent';

export const TEXT_MAX = 1000;

export interface BroadcastData {
  text: string | null;
  targets: TargetPart[] | null;
  /** While names typed at the targets question are being narrowed down: the places taken so far, the picks left. */
  pending: { parts: TargetPart[]; picks: PendingPick[] } | null;
  /** null: not answered yet; []: everyone. */
  groups: PriorityGroup[] | null;
  /** A chosen start time (ISO); null: send now. */
  sendAt: string | null;
}

export const EMPTY: BroadcastData = { text: null, targets: null, pending: null, groups: null, sendAt: null };

export function isStep(value: string): value is Step {
  return (STEPS as readonly string[]).includes(value);
}

function record(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
}

function readPart(value: unknown): TargetPart | null {
  const raw = record(value);
  if (raw === null || typeof raw['label'] !== 'string' || !Array.isArray(raw['codes'])) return null;
  const geo = loadGeo();
  const codes = raw['codes'].filter((c): c is string => typeof c === 'string');
  if (codes.length === 0 || codes.length !== raw['codes'].length || !codes.every((c) => geo.provinceByCode.has(c) || geo.communeByCode.has(c))) return null;
  return { label: raw['label'], codes };
}

function readParts(value: unknown): TargetPart[] | null {
  if (!Array.isArray(value) || value.length === 0) return null;
  const parts = value.map(readPart);
  return parts.every((p): p is TargetPart => p !== null) ? parts : null;
}

function readPick(value: unknown): PendingPick | null {
  const raw = record(value);
  if (raw === null || typeof raw['typed'] !== 'string' || !Array.isArray(raw['options'])) return null;
  const options = raw['options'].flatMap((o): TargetOption[] => {
    const part = readPart(o);
    const id = record(o)?.['id'];
    return part !== null && typeof id === 'string' ? [{ id, ...part }] : [];
  });
  return options.length > 0 ? { typed: raw['typed'], reason: raw['reason'] === 'fuzzy' ? 'fuzzy' : 'several', options } : null;
}

function readPending(value: unknown): BroadcastData['pending'] {
  const raw = record(value);
  if (raw === null || !Array.isArray(raw['picks'])) return null;
  const picks = raw['picks'].map(readPick);
  if (picks.length === 0 || !picks.every((p): p is PendingPick => p !== null)) return null;
  const parts = Array.isArray(raw['parts']) && raw['parts'].length === 0 ? [] : readParts(raw['parts']);
  return parts === null ? null : { parts, picks };
}

export function readData(raw: Record<string, unknown>): BroadcastData {
  const text = raw['text'];
  const groups = raw['groups'];
  const sendAt = raw['sendAt'];
  return {
    text: typeof text === 'string' && text.trim().length >= 1 && text.length <= TEXT_MAX ? text : null,
    targets: readParts(raw['targets']),
    pending: readPending(raw['pending']),
    groups: Array.isArray(groups) && groups.every(isPriorityGroup) ? groups : null,
    sendAt: typeof sendAt === 'string' && !Number.isNaN(Date.parse(sendAt)) ? sendAt : null,
  };
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
