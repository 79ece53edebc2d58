import type { Kysely } from 'kysely';
import type { Database } from '../../src/db/schema.ts';

/**
 * The dashboard tests' dataset, March 2026 (Vietnam time), with the numbers worked out by hand:
 *
 *   Thái Nguyên (19)  Xã Văn Lăng (05665): 7 workers registered in March (w1–w7), 1 in February
 *                     Phường Phổ Yên (05860): 3 registered in March                 → shown "<5"
 *                     Xã Ba Bể (01906): 2 registered in March                        → shown "<5"
 *                     → registered 12 (two small cells in the column: Văn Lăng's 7 can be shown)
 *   Sơn La (14)       Xã Tân Phong (03970): 6 registered in March
 *                     Phường Tô Hiệu (03646): 2 registered in March                  → shown "<5"
 *                     → registered 8; with one small cell in the column, Tân Phong's 6 is hidden too ("…"),
 *                       or 8 − 6 would give Tô Hiệu's 2 away
 *   Vacancies approved in March: Văn Lăng 1,200 people and Phổ Yên 34 (one employer: 2 vacancies, 1,234 people,
 *   1 employer in Thái Nguyên); Tân Phong 5,000 (another employer). One pending vacancy counts nowhere.
 *   Applications (Văn Lăng): w1–w6 pressed "Quan tâm" in March (interested 6); w1 was introduced and hired
 *   (hired 1 → "<5"). Each step is also an application_events row, as the lifecycle writes them.
 *   Workers have names and phone numbers: none of them may appear in a report.
 */
export const DASHBOARD_MARCH = { from: '2026-03-01', to: '2026-03-31' };
export const VAN_LANG = '05665';
export const PHO_YEN = '05860';
export const TAN_PHONG = '03970';
export const BA_BE = '01906';
export const TO_HIEU = '03646';

export const EXPECTED = {
  thaiNguyen: { registered: 12, vacanciesApproved: 2, headcountApproved: 1234, employers: 1, interested: 6, hired: 1 },
  sonLa: { registered: 8, headcountApproved: 5000 },
  country: { registered: 20, headcountApproved: 6234 },
};

/** A moment in Vietnam time: '2026-03-04 10:00'. */
export const vn = (local: string): Date => new Date(`${local.replace(' ', 'T')}:00+07:00`);

export async function seedDashboardData(db: Kysely<Database>): Promise<void> {
  const province = (commune: string) => (commune === TAN_PHONG || commune === TO_HIEU ? '14' : '19');
  const workers: number[] = [];
  const worker = async (commune: string, created: string, n: number) => {
    const { id } = await db
      .insertInto('people')
      .values({
        full_name: `Người Thử ${n}`,
        phone_e164: `+8491234${String(n).padStart(4, '0')}`,
        status: 'active',
        created_at: vn(created),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('worker_profiles')
      .values({
        person_id: id,
        commune_code: commune,
        province_code: province(commune),
        occupations: ['garment'],
        reach: 'province',
        frequency: 'instant',
        created_at: vn(created),
      })
      .execute();
    workers.push(id);
    return id;
  };
  const vanLang: number[] = [];
  for (let i = 1; i <= 7; i++) vanLang.push(await worker(VAN_LANG, `2026-03-0${i} 08:00`, i));
  await worker(VAN_LANG, '2026-02-10 08:00', 8);
  for (let i = 1; i <= 3; i++) await worker(PHO_YEN, `2026-03-1${i} 08:00`, 10 + i);
  for (let i = 1; i <= 2; i++) await worker(BA_BE, `2026-03-1${i + 4} 08:00`, 14 + i);
  for (let i = 1; i <= 6; i++) await worker(TAN_PHONG, `2026-03-2${i} 08:00`, 20 + i);
  for (let i = 1; i <= 2; i++) await worker(TO_HIEU, `2026-03-2${i + 6} 08:00`, 30 + i);

  const employer = async (name: string) =>
    (await db.insertInto('employers').values({ name }).returning('id').executeTakeFirstOrThrow()).id;
  const e1 = await employer('Công ty May Thử');
  const e2 = await employer('Hợp tác xã Thử');
  const vacancy = async (
    employerId: number,
    commune: string,
    status: 'approved' | 'pending',
    decided: string | null,
    headcount: number,
  ) =>
    (
      await db
        .insertInto('vacancies')
        .values({
          employer_id: employerId,
          title: 'Công nhân may',
          occupation: 'garment',
          commune_code: commune,
          province_code: province(commune),
          headcount,
          wage_raw: '8 triệu',
          deadline: '2026-12-31',
          contact: '0912 345 678',
          status,
          scam_reasons: '[]',
          decided_at: decided ? vn(decided) : null,
          submitted_at: vn('2026-03-01 07:00'),
        })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
  const v1 = await vacancy(e1, VAN_LANG, 'approved', '2026-03-03 09:00', 1200);
  await vacancy(e1, PHO_YEN, 'approved', '2026-03-15 09:00', 34);
  await vacancy(e2, TAN_PHONG, 'approved', '2026-03-20 09:00', 5000);
  await vacancy(e2, VAN_LANG, 'pending', null, 77);

  for (const [i, person] of vanLang.slice(0, 6).entries()) {
    const hired = i === 0;
    const created = vn(`2026-03-1${i} 10:00`);
    const updated = hired ? vn('2026-03-25 10:00') : created;
    const { id } = await db
      .insertInto('applications')
      .values({
        vacancy_id: v1,
        person_id: person,
        status: hired ? 'hired' : 'interested',
        created_at: created,
        updated_at: updated,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('application_events')
      .values({ application_id: id, status: 'interested', actor_person_id: person, actor_role: 'worker', at: created })
      .execute();
    if (hired) {
      await db
        .insertInto('application_events')
        .values({ application_id: id, status: 'introduced', actor_role: 'employer', at: vn('2026-03-20 10:00') })
        .execute();
      await db
        .insertInto('application_events')
        .values({ application_id: id, status: 'hired', actor_person_id: person, actor_role: 'worker', at: updated })
        .execute();
    }
  }
}
