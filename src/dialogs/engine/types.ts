import type { OutboundMessage } from '../../kernel/message.ts';
import type { Lang } from '../../kernel/i18n/index.ts';
import type { QuietHoursRule } from '../../kernel/quiet-hours.ts';
import type { RoleGrant } from '../../kernel/roles.ts';
import type { WorkerProfile } from '../../kernel/worker-profile.ts';
import type { StoredDialogState } from '../../db/dialog-states.ts';
import type { VacancyDraft } from '../../kernel/vacancy/draft.ts';
import type { VacancyFacts } from '../../kernel/vacancy/facts.ts';
import type { ConsentPurpose } from '../../db/schema.ts';
import type { PriorityGroup } from '../../kernel/priority-groups.ts';

/**
 * The conversation engine's vocabulary. A flow is a pure decision function: (state, input, context) →
 * replies, the next state and effects (what to write). The engine persists the state and applies the
 * effects in one transaction; flows never touch the database, the network or the clock.
 */

/** Where a person is in a flow; stored per chat (src/db/dialog-states.ts), so a restart resumes at the same step. */
export type FlowState = StoredDialogState;

/** What the person sent, as the engine sees it. */
export interface StepInput {
  /** As typed (NFC), or null for a button press or media. */
  text: string | null;
  /** The single choice pressed or typed ("2", a label); null for free text. */
  choiceId: string | null;
  /** Every choice named in a multi-select answer ("2 5 7" → three ids), in order; [] when none. */
  choiceIds: string[];
}

/** What a flow knows about the person without asking (read by the engine before deciding). */
export interface FlowContext {
  lang: Lang;
  now: Date;
  /** QUIET_HOURS as configured: when nothing is sent (a broadcast's start time is checked against it). */
  quietHours: QuietHoursRule;
  /** The person's worker profile, when they registered before (to edit instead of asking again). */
  profile: WorkerProfile | null;
  /** The person's roles with their region scope (null = the whole country); loaded for the officials' flows. */
  roles?: ReadonlyArray<RoleGrant>;
  /** Pending vacancies within the person's scope, oldest first; loaded for /duyet. */
  reviewQueue?: ReadonlyArray<PendingVacancy>;
  /** The person's employer record, when they posted or were verified before (absent: /dangtin asks the name). */
  employer?: { name: string; verified: boolean } | null;
  /** /phatsong: who a broadcast to the targets chosen so far reaches, split by priority group (src/db/broadcast-audience.ts). */
  broadcastAudience?: import('../../db/broadcast-audience.ts').AudienceBreakdown | null;
  /** /phatsong: the official's own broadcasts of the last 7 days with their delivery progress, newest first (src/db/broadcast-progress.ts). */
  recentBroadcasts?: ReadonlyArray<import('../../db/broadcast-progress.ts').BroadcastProgress>;
  /** The person's own vacancies, newest first; loaded for /tincuatoi. */
  ownVacancies?: ReadonlyArray<OwnVacancy>;
  /** /thongke: the figures for the period asked for (null when none was read); loaded for the stats flow. */
  stats?: StatsFigures | null;
  /** Open vacancies matching the person's profile, for /timviec. */
  search?: SearchContext;
  /** /baocao: a one-time login link to the web dashboard, issued for officials and admins only (null: none). */
  dashboardLink?: import('../flows/dashboard.ts').DashboardLinkOffer | null;
  /** /tincuatoi: the workers who pressed "Quan tâm" on the vacancy open in the flow (its owner re-checked in SQL). */
  applicants?: ReadonlyArray<Applicant>;
  /** /ketqua: applications of workers living within the official's scope, newest first, and the one open. */
  outcomes?: OutcomesContext;
  /** /theodoi: the sex the worker gave (optional; null when not given). */
  workerSex?: 'female' | 'male' | null;
  /** /theodoi: the lowest monthly pay in đồng the worker accepts (optional; null when not set). */
  workerWageFloor?: number | null;
}

/** One worker interested in an employer's vacancy; name and phone only when they agreed to share them. */
export interface Applicant {
  applicationId: number;
  /** 1 for the first to press "Quan tâm" on this vacancy, 2 for the next…: "Người lao động 3" when anonymous. */
  number: number;
  name: string | null;
  phoneE164: string | null;
  status: import('../../kernel/application-lifecycle.ts').ApplicationStatus;
  /** When they pressed "Quan tâm". */
  appliedAt: Date;
}

/** An application as an official sees it in /ketqua (the worker's name only when they shared it). */
export interface OutcomeApplication {
  applicationId: number;
  vacancyTitle: string;
  employerName: string;
  workerName: string | null;
  status: import('../../kernel/application-lifecycle.ts').ApplicationStatus;
  appliedAt: Date;
}

export interface OutcomesContext {
  /** Newest first, at most a few pages. */
  items: OutcomeApplication[];
  /** The application open in the flow (by the state's applicationId), if still within scope. */
  current: OutcomeApplication | null;
}

/** An open vacancy as a job seeker sees it. */
export interface SearchVacancy extends VacancyFacts {
  id: number;
  overseas: boolean;
  /** The person already said "Quan tâm". */
  interested: boolean;
}

export interface SearchContext {
  /** Nearest and newest first; at most a few pages. */
  matches: SearchVacancy[];
  /** The vacancy open in detail (by the state's `current`), if it is still open. */
  current: SearchVacancy | null;
  /** The person agreed before to share their name and phone with employers they are interested in. */
  sharesContact: boolean;
}



/** One of the person's own vacancies, as /tincuatoi lists it: its status and how many workers pressed "Quan tâm". */
export interface OwnVacancy extends VacancyFacts {
  id: number;
  status: 'pending' | 'approved' | 'rejected' | 'closed' | 'hidden';
  rejectReason: string | null;
  /** Workers whose application is 'interested' or later (introduced, hired, not hired). */
  interested: number;
}

/** /thongke: the funnel for a period over the official's area (src/reporting/funnel.ts), and what waits for review now. */
export interface StatsFigures {
  /** The area's name ("Thái Nguyên", or the whole country). */
  area: string;
  period: import('../../kernel/periods.ts').Period;
  /** The funnel's totals over the official's scope (their regions added up when they have several). */
  funnel: import('../../reporting/funnel.ts').FunnelCounts;
  /** Vacancies in the area waiting for an official's decision now. */
  pendingVacancies: number;
  /** The words after "/thongke" that were not a period (this month is shown instead); null otherwise. */
  unread: string | null;
}

/** An official's broadcast as confirmed in /phatsong. */
export interface BroadcastDraft {
  text: string;
  /** Commune and/or province codes (a province covers its communes). */
  targets: string[];
  /** [] = everyone reached; else only people in these groups who consented to 'priority_status'. */
  priorityGroups: PriorityGroup[];
  /** The official's scope that holds every target (null: the whole country). */
  scopeRegionCode: string | null;
  sendAt: Date;
}

/** A vacancy waiting for an official, with the scam shield's reasons. */
export interface PendingVacancy extends VacancyFacts {
  id: number;
  scamReasons: import('../../kernel/scam.ts').ScamReason[];
  /** Workers' scam reports not yet answered; a vacancy with 3 is hidden until an official decides. */
  openReports?: number;
}

/** Writes a flow asks for; applied with the state change, in one transaction. */
export type Effect =
  | { kind: 'grant_consent'; purpose: ConsentPurpose; textVersion: string }
  | { kind: 'withdraw_consent'; purpose: ConsentPurpose }
  | { kind: 'save_worker_profile'; profile: WorkerProfile }
  | { kind: 'set_language'; lang: Lang }
  /** The person removed their phone number (a save never clears it: "Quan tâm" may have given it). */
  | { kind: 'forget_phone' }
  /** STOP: nothing more is sent to the person until they write /start. */
  | { kind: 'stop_messages' }
  | { kind: 'resume_messages' }
  | { kind: 'pause_alerts' }
  | { kind: 'resume_alerts' }
  /** /xoa confirmed: name, phone, birth year, profile and consents erased, chats tombstoned; only anonymous counts stay. */
  | { kind: 'erase_person' }
  /** An employer's vacancy goes to the officials of its province as pending (held with reasons if the scam shield found any). */
  | { kind: 'submit_vacancy'; vacancy: VacancyDraft }
  /** An official's broadcast, stored as scheduled and handed to the fan-out; every target is re-checked against the scope in SQL. */
  | { kind: 'create_broadcast'; broadcast: BroadcastDraft }
  /** An official's decision; applied only if the vacancy is still pending and within the official's scope. */
  | { kind: 'decide_vacancy'; vacancyId: number; decision: 'approve' | 'reject'; reason: string | null }
  /** An employer closes one of their own vacancies (pending, approved or hidden); the owner is re-checked in SQL. */
  | { kind: 'close_vacancy'; vacancyId: number }
  /** An official verifies a vacancy's employer; applied only if that vacancy is within the official's scope. */
  | { kind: 'verify_employer'; vacancyId: number }
  /** "Quan tâm": an application; with `share`, the employer and the commune's officials get the name and phone. */
  | { kind: 'record_interest'; vacancyId: number; share: boolean; phoneE164: string | null; fullName: string | null }
  | { kind: 'mark_not_suitable'; vacancyId: number }
  /** "Báo lừa đảo": a report reaches the officials; 3 open reports hide the vacancy until reviewed. */
  | { kind: 'report_scam'; vacancyId: number }
  /** The answer to the 7-day "did you get the job?" (src/dialogs/followup.ts); written only on the person's own application. */
  | { kind: 'record_followup'; applicationId: number; answer: 'hired' | 'not_hired' | 'waiting' }
  /**
   * An employer (on their own vacancy) or an official (a worker within their scope) records a step of an
   * application; the right to act and the step are checked again in SQL (src/db/applications.ts).
   */
  | { kind: 'move_application'; applicationId: number; status: import('../../kernel/application-lifecycle.ts').ApplicationStatus; as: 'employer' | 'official' }
  /** /theodoi: the worker's sex, or null to clear it. */
  | { kind: 'set_sex'; sex: 'female' | 'male' | null }
  /** /theodoi: the worker's wage floor, monthly đồng (src/kernel/wage/floor.ts), or null to clear it. */
  | { kind: 'set_wage_floor'; vnd: number | null };

export type StepResult =
  /** Ask the next question. */
  | { kind: 'continue'; replies: OutboundMessage[]; state: FlowState; effects?: Effect[] }
  /** The flow is over (finished or declined); the person is back home. */
  | { kind: 'done'; replies: OutboundMessage[]; effects?: Effect[] }
  /** The answer did not fit: the engine re-asks with this message, counting the miss. */
  | { kind: 'miss'; reprompt: OutboundMessage };

export interface Flow {
  readonly name: string;
  /** Every step the flow may store in FlowState.step (the engine's tests fire the worst inputs at each). */
  readonly steps?: readonly string[];
  /**
   * Steps whose typed answer is naturally longer than the engine's limit for every other step (ANSWER_LIMIT,
   * src/dialogs/engine/answer-limit.ts), with their own limit in characters. A longer answer never reaches the step.
   */
  readonly answerLimits?: Readonly<Partial<Record<string, number>>>;
  /** The first question (or a refusal, e.g. a flow the person cannot use). */
  begin(context: FlowContext): StepResult;
  /**
   * The answer to the step. Given nothing (text null and no choice: a photo, a sticker), a step asks its question
   * again as a miss; the engine uses that reprompt, with its own first line, to re-ask after an answer too long.
   */
  step(state: FlowState, input: StepInput, context: FlowContext): StepResult;
}
