import { z } from 'zod';
import { loadGeo } from '../../kernel/geo/index.ts';
import { storedPick } from '../shared/place.ts';
import { storedList } from '../shared/stored-fields.ts';

/**
 * /hopthon's answers, kept in FlowState.data. A field of the wrong shape reads as not answered, so the flow asks it
 * again instead of recording the meeting from it.
 */
export const MEETINGS_FLOW = 'event-meetings';

export const STEPS = ['commune', 'commune_pick', 'village', 'day', 'attendees', 'topics', 'confirm'] as const;
export type Step = (typeof STEPS)[number];

export const VILLAGE = { min: 2, max: 120 } as const;
export const ATTENDEES = { min: 1, max: 100_000 } as const;

export const TOPICS = ['recruitment', 'loans', 'training', 'labour_export', 'other'] as const;
export type Topic = (typeof TOPICS)[number];

const isCommune = (code: string): boolean => loadGeo().communeByCode.has(code);
const isIsoDay = (day: string): boolean => /^\d{4}-\d{2}-\d{2}$/.test(day);

export const MeetingsData = z.object({
  communeCode: z.string().refine(isCommune).nullable().catch(null),
  /** While the commune is asked within a province the official named. */
  provinceCode: z.string().nullable().catch(null),
  placePick: storedPick,
  village: z.string().min(VILLAGE.min).max(VILLAGE.max).nullable().catch(null),
  /** The Vietnam day of the meeting, "2026-11-20". */
  day: z.string().refine(isIsoDay).nullable().catch(null),
  attendees: z.number().int().min(ATTENDEES.min).max(ATTENDEES.max).nullable().catch(null),
  /** [] = not answered. */
  topics: storedList(z.enum(TOPICS)),
});
export type MeetingsData = z.infer<typeof MeetingsData>;

export const EMPTY: MeetingsData = {
  communeCode: null,
  provinceCode: null,
  placePick: null,
  village: null,
  day: null,
  attendees: null,
  topics: [],
};

export function isStep(value: string): value is Step {
  return (STEPS as readonly string[]).includes(value);
}

/** The first question still unanswered. */
export function nextStep(data: MeetingsData): Step {
  if (data.communeCode === null) return 'commune';
  if (data.village === null) return 'village';
  if (data.day === null) return 'day';
  if (data.attendees === null) return 'attendees';
  if (data.topics.length === 0) return 'topics';
  return 'confirm';
}

/** Stored as the reports show it, in Vietnamese whatever the official's language. */
export const meetingTitle = (village: string): string => `Họp thôn ${village}`;
