import type { BaseContext } from '../../engine/types.ts';
import type { EventHeader, EventReport } from '../../reporting/events-report.ts';

/** What /phien reads (loader.ts). */
export interface EventReportsContext {
  official: boolean;
  /** The events in the official's area, upcoming and of the last 30 days, most recent first. */
  events: readonly EventHeader[];
  /** The report of the event this message picks, if it picks one. */
  report: EventReport | null;
}

export type Context = BaseContext & EventReportsContext;

export type Emits = never;
