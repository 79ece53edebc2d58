import type { PriorityGroup } from './priority-groups.ts';

/** A worker's profile as the conversations see it: where they live, what work they want and how they hear of it. */
export type Reach = 'commune' | 'province' | 'country' | 'abroad';
export type Frequency = 'instant' | 'daily';

export interface WorkerProfile {
  fullName: string | null;
  birthYear: number | null;
  phoneE164: string | null;
  communeCode: string | null;
  occupations: string[];
  reach: Reach;
  frequency: Frequency;
  /** Hour of the daily digest (0–23, Vietnam time) when frequency is daily. */
  digestHour: number | null;
  /** Alerts paused by the person (the profile stays); read from the database, not written by a save. */
  paused?: boolean;
  /**
   * Sensitive (src/kernel/priority-groups.ts): read only while the person's 'priority_status' consent is held;
   * a save writes them only then (else clears them). Absent: a save leaves them as they are.
   */
  priorityGroups?: PriorityGroup[];
  /** The person's own 'priority_status' consent is held; read from the database, not written by a save. */
  priorityConsent?: boolean;
}
