import type { Flow } from '../engine/types.ts';
import { alertsFlow } from './alerts.ts';
import { broadcastFlow } from './broadcast.ts';
import { dashboardFlow } from './dashboard.ts';
import { eraseFlow } from './erase.ts';
import { languageFlow } from './language.ts';
import { outcomesFlow } from './outcomes.ts';
import { postingFlow } from './posting.ts';
import { registrationFlow } from './registration.ts';
import { reviewFlow } from './review.ts';
import { statsFlow } from './stats.ts';
import { vacanciesFlow } from './vacancies.ts';
import { searchFlow } from './search.ts';

/** Every flow the engine can run, by name (the name is stored in dialog_states.flow). */
export const FLOWS: Readonly<Record<string, Flow>> = {
  registration: registrationFlow,
  alerts: alertsFlow,
  language: languageFlow,
  erase: eraseFlow,
  posting: postingFlow,
  review: reviewFlow,
  broadcast: broadcastFlow,
  vacancies: vacanciesFlow,
  stats: statsFlow,
  dashboard: dashboardFlow,
  search: searchFlow,
  outcomes: outcomesFlow,
};
