import type { Kysely } from 'kysely';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { Database } from './db/schema.ts';

/** Prometheus metrics for /metrics. One registry per process (tests make their own). */
export interface Metrics {
  registry: Registry;
  httpRequests: Counter<'method' | 'route' | 'status'>;
  httpDuration: Histogram<'route'>;
  outboxRelayed: Counter;
  outboxRelayFailures: Counter;
  inboundMessages: Counter<'channel' | 'outcome'>;
  inboundHandling: Histogram<'channel' | 'stage'>;
  repliesSent: Counter<'channel'>;
  replyFailures: Counter<'channel' | 'kind'>;
  /**
   * Delivery jobs by channel and outcome: sent, failed, skipped, throttled, retried, deferred
   * (src/messaging/delivery/).
   */
  deliveries: Counter<'channel' | 'outcome'>;
  /** How long one platform send took in the delivery worker. */
  deliverySendSeconds: Histogram<'channel'>;
}

export function createMetrics(): Metrics {
  const registry = new Registry();
  registry.setDefaultLabels({ app: 'ket-noi-viec-lam' });
  collectDefaultMetrics({ register: registry, prefix: 'knvl_' });
  return {
    registry,
    httpRequests: new Counter({
      name: 'knvl_http_requests_total',
      help: 'HTTP requests answered, by route and status',
      labelNames: ['method', 'route', 'status'],
      registers: [registry],
    }),
    httpDuration: new Histogram({
      name: 'knvl_http_request_duration_seconds',
      help: 'Time to answer an HTTP request',
      labelNames: ['route'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
      registers: [registry],
    }),
    outboxRelayed: new Counter({
      name: 'knvl_outbox_relayed_total',
      help: 'Outbox rows moved to the queue',
      registers: [registry],
    }),
    outboxRelayFailures: new Counter({
      name: 'knvl_outbox_relay_failures_total',
      help: 'Outbox relay batches that failed (Redis or database unavailable)',
      registers: [registry],
    }),
    inboundMessages: new Counter({
      name: 'knvl_inbound_messages_total',
      help: 'Inbound chat messages by outcome (handled, duplicate, ignored, flood_notice, muted, failed)',
      labelNames: ['channel', 'outcome'],
      registers: [registry],
    }),
    inboundHandling: new Histogram({
      name: 'knvl_inbound_handling_seconds',
      help: 'Time to handle one inbound message, by stage: queued (waiting behind the same chat), record, dialog, reply, total',
      labelNames: ['channel', 'stage'],
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers: [registry],
    }),
    repliesSent: new Counter({
      name: 'knvl_replies_sent_total',
      help: 'Direct replies delivered',
      labelNames: ['channel'],
      registers: [registry],
    }),
    replyFailures: new Counter({
      name: 'knvl_reply_failures_total',
      help: 'Direct replies not delivered, by failure kind',
      labelNames: ['channel', 'kind'],
      registers: [registry],
    }),
    deliveries: new Counter({
      name: 'knvl_deliveries_total',
      help: 'Notification deliveries by channel and outcome (sent, failed, skipped, throttled, retried, deferred)',
      labelNames: ['channel', 'outcome'],
      registers: [registry],
    }),
    deliverySendSeconds: new Histogram({
      name: 'knvl_delivery_send_seconds',
      help: 'Time one platform send took in the delivery worker',
      labelNames: ['channel'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [registry],
    }),
  };
}

/** Rows written but not yet in the queue; read at scrape time. */
export function registerOutboxBacklog(metrics: Metrics, db: Kysely<Database>): void {
  new Gauge({
    name: 'knvl_outbox_pending',
    help: 'Outbox rows not yet moved to the queue',
    registers: [metrics.registry],
    async collect() {
      try {
        const row = await db
          .selectFrom('outbox')
          .where('sent_at', 'is', null)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow();
        this.set(row.n);
      } catch {
        // database unavailable: leave the last value; /readyz reports the outage
      }
    },
  });
}
