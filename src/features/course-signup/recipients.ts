import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/schema.ts';

type Db = Kysely<Database> | Transaction<Database>;

/**
 * Who a question about a course goes to: the provider's owner, and the officials of the course's commune — else of
 * its province, else of the whole country (an online course, or an area without officials), so none goes unheard.
 */
export async function questionRecipients(db: Db, courseId: number): Promise<number[]> {
  const course = await db
    .selectFrom('courses as c')
    .innerJoin('providers as p', 'p.id', 'c.provider_id')
    .select(['c.commune_code', 'c.province_code', 'p.owner_person_id'])
    .where('c.id', '=', courseId)
    .executeTakeFirst();
  if (!course) return [];
  const officials = await db
    .selectFrom('roles')
    .select(['person_id', 'region_code'])
    .distinct()
    .where('revoked_at', 'is', null)
    .where('role', 'in', ['official', 'admin'])
    .where((eb) =>
      eb.or([
        eb('region_code', 'is', null),
        ...(course.commune_code ? [eb('region_code', '=', course.commune_code)] : []),
        ...(course.province_code ? [eb('region_code', '=', course.province_code)] : []),
      ]),
    )
    .execute();
  const within = (region: string | null) => officials.filter((o) => o.region_code === region).map((o) => o.person_id);
  const commune = course.commune_code ? within(course.commune_code) : [];
  const province = course.province_code ? within(course.province_code) : [];
  const local = commune.length > 0 ? commune : province.length > 0 ? province : within(null);
  const owner = course.owner_person_id === null ? [] : [course.owner_person_id];
  return [...new Set([...owner, ...local])];
}
