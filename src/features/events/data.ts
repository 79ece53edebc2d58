import { z } from 'zod';
import { PRIORITY_GROUPS } from '../../kernel/priority-groups.ts';
import { loadGeo } from '../../kernel/geo/index.ts';
import type { FlowState } from '../../engine/types.ts';
import { flattenTargets } from '../broadcast/targets.ts';
import { storedPick } from '../shared/place.ts';

/**
 * /taophien's answers, kept in FlowState.data. A field of the wrong shape (an old state, a bug, a region that no
 * longer exists) reads as not answered, so the flow asks it again instead of creating the event from it.
 */
export const EVENTS_FLOW = 'events';

export const STEPS = [
  'kind',
  'link',
  'title',
  'starts',
  'commune',
  'commune_pick',
  'address',
  'targets',
  'target_pick',
  'groups',
  'capacity',
  'confirm',
  'announce',
] as const;
export type Step = (typeof STEPS)[number];

export const TITLE = { min: 2, max: 200 } as const;
export const ADDRESS = { min: 2, max: 300 } as const;
export const LINK_MAX = 500;
export const CAPACITY = { min: 2, max: 100_000 } as const;

const isDate = (at: string): boolean => !Number.isNaN(Date.parse(at));
const isCommune = (code: string): boolean => loadGeo().communeByCode.has(code);
const isRegion = (code: string): boolean => loadGeo().provinceByCode.has(code) || isCommune(code);

const targetPart = z.object({
  label: z.string(),
  codes: z
    .array(z.string())
    .min(1)
    .refine((codes) => codes.every(isRegion)),
});
const pendingTargets = z.object({
  parts: z.array(targetPart),
  picks: z
    .array(
      z.object({
        typed: z.string(),
        reason: z.enum(['several', 'fuzzy']).catch('several'),
        options: z.array(targetPart.extend({ id: z.string() })).min(1),
      }),
    )
    .min(1),
});

export const EventsData = z.object({
  kind: z.enum(['fair', 'online']).nullable().catch(null),
  title: z
    .string()
    .refine((title) => title.length >= TITLE.min && title.length <= TITLE.max)
    .nullable()
    .catch(null),
  startsAt: z.string().refine(isDate).nullable().catch(null),
  communeCode: z.string().refine(isCommune).nullable().catch(null),
  /** While the commune is asked within a province the official named. */
  provinceCode: z.string().nullable().catch(null),
  placePick: storedPick,
  address: z.string().max(ADDRESS.max).nullable().catch(null),
  onlineUrl: z.string().max(LINK_MAX).startsWith('https://').nullable().catch(null),
  targets: z.array(targetPart).min(1).nullable().catch(null),
  targetPick: pendingTargets.nullable().catch(null),
  /** null: not answered; []: everyone. */
  groups: z.array(z.enum(PRIORITY_GROUPS)).nullable().catch(null),
  /** undefined: not answered; null: no limit. */
  capacity: z.number().int().min(CAPACITY.min).max(CAPACITY.max).nullable().optional().catch(undefined),
  /** null: announce now (or when the quiet hours end). */
  announceAt: z.string().refine(isDate).nullable().catch(null),
});
export type EventsData = z.infer<typeof EventsData>;

export const EMPTY: EventsData = {
  kind: null,
  title: null,
  startsAt: null,
  communeCode: null,
  provinceCode: null,
  placePick: null,
  address: null,
  onlineUrl: null,
  targets: null,
  targetPick: null,
  groups: null,
  capacity: undefined,
  announceAt: null,
};

export function isStep(value: string): value is Step {
  return (STEPS as readonly string[]).includes(value);
}

export function readData(raw: Record<string, unknown>): EventsData {
  return EventsData.parse(raw);
}

export function writeData(data: EventsData): Record<string, unknown> {
  return structuredClone({ ...data });
}

/** The target codes of a stored /taophien state ([] before they are chosen): what the loader counts. */
export function storedTargetCodes(state: FlowState | null): string[] {
  if (state === null || state.flow !== EVENTS_FLOW) return [];
  const targets = readData(state.data).targets;
  return targets === null ? [] : flattenTargets(targets);
}
