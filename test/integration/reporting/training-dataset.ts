import type { Kysely } from 'kysely';
import type { CourseEnrolmentStatus, Database } from '../../../src/db/schema.ts';

/** A moment in Vietnam time: '2026-03-04 10:00'. */
export const vn = (local: string) => new Date(`${local.replace(' ', 'T')}:00+07:00`);

/** 15 February to 31 March 2026: two months, the first partial. */
export const TRAINING_PERIOD = { from: '2026-02-15', to: '2026-03-31' };

export const VL = '05665'; // Xã Văn Lăng, Thái Nguyên (19)
export const PY = '05860'; // Phường Phổ Yên, Thái Nguyên (19)
export const TP = '03970'; // Xã Tân Phong, Sơn La (14)

/**
 * Vocational training around the period's edges (Vietnam days), with every number worked out by hand in the tests.
 *
 * Workers (commune; priority group, with the consent unless said; trades wished, asked on):
 *   v1 VL poor; garment + mechanic_welding, 01/03      v2 VL poor; garment, 14/02 23:30 (before the start)
 *   v3 VL poor WITHOUT the consent; driver, 15/02 00:00  v4 VL; nothing wished, asked 02/03 (skipped)
 *   v5 VL · v6 VL poor · v7 VL poor                      p1 PY near-poor; garment, 31/03 23:59
 *   p2 PY poor; garment, 01/04 00:00 (after the end)    s1 TP (Sơn La); garment, 10/03
 *   e1 erased 20/03, lived in VL (the area is kept)
 * Courses: K1 garment, elementary (in PY) · K2 driver, college (in VL). Sign-ups (course; signed up; enrolled; then):
 *   K1 v1 15/02 00:00 (the start); 20/02, completed 10/03, works in the trade (answered 25/03) · K1 v2 14/02 23:59
 *   (before); 01/03, dropped 05/03 · K1 v3 10/03, not confirmed · K1 v5 05/01 (before); 10/01 (before), completed
 *   15/02 00:30 · K1 v6 31/03 22:00; 31/03 23:00 · K1 v7 01/03; 05/03 · K1 p1 31/03 23:50; 01/04 00:10 (after) ·
 *   K1 e1 25/02; 02/03 · K1 s1 01/03; 03/03 · K2 v1 10/03; 15/03 · K2 p2 15/02 08:00; 16/02, completed 20/03, not in
 *   the trade (30/03) · K2 v4 05/02 (before); 10/02 (before), completed 05/03, in the trade but answered 02/04
 *   (after) · K2 v3 waiting since 10/02 (before) · K2 v5 waiting since 12/03 · K2 v2 10/03, cancelled (never counts)
 *
 *                       wanted   signed up                  enrolled            completed   in trade
 *   VL                  2 v1 v3  6 v1 v3 v5 v6 v7 e1        5 v1 v2 v6 v7 e1    3 v1 v4 v5  1 v1
 *   PY                  1 p1     2 p1 p2                    1 p2                1 p2        0
 *   Thái Nguyên (19)    3        8                          6                   4           1
 *     02/2026           1 v3     3 v1 p2 e1                 2 v1 p2             1 v5        0
 *     03/2026           2 v1 p1  6 v1 v3 v5 v6 v7 p1        5 v1 v2 v6 v7 e1    3 v1 v4 p2  1 v1
 *   Sơn La (14)         1 s1     1 s1                       1 s1                0           0
 *   The country         4        9                          7                   4           1
 * Thái Nguyên by level (signed up, enrolled, completed, in trade): elementary — 6 (v1 v3 v6 v7 p1 e1), 5, 2 (v1 v5),
 * 1; college — 3 (v1 p2 v5), 2 (v1 p2), 2 (p2 v4), 0. By trade (wanted first): garment 2 (v1 p1), 6, 5, 2, 1;
 * mechanic_welding 1, 0, 0, 0, 0; driver 1 (v3), 3, 2, 2, 0. By group: poor 1 (v1), 4 (v1 v6 v7 p2), 5 (v1 v2 v6 v7
 * p2), 2 (v1 p2), 1 (v1); near-poor 1 (p1), 1 (p1), 0, 0, 0.
 */
export async function seedTraining(db: Kysely<Database>): Promise<void> {
  const province = (commune: string) => (commune === TP ? '14' : '19');
  const ids = new Map<string, number>();
  const worker = async (
    name: string,
    commune: string,
    o: { priority?: string[]; consent?: boolean; wishes?: string[]; asked?: string } = {},
  ) => {
    const { id } = await db
      .insertInto('people')
      .values({ full_name: `Người ${name}`, created_at: vn('2026-01-02 08:00') })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('worker_profiles')
      .values({
        person_id: id,
        commune_code: commune,
        province_code: province(commune),
        occupations: ['general_labour'],
        reach: 'province',
        frequency: 'instant',
        priority_groups: o.priority ?? [],
        training_occupations: o.wishes ?? [],
        training_asked_at: o.asked === undefined ? null : vn(o.asked),
        created_at: vn('2026-01-02 08:00'),
      })
      .execute();
    if (o.consent ?? (o.priority ?? []).length > 0)
      await db
        .insertInto('consents')
        .values({ person_id: id, purpose: 'priority_status', text_version: 't', channel: 'telegram' })
        .execute();
    ids.set(name, id);
  };
  await worker('v1', VL, { priority: ['poor'], wishes: ['garment', 'mechanic_welding'], asked: '2026-03-01 10:00' });
  await worker('v2', VL, { priority: ['poor'], wishes: ['garment'], asked: '2026-02-14 23:30' });
  await worker('v3', VL, { priority: ['poor'], consent: false, wishes: ['driver'], asked: '2026-02-15 00:00' });
  await worker('v4', VL, { asked: '2026-03-02 10:00' });
  await worker('v5', VL);
  await worker('v6', VL, { priority: ['poor'] });
  await worker('v7', VL, { priority: ['poor'] });
  await worker('p1', PY, { priority: ['near_poor'], wishes: ['garment'], asked: '2026-03-31 23:59' });
  await worker('p2', PY, { priority: ['poor'], wishes: ['garment'], asked: '2026-04-01 00:00' });
  await worker('s1', TP, { wishes: ['garment'], asked: '2026-03-10 10:00' });
  const erased = await db
    .insertInto('people')
    .values({
      status: 'deleted',
      created_at: vn('2026-01-02 08:00'),
      deleted_at: vn('2026-03-20 08:00'),
      erased_commune_code: VL,
      erased_province_code: '19',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  ids.set('e1', erased.id);

  const { id: providerId } = await db
    .insertInto('providers')
    .values({ name: 'Trường Trung cấp nghề Thái Nguyên' })
    .returning('id')
    .executeTakeFirstOrThrow();
  const course = async (occupation: string, level: 'elementary' | 'college', commune: string) =>
    (
      await db
        .insertInto('courses')
        .values({
          provider_id: providerId,
          title: `Khoá ${occupation}`,
          occupation,
          level,
          commune_code: commune,
          province_code: province(commune),
          starts_on: '2026-02-01',
          duration_days: 90,
          status: 'approved',
        })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
  const k1 = await course('garment', 'elementary', PY);
  const k2 = await course('driver', 'college', VL);
  const enrol = async (
    courseId: number,
    name: string,
    status: CourseEnrolmentStatus,
    signedUp: string,
    o: { enrolled?: string; finished?: string; inTrade?: boolean; answered?: string } = {},
  ) => {
    await db
      .insertInto('course_enrolments')
      .values({
        course_id: courseId,
        person_id: ids.get(name) ?? 0,
        status,
        signed_up_at: vn(signedUp),
        waiting_since: status === 'waiting' ? vn(signedUp) : null,
        enrolled_at: o.enrolled === undefined ? null : vn(o.enrolled),
        finished_at: o.finished === undefined ? null : vn(o.finished),
        works_in_trade: o.inTrade ?? null,
        followup_answered_at: o.answered === undefined ? null : vn(o.answered),
      })
      .execute();
  };
  await enrol(k1, 'v1', 'completed', '2026-02-15 00:00', {
    enrolled: '2026-02-20 10:00',
    finished: '2026-03-10 10:00',
    inTrade: true,
    answered: '2026-03-25 10:00',
  });
  await enrol(k1, 'v2', 'dropped', '2026-02-14 23:59', { enrolled: '2026-03-01 09:00', finished: '2026-03-05 09:00' });
  await enrol(k1, 'v3', 'signed_up', '2026-03-10 10:00');
  await enrol(k1, 'v5', 'completed', '2026-01-05 08:00', {
    enrolled: '2026-01-10 09:00',
    finished: '2026-02-15 00:30',
  });
  await enrol(k1, 'v6', 'enrolled', '2026-03-31 22:00', { enrolled: '2026-03-31 23:00' });
  await enrol(k1, 'v7', 'enrolled', '2026-03-01 10:00', { enrolled: '2026-03-05 09:00' });
  await enrol(k1, 'p1', 'enrolled', '2026-03-31 23:50', { enrolled: '2026-04-01 00:10' });
  await enrol(k1, 'e1', 'enrolled', '2026-02-25 10:00', { enrolled: '2026-03-02 09:00' });
  await enrol(k1, 's1', 'enrolled', '2026-03-01 10:00', { enrolled: '2026-03-03 09:00' });
  await enrol(k2, 'v1', 'enrolled', '2026-03-10 10:00', { enrolled: '2026-03-15 09:00' });
  await enrol(k2, 'p2', 'completed', '2026-02-15 08:00', {
    enrolled: '2026-02-16 09:00',
    finished: '2026-03-20 09:00',
    inTrade: false,
    answered: '2026-03-30 09:00',
  });
  await enrol(k2, 'v4', 'completed', '2026-02-05 08:00', {
    enrolled: '2026-02-10 09:00',
    finished: '2026-03-05 09:00',
    inTrade: true,
    answered: '2026-04-02 09:00',
  });
  await enrol(k2, 'v3', 'waiting', '2026-02-10 08:00');
  await enrol(k2, 'v5', 'waiting', '2026-03-12 08:00');
  await enrol(k2, 'v2', 'cancelled', '2026-03-10 08:00');
}
