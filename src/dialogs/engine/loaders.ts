import type { Kysely } from 'kysely';
import type { ChatIdentity } from '../../db/identities.ts';
import type { Database } from '../../db/schema.ts';
import { storedVacancyId } from '../flows/vacancies.ts';
import { loadBroadcast } from './loaders/broadcast.ts';
import { loadDashboardLink } from './loaders/dashboard.ts';
import { loadOutcomes } from './loaders/outcomes.ts';
import { loadReviewQueue } from './officials.ts';
import { loadRoles } from '../../db/roles.ts';
import { loadSearch } from './search-data.ts';
import { loadApplicants, loadOwnVacancies } from './own-vacancies.ts';
import { loadStatsContext } from './stats-period.ts';
import type { FlowContext, FlowState } from './types.ts';

/**
 * What a flow needs to know beyond the chat's state and the person's profile, read only when that flow is the
 * one about to run (most messages are a worker's, and need none of it). One loader per flow that needs one.
 */
export interface LoaderArgs {
  db: Kysely<Database>;
  personId: number;
  identity: ChatIdentity;
  /** The flow's stored state, or null when the flow is about to begin. */
  state: FlowState | null;
  now: Date;
  /** The message being answered: its text and the choice it names (a flow may count what the message asks for). */
  text?: string | null;
  choiceId?: string | null;
  /** Where this service is reached (PUBLIC_URL, or http://localhost:PORT), for the links a flow sends. */
  dashboardUrl?: string;
}

export type ContextLoader = (args: LoaderArgs) => Promise<Partial<FlowContext>>;

const loadReview: ContextLoader = async ({ db, personId }) => {
  const [roles, reviewQueue] = await Promise.all([loadRoles(db, personId), loadReviewQueue(db, personId)]);
  return { roles, reviewQueue };
};

/** /tincuatoi: the person's own vacancies and, while one is open, its applicants (none when it is not theirs). */
const loadVacancies: ContextLoader = async ({ db, personId, state }) => {
  const open = storedVacancyId(state);
  const [ownVacancies, applicants] = await Promise.all([loadOwnVacancies(db, personId), open === null ? Promise.resolve([]) : loadApplicants(db, personId, open)]);
  return { ownVacancies, applicants };
};

/** /theodoi: the optional sex and wage floor, kept out of the engine record (only this flow shows them). */
const loadAlerts: ContextLoader = async ({ db, personId }) => {
  const row = await db.selectFrom('worker_profiles').select(['sex', 'wage_floor_vnd']).where('person_id', '=', personId).executeTakeFirst();
  return { workerSex: row?.sex ?? null, workerWageFloor: row?.wage_floor_vnd ?? null };
};

export const CONTEXT_LOADERS: Readonly<Record<string, ContextLoader>> = {
  vacancies: loadVacancies,
  stats: loadStatsContext,
  review: loadReview,
  broadcast: loadBroadcast,
  search: loadSearch,
  outcomes: loadOutcomes,
  alerts: loadAlerts,
  dashboard: loadDashboardLink,
};
