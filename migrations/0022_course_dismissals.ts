import { type Kysely, sql } from 'kysely';

/**
 * "Không quan tâm" on a course card (issue 15): the person does not want this course, so neither its reminders nor
 * a repeat of it reach them, and /hocnghe leaves it out. Not an enrolment (they never asked for a place). /xoa
 * deletes the person's rows.
 */
const statements = [
  sql`CREATE TABLE course_dismissals (
    course_id bigint NOT NULL REFERENCES courses (id),
    person_id bigint NOT NULL REFERENCES people (id),
    dismissed_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (person_id, course_id)
  )`,
  sql`CREATE INDEX course_dismissals_course_idx ON course_dismissals (course_id)`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db);
}
