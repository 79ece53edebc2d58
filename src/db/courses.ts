import type { Kysely, Transaction } from 'kysely';
import type { CourseLevel, CourseSchedule, CourseStatus, Database } from './schema.ts';

/**
 * Reading a course as every course feature shows it (the announcement, the search, the sign-up, the provider's
 * list, the review queue): the course, its provider, and its seats taken. One place, so the card is the same
 * everywhere. Writing is each feature's own.
 */
type Db = Kysely<Database> | Transaction<Database>;

export interface CourseFacts {
  id: number;
  providerId: number;
  providerName: string;
  providerVerified: boolean;
  title: string;
  occupation: string;
  level: CourseLevel;
  online: boolean;
  communeCode: string | null;
  provinceCode: string | null;
  address: string | null;
  /** YYYY-MM-DD. */
  startsOn: string;
  durationDays: number;
  schedule: CourseSchedule;
  seats: number | null;
  feeVnd: number;
  supportText: string | null;
  prioritySupport: boolean;
  supportAmountVnd: number | null;
  contact: string | null;
  status: CourseStatus;
  /** Places taken: signed up, enrolled or completed (not the waiting list, not cancelled or dropped). */
  seatsTaken: number;
  waiting: number;
}

/** The statuses that hold a seat. */
export const SEAT_STATUSES = ['signed_up', 'enrolled', 'completed'] as const;

export async function loadCourse(db: Db, id: number): Promise<CourseFacts | null> {
  if (!Number.isSafeInteger(id) || id <= 0) return null;
  const row = await db
    .selectFrom('courses as c')
    .innerJoin('providers as p', 'p.id', 'c.provider_id')
    .select((eb) => [
      'c.id',
      'c.provider_id',
      'p.name as provider_name',
      'p.verified_at',
      'c.title',
      'c.occupation',
      'c.level',
      'c.online',
      'c.commune_code',
      'c.province_code',
      'c.address',
      'c.starts_on',
      'c.duration_days',
      'c.schedule',
      'c.seats',
      'c.fee_vnd',
      'c.support_text',
      'c.priority_support',
      'c.support_amount_vnd',
      'c.contact',
      'c.status',
      eb
        .selectFrom('course_enrolments as e')
        .select((e) => e.fn.countAll<number>().as('n'))
        .whereRef('e.course_id', '=', 'c.id')
        .where('e.status', 'in', [...SEAT_STATUSES])
        .as('seats_taken'),
      eb
        .selectFrom('course_enrolments as w')
        .select((w) => w.fn.countAll<number>().as('n'))
        .whereRef('w.course_id', '=', 'c.id')
        .where('w.status', '=', 'waiting')
        .as('waiting'),
    ])
    .where('c.id', '=', id)
    .executeTakeFirst();
  if (!row) return null;
  return {
    id: row.id,
    providerId: row.provider_id,
    providerName: row.provider_name,
    providerVerified: row.verified_at !== null,
    title: row.title,
    occupation: row.occupation,
    level: row.level,
    online: row.online,
    communeCode: row.commune_code,
    provinceCode: row.province_code,
    address: row.address,
    startsOn: row.starts_on,
    durationDays: row.duration_days,
    schedule: row.schedule,
    seats: row.seats,
    feeVnd: Number(row.fee_vnd),
    supportText: row.support_text,
    prioritySupport: row.priority_support,
    supportAmountVnd: row.support_amount_vnd === null ? null : Number(row.support_amount_vnd),
    contact: row.contact,
    status: row.status,
    seatsTaken: Number(row.seats_taken ?? 0),
    waiting: Number(row.waiting ?? 0),
  };
}
