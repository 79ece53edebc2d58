import type { Period } from '../../kernel/periods.ts';
import type { RoleGrant } from '../../kernel/roles.ts';
import type { FunnelCounts } from '../../reporting/funnel.ts';
import type { BaseContext } from '../../engine/types.ts';

/** What /thongke reads (src/features/stats/loader.ts). */
export interface StatsContext {
  roles: readonly RoleGrant[];
  /** The figures for the period asked for (null when none was read). */
  stats: StatsFigures | null;
}

/**
 * /thongke: the funnel for a period over the official's area (src/reporting/funnel.ts), and what waits for review now.
 */
export interface StatsFigures {
  /** The area's name ("Thái Nguyên", or the whole country). */
  area: string;
  period: Period;
  /** The funnel's totals over the official's scope (their regions added up when they have several). */
  funnel: FunnelCounts;
  /** Vacancies in the area waiting for an official's decision now. */
  pendingVacancies: number;
  /** The words after "/thongke" that were not a period (this month is shown instead); null otherwise. */
  unread: string | null;
}

/** What this feature's steps see: the engine's base context and what its loader read. */
export type Context = BaseContext & StatsContext;

/** The effects this feature's flow may ask for. */
export type Emits = never;
