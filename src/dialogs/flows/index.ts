import type { Flow } from '../engine/types.ts';
import { alertsFlow } from './alerts.ts';
import { eraseFlow } from './erase.ts';
import { postingFlow } from './posting.ts';
import { registrationFlow } from './registration.ts';
import { reviewFlow } from './review.ts';

/** Every flow the engine can run, by name (the name is stored in dialog_states.flow). */
export const FLOWS: Readonly<Record<string, Flow>> = {
  registration: registrationFlow,
  alerts: alertsFlow,
  erase: eraseFlow,
  posting: postingFlow,
  review: reviewFlow,
};
