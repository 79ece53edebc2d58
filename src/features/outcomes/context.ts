import type { ApplicationStatus } from '../../kernel/application-lifecycle.ts';
import type { RoleGrant } from '../../kernel/roles.ts';
import type { BaseContext } from '../../engine/types.ts';
import type { OutcomesEffect } from './move-application.ts';

/** What /ketqua reads (src/features/outcomes/loader.ts). */
export interface OutcomesFlowContext {
  roles: readonly RoleGrant[];
  /** Applications of workers living within the official's scope, newest first, and the one open. */
  outcomes: OutcomesContext;
}

/** An application as an official sees it in /ketqua (the worker's name only when they shared it). */
export interface OutcomeApplication {
  applicationId: number;
  vacancyTitle: string;
  employerName: string;
  workerName: string | null;
  status: ApplicationStatus;
  appliedAt: Date;
}

export interface OutcomesContext {
  /** Newest first, at most a few pages. */
  items: OutcomeApplication[];
  /** The application open in the flow (by the state's applicationId), if still within scope. */
  current: OutcomeApplication | null;
}

/** What this feature's steps see: the engine's base context and what its loader read. */
export type Context = BaseContext & OutcomesFlowContext;

/** The effects this feature's flow may ask for. */
export type Emits = OutcomesEffect;
