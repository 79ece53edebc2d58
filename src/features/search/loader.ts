import { type RawBuilder, sql, type Kysely } from 'kysely';
import { vietnamIsoDate } from '../../kernel/time.ts';
import { parseAlertChoice } from '../../kernel/vacancy/alert-choices.ts';
import type { Database } from '../../db/schema.ts';
import { vacancyIsOpen, vacancyMatchesWorker } from '../../db/matching.ts';
import { toVacancyFacts, VACANCY_FACTS_COLUMNS, type VacancyFactsRow } from '../../db/vacancy-facts.ts';
import type { Loader, LoaderArgs } from '../../engine/feature.ts';
import type { BeginHints } from '../../engine/types.ts';
import { communeTarget } from '../shared/place.ts';
import { SearchNarrow } from './state.ts';
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

/**
 * The vacancies a narrowed search shows: these trades (else the profile's), in the province named (else within the
 * profile's reach at province level), at home only; the named commune first. The wage floor still applies.
 */
function narrowedMatch(narrow: SearchNarrow): RawBuilder<boolean> {
  const trades = narrow.occupations.length > 0 ? sql`${narrow.occupations}::text[]` : sql`w.occupations`;
  const province =
    narrow.provinceCode ?? (narrow.communeCode ? communeTarget(narrow.communeCode)?.province.code : null);
  const where = province
    ? sql`v.province_code = ${province}`
    : sql`(w.reach IN ('country', 'abroad') OR v.province_code = w.province_code)`;
  return sql<boolean>`(v.occupation = ANY(${trades}) AND NOT v.overseas AND ${where}
    AND (w.wage_floor_vnd IS NULL OR v.wage_monthly_max_vnd IS NULL OR v.wage_monthly_max_vnd >= w.wage_floor_vnd))`;
}

export async function loadSearchContext(
  db: Kysely<Database>,
  personId: number,
  currentId: number | null,
  now: Date,
  narrow: SearchNarrow | null = null,
): Promise<SearchContext> {
  const today = vietnamIsoDate(now);
  const first = narrow?.communeCode ? sql`(v.commune_code = ${narrow.communeCode}) DESC,` : sql``;
  const [matches, current, consent] = await Promise.all([
    sql<Row>`
      SELECT ${COLUMNS}
      FROM worker_profiles w
      JOIN vacancies v ON ${narrow ? narrowedMatch(narrow) : vacancyMatchesWorker()} AND ${vacancyIsOpen(today)}
      JOIN employers e ON e.id = v.employer_id
      WHERE w.person_id = ${personId}
        AND NOT EXISTS (SELECT 1 FROM applications a WHERE a.vacancy_id = v.id AND a.person_id = w.person_id AND a.status = 'not_suitable')
        AND NOT EXISTS (SELECT 1 FROM scam_reports s WHERE s.vacancy_id = v.id AND s.reporter_person_id = w.person_id)
      ORDER BY ${first} (v.commune_code = w.commune_code) DESC, (v.province_code = w.province_code) DESC, v.decided_at DESC NULLS LAST, v.id DESC
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
    narrow,
  };
}

/** The narrowing kept in the state, or the one the person's words ask for as the search begins. */
function narrowOf(state: LoaderArgs['state'], hints: BeginHints | undefined): SearchNarrow | null {
  if (state)
    return SearchNarrow.nullable()
      .catch(null)
      .parse(state.data.narrow ?? null);
  if (!hints || (!hints.occupations?.length && !hints.communeCode && !hints.provinceCode)) return null;
  return {
    occupations: [...(hints.occupations ?? [])].slice(0, 3),
    communeCode: hints.communeCode ?? null,
    provinceCode: hints.provinceCode ?? null,
  };
}

export const loadSearch: Loader<SearchFlowContext> = async ({ db, personId, state, now, choiceId, hints }) => {
  // The vacancy open in detail, or the one an alert's answer names.
  const currentId =
    typeof state?.data.current === 'number' ? state.data.current : (parseAlertChoice(choiceId)?.vacancyId ?? null);
  return { search: await loadSearchContext(db, personId, currentId, now, narrowOf(state, hints)) };
};
