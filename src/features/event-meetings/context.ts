import type { RoleGrant } from '../../kernel/roles.ts';
import type { BaseContext } from '../../engine/types.ts';
import type { Topic } from './data.ts';

/** What /hopthon reads before each answer (loader.ts). */
export interface MeetingsContext {
  /** Only officials and admins record meetings, within their scope. */
  roles: readonly RoleGrant[];
}

/** A village meeting as confirmed in /hopthon. */
export interface MeetingDraft {
  communeCode: string;
  village: string;
  startsAt: Date;
  attendees: number;
  topics: Topic[];
  /** The official's scope that holds the commune (null: the whole country). */
  scopeRegionCode: string | null;
}

export type MeetingsEffect = { kind: 'record_meeting'; meeting: MeetingDraft };

export type Context = BaseContext & MeetingsContext;
export type Emits = MeetingsEffect;
