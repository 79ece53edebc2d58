import type { RawBuilder } from 'kysely';
import type { AnyFanoutJob } from '../fanout/jobs.ts';
import type { Renderer } from './render.ts';

/**
 * A kind of notification (notifications.kind) as the delivery needs to know it: how to render one, and when one
 * written earlier is no longer wanted. Features declare theirs (src/features/<name>/notifications.ts); the app
 * hands the list to the delivery, which never imports a feature.
 */
export interface NotificationKind {
  readonly kind: string;
  readonly renderer: Renderer;
  /**
   * Rows of this kind are alerts the person subscribed to (vacancy alerts, broadcasts): pausing alerts or
   * withdrawing the alerts consent stops them. Other kinds (a digest, a follow-up question) need only a live chat.
   */
  readonly followsAlertSettings: boolean;
  /** The fan-out job that writes this kind's rows from one event (an approved vacancy, a due broadcast), if any. */
  readonly fanout?: AnyFanoutJob;
  /** When a written row is no longer wanted, in SQL over `n` (the notification) and `joins`; see liveness.ts. */
  readonly liveness?: {
    /** LEFT JOINs this kind's reasons read, each restricted to rows of this kind. */
    readonly joins: RawBuilder<unknown>;
    /** `WHEN … THEN '<reason>'` clauses, each restricted to rows of this kind; `today` is the Vietnam date. */
    readonly skipWhen: (today: string) => RawBuilder<unknown>;
  };
}
