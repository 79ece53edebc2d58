import { type Kysely, sql } from 'kysely';
import { type CourseFacts, loadCourse } from '../../db/courses.ts';
import type { Database } from '../../db/schema.ts';
import { commandArgumentOf } from '../../engine/commands.ts';
import type { Loader, LoaderArgs } from '../../engine/feature.ts';
import { vietnamIsoDate } from '../../kernel/time.ts';
import { communeTarget, readPick } from '../shared/place.ts';
import { placeFromCommuneAnswer, placeFromPickAnswer } from '../shared/place-answer.ts';
import { tradeAndPlace } from '../shared/trade-and-place.ts';
import { COURSE_SEARCH_COMMAND } from './command.ts';
import type { CourseSearchContext, MyCourse } from './context.ts';

/**
 * What /hocnghe shows: approved courses not yet started, of the trades asked for (else every trade), without the
 * ones the person said "Không quan tâm" to: in their commune first, then their province, then online, then other
 * provinces when their reach allows; soonest first within each. The commune is the profile's, or the one given in
 * this search (read here from the answer to the commune question, so that the list follows at once).
 */
export const MAX_COURSES = 25;

interface Home {
  communeCode: string;
  provinceCode: string;
  /** Other provinces too. */
  wide: boolean;
}

async function profileHome(db: Kysely<Database>, personId: number): Promise<Home | null> {
  const row = await db
    .selectFrom('worker_profiles')
    .select(['commune_code', 'province_code', 'reach'])
    .where('person_id', '=', personId)
    .executeTakeFirst();
  if (!row?.commune_code || !row.province_code) return null;
  return {
    communeCode: row.commune_code,
    provinceCode: row.province_code,
    wide: row.reach === 'country' || row.reach === 'abroad',
  };
}

/** The commune typed at this search's commune question (or pick), when it names one. */
function answeredCommune({ state, text, choiceId }: LoaderArgs): string | null {
  if (!state) return null;
  const input = { text, choiceId, choiceIds: choiceId ? [choiceId] : [] };
  const province = typeof state.data.provinceCode === 'string' ? state.data.provinceCode : null;
  const outcome =
    state.step === 'commune'
      ? placeFromCommuneAnswer(input, province)
      : state.step === 'commune_pick'
        ? placeFromPickAnswer(input, readPick(state.data.placePick), province)
        : null;
  return outcome?.kind === 'commune' ? outcome.code : null;
}

/** The trades and place asked for: kept in the state, else read from the words that opened the search. */
function asked(args: LoaderArgs): { occupations: string[]; communeCode: string | null } {
  const { state, hints, text } = args;
  if (state) {
    const occupations = Array.isArray(state.data.occupations)
      ? state.data.occupations.filter((o): o is string => typeof o === 'string')
      : [];
    const stored = typeof state.data.communeCode === 'string' ? state.data.communeCode : null;
    return { occupations, communeCode: stored ?? answeredCommune(args) };
  }
  const argument = commandArgumentOf(text, COURSE_SEARCH_COMMAND);
  const words = hints ?? (argument ? tradeAndPlace(argument) : {});
  return { occupations: [...(words.occupations ?? [])].slice(0, 3), communeCode: words.communeCode ?? null };
}

async function openCourses(
  db: Kysely<Database>,
  personId: number,
  home: Home,
  occupations: readonly string[],
  today: string,
): Promise<CourseFacts[]> {
  const trades = occupations.length > 0 ? sql`AND c.occupation = ANY(${[...occupations]}::text[])` : sql``;
  const reach = home.wide ? sql`` : sql`AND (c.online OR c.province_code = ${home.provinceCode})`;
  const { rows } = await sql<{ id: number }>`
    SELECT c.id FROM courses c
    WHERE c.status = 'approved' AND c.starts_on > ${today}::date ${trades} ${reach}
      AND NOT EXISTS (SELECT 1 FROM course_dismissals d WHERE d.course_id = c.id AND d.person_id = ${personId})
    ORDER BY (c.commune_code IS NOT DISTINCT FROM ${home.communeCode}) DESC,
      (c.province_code IS NOT DISTINCT FROM ${home.provinceCode}) DESC, c.online DESC, c.starts_on, c.id
    LIMIT ${MAX_COURSES}`.execute(db);
  const courses = await Promise.all(rows.map((row) => loadCourse(db, Number(row.id))));
  return courses.filter((course): course is CourseFacts => course !== null);
}

async function myCourses(db: Kysely<Database>, personId: number): Promise<MyCourse[]> {
  const rows = await db
    .selectFrom('course_enrolments as e')
    .innerJoin('courses as c', 'c.id', 'e.course_id')
    .select([
      'e.course_id',
      'c.title',
      'e.status',
      sql<number>`CASE WHEN e.status = 'waiting' THEN (SELECT count(*) FROM course_enrolments o
        WHERE o.course_id = e.course_id AND o.status = 'waiting' AND (o.waiting_since, o.id) <= (e.waiting_since, e.id))
        ELSE 0 END::int`.as('place'),
    ])
    .where('e.person_id', '=', personId)
    .where('e.status', '<>', 'cancelled')
    .orderBy('c.starts_on', 'desc')
    .limit(10)
    .execute();
  return rows.map((r) => ({ courseId: r.course_id, title: r.title, status: r.status, place: r.place }));
}

export const loadCourseSearch: Loader<CourseSearchContext> = async (args) => {
  const { db, personId, now } = args;
  const { occupations, communeCode } = asked(args);
  const given = communeCode ? communeTarget(communeCode) : null;
  const home: Home | null = given
    ? { communeCode: given.commune.code, provinceCode: given.province.code, wide: false }
    : await profileHome(db, personId);
  const [courses, mine] = await Promise.all([
    home ? openCourses(db, personId, home, occupations, vietnamIsoDate(now)) : [],
    myCourses(db, personId),
  ]);
  return {
    courseSearch: {
      communeCode: home?.communeCode ?? null,
      givenCommune: given?.commune.code ?? null,
      occupations,
      courses,
      mine,
    },
  };
};
