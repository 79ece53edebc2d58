import type { QuietHoursRule } from '../../kernel/quiet-hours.ts';

/** The delivery rules the fan-out applies when it writes (from config: QUIET_HOURS, ALERTS_PER_DAY). */
export interface FanoutRules {
  quietHours: QuietHoursRule;
  /** Instant vacancy alerts a person gets per Vietnam day at most; the rest are held for the digest. */
  alertsPerDay: number;
}

/** How a fan-out runs (not what it writes). */
export interface FanoutExecution {
  /** Slices of the subscribers written at once, each on its own connection (default 1; PGlite has one connection). */
  parallelism?: number;
}
