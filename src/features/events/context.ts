import type { AudienceBreakdown } from '../../db/broadcast-audience.ts';
import type { EventKind } from '../../db/schema.ts';
import type { PriorityGroup } from '../../kernel/priority-groups.ts';
import type { RoleGrant } from '../../kernel/roles.ts';
import type { BaseContext } from '../../engine/types.ts';

/** What /taophien reads before each answer (loader.ts). */
export interface EventsContext {
  /** Only officials and admins create events, within their scope. */
  roles: readonly RoleGrant[];
  /** Who the announcement to the targets chosen so far reaches, by priority group (null before any target). */
  eventAudience: AudienceBreakdown | null;
}

/** An event as confirmed in /taophien, or read from a season's CSV. */
export interface EventDraft {
  kind: Exclude<EventKind, 'meeting'>;
  title: string;
  startsAt: Date;
  communeCode: string | null;
  address: string | null;
  onlineUrl: string | null;
  /** Commune and/or province codes the announcement goes to. */
  targets: string[];
  /** [] = everyone reached; else only people in these groups who consented to 'priority_status'. */
  priorityGroups: PriorityGroup[];
  capacity: number | null;
  /** The official's scope that holds the place and every target (null: the whole country). */
  scopeRegionCode: string | null;
  announceAt: Date;
}

export type EventsEffect = { kind: 'create_event'; event: EventDraft };

export type Context = BaseContext & EventsContext;
export type Emits = EventsEffect;
