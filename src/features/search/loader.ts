import { sql, type Kysely } from 'kysely';
import { vietnamIsoDate } from '../../kernel/time.ts';
import { parseAlertChoice } from '../../kernel/vacancy/alert-choices.ts';
import type { Database } from '../../db/schema.ts';
import { vacancyIsOpen, vacancyMatchesWorker } from '../../db/matching.ts';
import { toVacancyFacts, VACANCY_FACTS_COLUMNS, type VacancyFactsRow } from '../../db/vacancy-facts.ts';
import type { Loader } from '../../engine/feature.ts';
import type { SearchFlowContext } from './context.ts';
import type { SearchContext, SearchVacancy } from './context.ts';

/**
 * What /timviec shows: the open vacancies matching the person's profile (the alerts rule, src/db/matching.ts),
 * nearest first (own commune, then own province), newest first within each; without the ones they marked "not
 * suitable" or reported. Capped: 5 per page, at most MAX_MATCHES in all.
 */
export const MAX_MATCHES = 50;

interface Row extends VacancyFactsRow {
  id: number;
  interested: boolean;
}

function toVacancy(r: Row): SearchVacancy {
  return { id: r.id, ...toVacancyFacts(r), interested: r.interested };
}

const COLUMNS = sql`v.id, ${VACANCY_FACTS_COLUMNS},
  EXISTS (SELECT 1 FROM applications a WHERE a.vacancy_id = v.id AND a.person_id = w.person_id AND a.status <> 'not_suitable') AS interested`;

export async function loadSearchContext(
  db: Kysely<Database>,
  personId: number,
  currentId: number | null,
  now: Date,
): Promise<SearchContext> {
  const today = vietnamIsoDate(now);
  const [matches, current, consent] = await Promise.all([
    sql<Row>`
      SELECT ${COLUMNS}
      FROM worker_profiles w
      JOIN vacancies v ON ${vacancyMatchesWorker()} AND ${vacancyIsOpen(today)}
      JOIN employers e ON e.id = v.employer_id
      WHERE w.person_id = ${personId}
        AND NOT EXISTS (SELECT 1 FROM applications a WHERE a.vacancy_id = v.id AND a.person_id = w.person_id AND a.status = 'not_suitable')
        AND NOT EXISTS (SELECT 1 FROM scam_reports s WHERE s.vacancy_id = v.id AND s.reporter_person_id = w.person_id)
      ORDER BY (v.commune_code = w.commune_code) DESC, (v.province_code = w.province_code) DESC, v.decided_at DESC NULLS LAST, v.id DESC
      LIMIT ${MAX_MATCHES}`.execute(db),
    // The vacancy open in detail, even if it fell out of the list (it may have just closed: then it is absent).
    currentId === null
      ? Promise.resolve({ rows: [] as Row[] })
      : sql<Row>`
          SELECT ${COLUMNS}
          FROM vacancies v
          JOIN employers e ON e.id = v.employer_id
          LEFT JOIN worker_profiles w ON w.person_id = ${personId}
          WHERE v.id = ${currentId} AND ${vacancyIsOpen(today)}`.execute(db),
    db
      .selectFrom('consents')
      .select('id')
      .where('person_id', '=', personId)
      .where('purpose', '=', 'share_with_employer')
      .where('withdrawn_at', 'is', null)
      .executeTakeFirst(),
  ]);
  return {
    matches: matches.rows.map(toVacancy),
    current: current.rows[0] ? toVacancy(current.rows[0]) : null,
    sharesContact: consent !== undefined,
  };
}

export const loadSearch: Loader<SearchFlowContext> = async ({ db, personId, state, now, choiceId }) => {
  // The vacancy open in detail, or the one an alert's answer names.
  const currentId =
    typeof state?.data.current === 'number' ? state.data.current : (parseAlertChoice(choiceId)?.vacancyId ?? null);
  return { search: await loadSearchContext(db, personId, currentId, now) };
};
