import { isOfficial } from '../../kernel/roles.ts';
import { sql, type Kysely } from 'kysely';
import type { ApplicationStatus } from '../../kernel/application-lifecycle.ts';
import { SHARES_CONTACT } from '../../db/applications.ts';
import { WORKER_COMMUNE, WORKER_PROVINCE, withinOfficialScope } from '../../db/region-scope.ts';
import type { Database } from '../../db/schema.ts';
import { storedApplicationId } from './flow.ts';
import type { Loader } from '../../engine/feature.ts';
import type { OutcomesFlowContext } from './context.ts';
import { loadRoles } from '../../db/roles.ts';
import type { OutcomeApplication } from './context.ts';

/**
 * /ketqua: the person's roles, then the newest applications of workers living within their scope (the worker's
 * commune, or after erasure the commune they had), and the one open in the flow. "Không phù hợp" is not an
 * application to follow and is left out. The worker's name only when they shared it with the employer.
 */
export const OUTCOMES_LIMIT = 100;

export const loadOutcomes: Loader<OutcomesFlowContext> = async ({ db, personId, state }) => {
  const roles = await loadRoles(db, personId);
  if (!isOfficial(roles)) return { roles, outcomes: { items: [], current: null } };
  const openId = storedApplicationId(state);
  const [items, current] = await Promise.all([
    outcomesInScope(db, personId, { limit: OUTCOMES_LIMIT }),
    openId === null ? Promise.resolve([]) : outcomesInScope(db, personId, { applicationId: openId }),
  ]);
  return { roles, outcomes: { items, current: current[0] ?? null } };
};

export async function outcomesInScope(
  db: Kysely<Database>,
  personId: number,
  which: { limit: number } | { applicationId: number },
): Promise<OutcomeApplication[]> {
  let query = db
    .selectFrom('applications as a')
    .innerJoin('vacancies as v', 'v.id', 'a.vacancy_id')
    .innerJoin('employers as e', 'e.id', 'v.employer_id')
    .innerJoin('people as p', 'p.id', 'a.person_id')
    .leftJoin('worker_profiles as w', 'w.person_id', 'a.person_id')
    .select([
      'a.id',
      'a.status',
      'a.created_at',
      'v.title',
      'e.name as employer_name',
      sql<string | null>`CASE WHEN ${SHARES_CONTACT} THEN p.full_name END`.as('worker_name'),
    ])
    .where('a.status', '<>', 'not_suitable')
    .where(withinOfficialScope(personId, WORKER_PROVINCE, WORKER_COMMUNE));
  query =
    'applicationId' in which
      ? query.where('a.id', '=', which.applicationId)
      : query.orderBy('a.created_at', 'desc').orderBy('a.id', 'desc').limit(which.limit);
  const rows = await query.execute();
  return rows.map((r) => ({
    applicationId: r.id,
    vacancyTitle: r.title,
    employerName: r.employer_name,
    workerName: r.worker_name,
    status: r.status as ApplicationStatus,
    appliedAt: r.created_at,
  }));
}
