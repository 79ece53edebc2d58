import type { AudienceBreakdown } from '../../db/broadcast-audience.ts';
import type { BroadcastProgress } from '../../db/broadcast-progress.ts';
import type { PriorityGroup } from '../../kernel/priority-groups.ts';
import type { RoleGrant } from '../../kernel/roles.ts';
import type { BaseContext } from '../../engine/types.ts';
import type { BroadcastEffect } from './effects.ts';

/** What /phatsong reads before each answer (src/features/broadcast/loader.ts). */
export interface BroadcastContext {
  /** The person's roles with their regions: only officials and admins broadcast, within their scope. */
  roles: readonly RoleGrant[];
  /** Who a broadcast to the targets chosen so far reaches, split by priority group (null before any target). */
  broadcastAudience: AudienceBreakdown | null;
  /** The official's own broadcasts of the last 7 days with their delivery progress, newest first. */
  recentBroadcasts: readonly BroadcastProgress[];
}

/** An official's broadcast as confirmed in /phatsong. */
export interface BroadcastDraft {
  text: string;
  /** Commune and/or province codes (a province covers its communes). */
  targets: string[];
  /** [] = everyone reached; else only people in these groups who consented to 'priority_status'. */
  priorityGroups: PriorityGroup[];
  /** The official's scope that holds every target (null: the whole country). */
  scopeRegionCode: string | null;
  sendAt: Date;
}

/** What this feature's steps see: the engine's base context and what its loader read. */
export type Context = BaseContext & BroadcastContext;

/** The effects this feature's flow may ask for. */
export type Emits = BroadcastEffect;
