import type { BaseContext } from '../../engine/types.ts';
import type { AccountEffect } from '../account/effects.ts';
import type { RegistrationEffect } from '../registration/effects.ts';
import type { AlertsEffect } from './effects.ts';

/** What /theodoi reads besides the profile (src/features/alerts/loader.ts). */
export interface AlertsContext {
  /** The sex the worker gave (optional; null when not given). */
  workerSex: 'female' | 'male' | null;
  /** The lowest monthly pay in đồng the worker accepts (optional; null when not set). */
  workerWageFloor: number | null;
  /** The trades the worker wants to learn (occupation keys; [] none). */
  workerTraining?: readonly string[];
}

/** What this feature's steps see: the engine's base context and what its loader read. */
export type Context = BaseContext & AlertsContext;

/** The effects this feature's flow may ask for. */
export type Emits = AccountEffect | RegistrationEffect | AlertsEffect;
