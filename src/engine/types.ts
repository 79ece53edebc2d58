import type { StoredDialogState } from '../db/dialog-states.ts';
import type { Lang } from '../kernel/i18n/index.ts';
import type { OutboundMessage } from '../kernel/message.ts';
import type { QuietHoursRule } from '../kernel/quiet-hours.ts';
import type { Audience } from '../kernel/roles.ts';
import type { WorkerProfile } from '../kernel/worker-profile.ts';
import type { HomeMenu } from './home.ts';

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

/**
 * What every flow knows about the person without asking, read by the engine with the chat's state. A feature that
 * needs more declares it as its own context and reads it with its loader (src/engine/feature.ts).
 */
export interface BaseContext {
  lang: Lang;
  now: Date;
  /** QUIET_HOURS as configured: when nothing is sent (a broadcast's start time is checked against it). */
  quietHours: QuietHoursRule;
  /** The person's worker profile, when they registered before (to edit instead of asking again). */
  profile: WorkerProfile | null;
  /** The person's employer record, when they posted or were verified before (null: /dangtin asks the name). */
  employer: { name: string; verified: boolean } | null;
  /** The home menu, for a flow that ends by showing it (src/engine/home.ts). */
  menu: HomeMenu;
  /** Who the person is, for the commands /trogiup lists (absent: a worker, as everyone is). */
  audiences?: readonly Audience[];
}

/**
 * What the person already said when a flow begins, so that it asks only the rest: the commune and trade of a
 * registration link ("/start c05860"), the trade and place in "tìm việc may ở Phổ Yên", the vacancy a link names.
 * A flow uses what it understands and ignores the rest; every field is already checked against the reference data.
 */
export interface BeginHints {
  /** A commune's code (one commune was named). */
  readonly communeCode?: string;
  /** A province's code, when a province was named without a commune. */
  readonly provinceCode?: string;
  /** Occupation keys (src/kernel/occupations). */
  readonly occupations?: readonly string[];
  /** A vacancy to show once the flow has what it needs. */
  readonly vacancyId?: number;
  /** Which of the feature's intents was read, for a feature that answers several ('loan', 'training'). */
  readonly topic?: string;
}

/** A write a flow asks for, applied with the state change in one transaction by the feature that owns its kind. */
export interface EffectRequest {
  readonly kind: string;
}

export type StepResult<E extends EffectRequest = EffectRequest> =
  /** Ask the next question. */
  | { kind: 'continue'; replies: OutboundMessage[]; state: FlowState; effects?: E[] }
  /** The flow is over (finished or declined); the person is back home. */
  | { kind: 'done'; replies: OutboundMessage[]; effects?: E[] }
  /** The answer did not fit: the engine re-asks with this message, counting the miss. */
  | { kind: 'miss'; reprompt: OutboundMessage };

/**
 * A conversation: pure steps over the base context plus what the feature's loader reads (`C`), asking for effects of
 * the kinds in `E`. The feature module adds its stored data's schema (src/engine/feature.ts).
 */
export interface Flow<C extends object = object, E extends EffectRequest = EffectRequest> {
  /** Every step the flow may store in FlowState.step (the engine's tests fire the worst inputs at each). */
  readonly steps: readonly string[];
  /**
   * Steps whose typed answer is naturally longer than the engine's limit for every other step (ANSWER_LIMIT,
   * src/engine/answer-limit.ts), with their own limit in characters. A longer answer never reaches the step.
   */
  readonly answerLimits?: Readonly<Partial<Record<string, number>>>;
  /** The first question (or a refusal, e.g. a flow the person cannot use); `hints`: what the person already said. */
  begin(context: BaseContext & C, hints?: BeginHints): StepResult<E>;
  /**
   * The answer to the step. Given nothing (text null and no choice: a photo, a sticker), a step asks its question
   * again as a miss; the engine uses that reprompt, with its own first line, to re-ask after an answer too long.
   */
  step(state: FlowState, input: StepInput, context: BaseContext & C): StepResult<E>;
}
