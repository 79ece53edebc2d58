import type { Kysely } from 'kysely';
import type { ChatIdentity } from '../../db/identities.ts';
import type { Database } from '../../db/schema.ts';
import { loadBroadcast } from './loaders/broadcast.ts';
import { loadReviewQueue, loadRoles } from './officials.ts';
import { loadSearch } from './search-data.ts';
import { loadOwnVacancies } from './own-vacancies.ts';
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
}

export type ContextLoader = (args: LoaderArgs) => Promise<Partial<FlowContext>>;

const loadReview: ContextLoader = async ({ db, personId }) => {
  const [roles, reviewQueue] = await Promise.all([loadRoles(db, personId), loadReviewQueue(db, personId)]);
  return { roles, reviewQueue };
};

const loadVacancies: ContextLoader = async ({ db, personId }) => ({ ownVacancies: await loadOwnVacancies(db, personId) });

export const CONTEXT_LOADERS: Readonly<Record<string, ContextLoader>> = {
  vacancies: loadVacancies,
  stats: loadStatsContext,
  review: loadReview,
  broadcast: loadBroadcast,
  search: loadSearch,
};
