import type { Lang } from '../kernel/i18n/index.ts';
import type { ChannelName, ChatType } from '../kernel/message.ts';
import type { Role } from '../kernel/roles.ts';
import type { VacancyStatus } from '../kernel/vacancy/status.ts';
import type { ColumnType, Generated, GeneratedAlways, Insertable, Selectable, Updateable } from 'kysely';

/** The database as Kysely sees it. One interface per table, named after the table. */

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
type Json<T> = ColumnType<T, string | T, string | T>;

export type Channel = ChannelName;
export type { ChatType };
export type PersonStatus = 'active' | 'stopped' | 'deleted';
export type RoleName = Role;
export type ConsentPurpose = 'alerts' | 'priority_status' | 'ethnicity' | 'share_with_employer' | 'guardian';
export type RegionLevel = 'province' | 'commune';

export interface AppMetaTable {
  key: string;
  value: string;
  updated_at: Generated<Date>;
}

export interface RegionsTable {
  code: string;
  level: RegionLevel;
  name: string;
  name_folded: string;
  type_prefix: string;
  bare_name: string;
  province_code: string;
}

export interface OccupationsTable {
  key: string;
  sort_order: number;
  name_vi: string;
  name_en: string;
  vsco_codes: ColumnType<string[], string[] | undefined, string[]>;
  vsic_sections: ColumnType<string[], string[] | undefined, string[]>;
}

export interface PeopleTable {
  id: Generated<number>;
  full_name: string | null;
  birth_year: number | null;
  phone_e164: string | null;
  language: ColumnType<Lang, Lang | undefined, Lang>;
  status: ColumnType<PersonStatus, PersonStatus | undefined, PersonStatus>;
  created_at: Timestamp;
  updated_at: Timestamp;
  stopped_at: NullableTimestamp;
  deleted_at: NullableTimestamp;
  /** Where a worker lived when they erased their data (counted as "deleted" by area; migration 0009). */
  erased_commune_code: ColumnType<string | null, string | null | undefined, string | null>;
  erased_province_code: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface ChannelIdentitiesTable {
  id: Generated<number>;
  person_id: number | null;
  channel: Channel;
  chat_id: string;
  user_id: string | null;
  chat_type: ChatType;
  display_name: string | null;
  reachable: ColumnType<boolean, boolean | undefined, boolean>;
  unreachable_reason: string | null;
  unreachable_at: NullableTimestamp;
  tombstoned_at: NullableTimestamp;
  created_at: Timestamp;
  last_seen_at: Timestamp;
  /** Choices ({id, label}[]) the bot last offered in this chat; null when the last message had none. */
  last_choices: Json<{ id: string; label: string }[] | null> | null;
}

export interface RolesTable {
  id: Generated<number>;
  person_id: number;
  role: RoleName;
  /** NULL means the whole country. */
  region_code: string | null;
  granted_by: number | null;
  granted_via: 'cli' | 'invite' | 'chat';
  granted_at: Timestamp;
  revoked_at: NullableTimestamp;
}

export interface ConsentsTable {
  id: Generated<number>;
  person_id: number;
  purpose: ConsentPurpose;
  text_version: string;
  channel: string;
  granted_at: Timestamp;
  withdrawn_at: NullableTimestamp;
}

export interface DialogStatesTable {
  identity_id: number;
  flow: string;
  step: string;
  data: Json<Record<string, unknown>>;
  misses: ColumnType<number, number | undefined, number>;
  version: ColumnType<number, number | undefined, number>;
  updated_at: Timestamp;
}

export interface InboundEventsTable {
  channel: Channel;
  event_id: string;
  identity_id: number | null;
  received_at: Timestamp;
}

export interface OutboxTable {
  id: Generated<number>;
  queue: string;
  job_name: string;
  payload: Json<unknown>;
  created_at: Timestamp;
  available_at: Timestamp;
  sent_at: NullableTimestamp;
  attempts: ColumnType<number, number | undefined, number>;
  last_error: string | null;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: Timestamp;
  actor_person_id: number | null;
  actor_label: string;
  action: string;
  subject_type: string | null;
  subject_id: string | null;
  region_code: string | null;
  details: Json<Record<string, unknown>>;
}

export interface WorkerProfilesTable {
  person_id: number;
  commune_code: string;
  province_code: string;
  occupations: ColumnType<string[], string[], string[]>;
  reach: 'commune' | 'province' | 'country' | 'abroad';
  frequency: 'instant' | 'daily';
  digest_hour: number | null;
  paused_at: NullableTimestamp;
  /** Sensitive (src/kernel/priority-groups.ts); only with the 'priority_status' consent. */
  priority_groups: ColumnType<string[], string[] | undefined, string[]>;
  /** Optional, given in /theodoi; reports count it where given. */
  sex: ColumnType<'female' | 'male' | null, 'female' | 'male' | null | undefined, 'female' | 'male' | null>;
  /** Optional, set in /theodoi: the lowest monthly pay in đồng; matching skips vacancies known to pay less. */
  wage_floor_vnd: ColumnType<number | null, number | null | undefined, number | null>;
  /** The trades the worker wants to learn (occupation keys; empty: none, or not asked yet). */
  training_occupations: ColumnType<string[], string[] | undefined, string[]>;
  /** When "Bạn có muốn học nghề không?" was asked (answered or skipped); null: not yet. */
  training_asked_at: NullableTimestamp;
  /** The last course offered because no vacancy matched for 30 days (at most one a month). */
  course_offered_at: NullableTimestamp;
  created_at: Timestamp;
  updated_at: Timestamp;
}

/** A group chat (a village's Zalo group) that receives the vacancies and broadcasts of a commune or province. */
export interface GroupSubscriptionsTable {
  identity_id: number;
  region_code: string;
  subscribed_by: number | null;
  created_at: Timestamp;
  stopped_at: NullableTimestamp;
}

export interface EmployersTable {
  id: Generated<number>;
  owner_person_id: number | null;
  name: string;
  verified_at: NullableTimestamp;
  verified_by: number | null;
  created_at: Timestamp;
}

export type { VacancyStatus };

export interface VacanciesTable {
  id: Generated<number>;
  employer_id: number;
  title: string;
  occupation: string;
  commune_code: string;
  province_code: string;
  headcount: number;
  wage_raw: string;
  /** numeric: read as a string, exact. */
  wage_min: string | null;
  wage_max: string | null;
  wage_currency: string | null;
  wage_period: string | null;
  wage_negotiable: ColumnType<boolean, boolean | undefined, boolean>;
  requirements: string | null;
  /** A calendar date, 'YYYY-MM-DD' both ways (see type-parsers.ts). */
  deadline: string;
  contact: string;
  overseas: ColumnType<boolean, boolean | undefined, boolean>;
  status: ColumnType<VacancyStatus, VacancyStatus | undefined, VacancyStatus>;
  scam_reasons: Json<{ code: string; evidence: string }[]>;
  reject_reason: string | null;
  source: ColumnType<'chat' | 'import', 'chat' | 'import' | undefined, 'chat' | 'import'>;
  submitted_at: Timestamp;
  decided_at: NullableTimestamp;
  decided_by: number | null;
  closed_at: NullableTimestamp;
  fanned_out_at: NullableTimestamp;
  /** Generated (migration 0011): wage_max when VND per month and not negotiable, else NULL (unknown). */
  wage_monthly_max_vnd: GeneratedAlways<number | null>;
}

export interface ApplicationsTable {
  id: Generated<number>;
  vacancy_id: number;
  person_id: number;
  status: ColumnType<ApplicationStatus, string | undefined, string>;
  shared_contact: ColumnType<boolean, boolean | undefined, boolean>;
  created_at: Timestamp;
  updated_at: Timestamp;
  followup_sent_at: NullableTimestamp;
  /** The event where this step was recorded (an interview at a job fair), if any. */
  event_id: ColumnType<number | null, number | null | undefined, number | null>;
  followup_answer: 'hired' | 'not_hired' | 'waiting' | null;
  followup_answered_at: NullableTimestamp;
}

export type ApplicationStatus =
  | 'interested'
  | 'introduced'
  | 'offered'
  | 'hired'
  | 'not_hired'
  | 'withdrawn'
  | 'not_suitable';
export type ApplicationActorRole = 'worker' | 'employer' | 'official' | 'admin' | 'system';

/** One step of an application's life, with when and who (migration 0009). */
export interface ApplicationEventsTable {
  id: Generated<number>;
  application_id: number;
  status: ApplicationStatus;
  actor_person_id: number | null;
  actor_role: ApplicationActorRole;
  at: Timestamp;
  note: string | null;
}

/** A one-time login link to /dashboard sent to an official; only the token's hash is stored. */
export interface DashboardLinksTable {
  token_hash: string;
  person_id: number;
  created_at: Timestamp;
  expires_at: Date;
  used_at: NullableTimestamp;
}

/** A browser session of /dashboard; person_id null: opened with ADMIN_TOKEN. */
export interface DashboardSessionsTable {
  id_hash: string;
  person_id: number | null;
  created_at: Timestamp;
  expires_at: Date;
}

export interface ScamReportsTable {
  id: Generated<number>;
  vacancy_id: number;
  reporter_person_id: number | null;
  created_at: Timestamp;
  resolved_at: NullableTimestamp;
  resolved_by: number | null;
}

export interface BroadcastsTable {
  id: Generated<number>;
  official_person_id: number;
  scope_region_code: string | null;
  text: string;
  target_region_codes: ColumnType<string[], string[], string[]>;
  priority_groups: ColumnType<string[], string[] | undefined, string[]>;
  send_at: Timestamp;
  status: ColumnType<'scheduled' | 'sending' | 'sent' | 'cancelled', string | undefined, string>;
  recipients_estimated: number | null;
  created_at: Timestamp;
  fanned_out_at: NullableTimestamp;
}

export type EventKind = 'fair' | 'online' | 'meeting';
export type EventStatus = 'scheduled' | 'announced' | 'cancelled' | 'held';

/** A job fair, an online session or a village meeting (migrations/0016_events.ts). */
export interface EventsTable {
  id: Generated<number>;
  kind: ColumnType<EventKind, EventKind, EventKind>;
  title: string;
  starts_at: Timestamp;
  commune_code: string | null;
  address: string | null;
  online_url: string | null;
  official_person_id: number | null;
  scope_region_code: string | null;
  target_region_codes: ColumnType<string[], string[] | undefined, string[]>;
  priority_groups: ColumnType<string[], string[] | undefined, string[]>;
  capacity: number | null;
  announce_at: NullableTimestamp;
  status: ColumnType<EventStatus, EventStatus | undefined, EventStatus>;
  village: string | null;
  attendees_reported: number | null;
  topics: ColumnType<string[], string[] | undefined, string[]>;
  created_at: Timestamp;
  fanned_out_at: NullableTimestamp;
}

export interface EventEmployersTable {
  event_id: number;
  employer_id: number;
  status: ColumnType<'invited' | 'joined' | 'declined', string | undefined, string>;
  invited_by_person_id: number | null;
  updated_at: Timestamp;
}

export interface EventVacanciesTable {
  event_id: number;
  vacancy_id: number;
  extra_headcount: ColumnType<number, number | undefined, number>;
}

export type EventRegistrationStatus = 'registered' | 'waiting' | 'cancelled' | 'attended';

export interface EventRegistrationsTable {
  id: Generated<number>;
  event_id: number;
  person_id: number;
  ticket_code: string;
  status: ColumnType<EventRegistrationStatus, EventRegistrationStatus, EventRegistrationStatus>;
  via: ColumnType<'announcement' | 'link' | 'walk_in', 'announcement' | 'link' | 'walk_in', string>;
  shares_contact: ColumnType<boolean, boolean | undefined, boolean>;
  registered_at: Timestamp;
  waiting_since: NullableTimestamp;
  checked_in_at: NullableTimestamp;
  checked_in_by_person_id: number | null;
  reminded_evening_at: NullableTimestamp;
  reminded_soon_at: NullableTimestamp;
  followed_up_at: NullableTimestamp;
}

export interface EventRegistrationVacanciesTable {
  registration_id: number;
  vacancy_id: number;
}

/**
 * notifications.kind: each feature declares its kinds (in their folders under src/features); a migration extends the
 * check.
 */
export type StoredNotificationKind = string;
export type NotificationStatus = 'pending' | 'queued' | 'sent' | 'failed' | 'skipped' | 'held' | 'digested';

/** See migrations/0007_notifications.ts for the meaning of kind, ref_id and status. */
export interface NotificationsTable {
  id: Generated<number>;
  kind: StoredNotificationKind;
  ref_id: number;
  person_id: number | null;
  identity_id: number;
  channel: Channel;
  status: ColumnType<NotificationStatus, NotificationStatus | undefined, NotificationStatus>;
  priority: ColumnType<number, number | undefined, number>;
  not_before: ColumnType<Date, Date | string | undefined, Date | string>;
  score: ColumnType<number, number | undefined, number>;
  attempts: ColumnType<number, number | undefined, number>;
  last_error: string | null;
  platform_message_id: string | null;
  digest_id: number | null;
  created_at: Timestamp;
  queued_at: NullableTimestamp;
  sent_at: NullableTimestamp;
  finished_at: NullableTimestamp;
  /** A broadcast: when the chat first wrote within the reply window, kept before old inbound_events go (0013). */
  replied_at: NullableTimestamp;
}

export interface InvitesTable {
  /** SHA-256 (hex) of the code; the code itself is never stored (migration 0012). */
  code_hash: string;
  role: RoleName;
  region_code: string | null;
  created_at: Timestamp;
  expires_at: Timestamp;
  redeemed_at: NullableTimestamp;
  redeemed_by: number | null;
  /** Whether a simulator chat may redeem it (`invite --allow-simulator`, for demos). */
  allow_simulator: ColumnType<boolean, boolean | undefined, boolean>;
}

/** A vocational school or training centre (issue 15); see migrations/0020_courses.ts. */
export interface ProvidersTable {
  id: Generated<number>;
  owner_person_id: number | null;
  name: string;
  verified_at: NullableTimestamp;
  verified_by: number | null;
  created_at: Timestamp;
}

export type CourseLevel = 'college' | 'intermediate' | 'elementary' | 'short' | 'regular';
export type CourseSchedule = 'day' | 'evening' | 'weekend' | 'flexible';
export type CourseStatus = 'pending' | 'approved' | 'rejected' | 'closed' | 'cancelled';

export interface CoursesTable {
  id: Generated<number>;
  provider_id: number;
  title: string;
  occupation: string;
  level: CourseLevel;
  online: ColumnType<boolean, boolean | undefined, boolean>;
  commune_code: string | null;
  province_code: string | null;
  address: string | null;
  /** A calendar day (YYYY-MM-DD), as the driver returns dates. */
  starts_on: ColumnType<string, string, string>;
  duration_days: number;
  schedule: ColumnType<CourseSchedule, CourseSchedule | undefined, CourseSchedule>;
  seats: number | null;
  /** 0: free. */
  fee_vnd: ColumnType<number, number | undefined, number>;
  support_text: string | null;
  priority_support: ColumnType<boolean, boolean | undefined, boolean>;
  support_amount_vnd: number | null;
  contact: string | null;
  status: ColumnType<CourseStatus, CourseStatus | undefined, CourseStatus>;
  reject_reason: string | null;
  source: ColumnType<'chat' | 'import', 'chat' | 'import' | undefined, 'chat' | 'import'>;
  submitted_by: number | null;
  submitted_at: Timestamp;
  decided_at: NullableTimestamp;
  decided_by: number | null;
  fanned_out_at: NullableTimestamp;
}

export type CourseEnrolmentStatus = 'signed_up' | 'waiting' | 'enrolled' | 'completed' | 'dropped' | 'cancelled';

export interface CourseEnrolmentsTable {
  id: Generated<number>;
  course_id: number;
  person_id: number;
  status: ColumnType<CourseEnrolmentStatus, CourseEnrolmentStatus | undefined, CourseEnrolmentStatus>;
  via: ColumnType<
    'card' | 'search' | 'link' | 'provider' | 'import',
    'card' | 'search' | 'link' | 'provider' | 'import' | undefined,
    'card' | 'search' | 'link' | 'provider' | 'import'
  >;
  shares_contact: ColumnType<boolean, boolean | undefined, boolean>;
  signed_up_at: Timestamp;
  waiting_since: NullableTimestamp;
  enrolled_at: NullableTimestamp;
  /** When it was completed or dropped. */
  finished_at: NullableTimestamp;
  status_by: number | null;
  updated_at: Timestamp;
  trade_added_at: NullableTimestamp;
  followup_asked_at: NullableTimestamp;
  works_in_trade: boolean | null;
  followup_answered_at: NullableTimestamp;
}

/** "Hỏi thêm" on a course: personal text, erased by /xoa. */
export interface CourseQuestionsTable {
  id: Generated<number>;
  course_id: number;
  person_id: number | null;
  text: string | null;
  asked_at: Timestamp;
  answer_text: string | null;
  answered_by: number | null;
  answered_at: NullableTimestamp;
}

/** "Không quan tâm" on a course: not offered to the person again (migrations/0022_course_dismissals.ts). */
export interface CourseDismissalsTable {
  course_id: number;
  person_id: number;
  dismissed_at: Timestamp;
}

export interface Database {
  app_meta: AppMetaTable;
  regions: RegionsTable;
  occupations: OccupationsTable;
  people: PeopleTable;
  channel_identities: ChannelIdentitiesTable;
  roles: RolesTable;
  consents: ConsentsTable;
  dialog_states: DialogStatesTable;
  inbound_events: InboundEventsTable;
  outbox: OutboxTable;
  audit_log: AuditLogTable;
  worker_profiles: WorkerProfilesTable;
  employers: EmployersTable;
  vacancies: VacanciesTable;
  applications: ApplicationsTable;
  application_events: ApplicationEventsTable;
  dashboard_links: DashboardLinksTable;
  dashboard_sessions: DashboardSessionsTable;
  scam_reports: ScamReportsTable;
  broadcasts: BroadcastsTable;
  invites: InvitesTable;
  group_subscriptions: GroupSubscriptionsTable;
  notifications: NotificationsTable;
  events: EventsTable;
  event_employers: EventEmployersTable;
  event_vacancies: EventVacanciesTable;
  event_registrations: EventRegistrationsTable;
  event_registration_vacancies: EventRegistrationVacanciesTable;
  providers: ProvidersTable;
  courses: CoursesTable;
  course_enrolments: CourseEnrolmentsTable;
  course_questions: CourseQuestionsTable;
  course_dismissals: CourseDismissalsTable;
}

export type Person = Selectable<PeopleTable>;
export type NewPerson = Insertable<PeopleTable>;
export type PersonUpdate = Updateable<PeopleTable>;
export type ChannelIdentity = Selectable<ChannelIdentitiesTable>;
export type OutboxRow = Selectable<OutboxTable>;
