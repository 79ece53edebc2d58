import net from 'node:net';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createTelegramAdapter } from '../../../src/channels/telegram/adapter.ts';
import { createZaloAdapter, createZaloClient } from '../../../src/channels/zalo/index.ts';
import type { TrustProxy } from '../../../src/app/config.ts';
import type { DatabaseHandle } from '../../../src/db/connect.ts';
import { migrateToLatest } from '../../../src/db/migrate.ts';
import { buildHttpApp, type HttpApp } from '../../../src/http/app.ts';
import { isTelegramAddress } from '../../../src/channels/telegram/webhook.ts';
import { registerWebhookRoutes, WEBHOOK_BODY_LIMIT_BYTES } from '../../../src/http/webhook-routes.ts';
import { createFloodGuard } from '../../../src/inbound/flood-guard.ts';
import { createInboundPipeline, type InboundPipeline } from '../../../src/inbound/pipeline.ts';
import { createReplySender } from '../../../src/inbound/reply-sender.ts';
import { createLogger } from '../../../src/logger.ts';
import { createMetrics, type Metrics } from '../../../src/metrics.ts';
import { textUpdate } from '../../fakes/telegram-api.ts';
import { backends } from '../../harness/databases.ts';

/**
 * The webhook routes through the whole HTTP app, with the real inbound pipeline on PGlite and the test Redis:
 * the secret checked before the body is read (even a body that never finishes), 64 KiB bodies, per-address rate
 * limits that spare Telegram's own addresses and follow TRUST_PROXY, and 503 while the inbound queue is full.
 */
const SECRETS = { telegram: 'tg-secret-0123456789', zalo: 'zalo-secret-0123456789' } as const;
const HEADERS = { telegram: 'x-telegram-bot-api-secret-token', zalo: 'x-bot-api-secret-token' } as const;
const LIMIT = 5;
const TELEGRAM_ADDRESS = '149.154.167.99';

function zaloUpdate(n: number): unknown {
  return {
    event_name: 'message.text.received',
    message: {
      message_id: `m-${n}`,
      date: Date.now(),
      from: { id: `u-${n}`, display_name: 'B', is_bot: false },
      chat: { id: `u-${n}`, chat_type: 'PRIVATE' },
      text: 'xin chào',
    },
  };
}

describe('webhook routes: secret first, 64 KiB, per-address limits, a full queue', () => {
  let handle: DatabaseHandle;
  let cleanup: () => Promise<void>;
  let redis: Redis;
  let metrics: Metrics;
  let pipeline: InboundPipeline;
  let hold: Promise<void> | null = null;
  let updateId = 1;
  const apps: HttpApp[] = [];
  /** Requests whose body Fastify began to read (a preParsing hook sees each). */
  const bodiesRead: string[] = [];

  async function build(options: { trustProxy?: TrustProxy; perAddressPerMinute?: number } = {}): Promise<HttpApp> {
    const http = await buildHttpApp({
      logger: createLogger({ level: 'silent', secrets: [] }),
      metrics,
      readiness: {},
      trustProxy: options.trustProxy ?? false,
      routes: [
        (app) => {
          app.addHook('preParsing', async (request) => {
            bodiesRead.push(String(request.headers['x-test-id'] ?? ''));
          });
          registerWebhookRoutes(app, {
            pipeline,
            telegram: { secret: SECRETS.telegram },
            zalo: { secret: SECRETS.zalo },
            perAddressPerMinute: options.perAddressPerMinute ?? LIMIT,
          });
        },
      ],
    });
    apps.push(http);
    return http;
  }

  const post = (
    http: HttpApp,
    channel: 'telegram' | 'zalo',
    options: { secret?: string; body?: string; from?: string; headers?: Record<string, string> } = {},
  ) =>
    http.app.inject({
      method: 'POST',
      url: `/webhooks/${channel}`,
      remoteAddress: options.from ?? '203.0.113.1',
      headers: {
        'content-type': 'application/json',
        ...(options.secret === undefined ? {} : { [HEADERS[channel]]: options.secret }),
        ...options.headers,
      },
      payload:
        options.body ?? JSON.stringify(textUpdate({ chatId: 7000 + updateId, text: '/start', updateId: updateId++ })),
    });

  beforeAll(async () => {
    ({ handle, cleanup } = await backends.find((b) => b.name === 'pglite')!.open());
    await migrateToLatest(handle.db);
    redis = new Redis(inject('redisUrl'), { keyPrefix: `webhooks-${process.pid}:` });
    metrics = createMetrics();
    const logger = createLogger({ level: 'silent', secrets: [] });
    const adapters = {
      telegram: createTelegramAdapter({ token: '123456:test-token', apiRoot: 'http://127.0.0.1:9' }),
      zalo: createZaloAdapter({
        client: createZaloClient({ token: 'zalo-token', apiRoot: 'http://127.0.0.1:9' }),
        logger,
      }),
    };
    pipeline = createInboundPipeline({
      db: handle.db,
      adapters,
      floodGuard: createFloodGuard(redis, { limit: 10_000, windowMs: 10_000, muteMs: 60_000 }),
      replies: createReplySender({ adapters, db: handle.db, logger }),
      handler: async () => {
        if (hold) await hold;
        return [];
      },
      logger,
      metrics,
      maxWaiting: 3,
    });
  });
  afterAll(async () => {
    for (const http of apps) await http.app.close();
    await pipeline?.drain();
    redis?.disconnect();
    await cleanup?.();
  });

  it('a wrong or missing secret gets 401 before the body is read: even one too big (413) or not JSON (400)', async () => {
    const http = await build({ perAddressPerMinute: 100 });
    const tooBig = JSON.stringify({ update_id: 1, padding: 'x'.repeat(WEBHOOK_BODY_LIMIT_BYTES) });
    for (const channel of ['telegram', 'zalo'] as const) {
      for (const secret of [undefined, 'wrong-secret-0123456789', `${SECRETS[channel]}x`]) {
        for (const [body, id] of [
          [tooBig, 'big'],
          ['{"update_id": 1,', 'broken'],
        ] as const) {
          const response = await post(http, channel, {
            secret,
            body,
            from: '203.0.113.10',
            headers: { 'x-test-id': `wrong-${id}` },
          });
          expect(response.statusCode, `${channel} ${secret} ${id}`).toBe(401);
          expect(response.json()).toEqual({ ok: false, error: 'wrong or missing secret token' });
        }
      }
    }
    expect(bodiesRead.filter((id) => id.startsWith('wrong-'))).toEqual([]);
    // With the right secret the same bodies are read and refused for what they are.
    expect(
      (await post(http, 'telegram', { secret: SECRETS.telegram, body: tooBig, from: '203.0.113.11' })).statusCode,
    ).toBe(413);
    expect(
      (await post(http, 'zalo', { secret: SECRETS.zalo, body: '{"event_name": ', from: '203.0.113.11' })).statusCode,
    ).toBe(400);
  });

  it('a body that never finishes, with a wrong secret, is answered 401 and the connection closed', async () => {
    const http = await build();
    const address = await http.app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = new URL(address);
    const socket = net.connect(Number(port), '127.0.0.1');
    let received = '';
    socket.on('data', (chunk) => {
      received += chunk.toString();
    });
    const closed = new Promise<void>((resolve) => socket.on('close', () => resolve()));
    socket.write(
      `POST /webhooks/telegram HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n${HEADERS.telegram}: wrong-secret-0123456789\r\nx-test-id: slow\r\n\r\n{"update_id": 1, "message":`,
    );
    await closed; // the server answers and closes, though 99,970 bytes of the body never came
    expect(received).toMatch(/^HTTP\/1\.1 401 /);
    expect(received).toContain('wrong or missing secret token');
    expect(bodiesRead).not.toContain('slow');
  });

  it('bodies up to 64 KiB are taken; beyond, 413', async () => {
    const http = await build();
    const update = (size: number) => {
      const base = textUpdate({ chatId: 7999, text: 'x', updateId: updateId++ });
      const body = JSON.stringify({ ...base, padding: '' });
      return JSON.stringify({ ...base, padding: 'p'.repeat(size - Buffer.byteLength(body)) });
    };
    expect(Buffer.byteLength(update(WEBHOOK_BODY_LIMIT_BYTES))).toBe(64 * 1024);
    expect(
      (
        await post(http, 'telegram', {
          secret: SECRETS.telegram,
          body: update(WEBHOOK_BODY_LIMIT_BYTES),
          from: '203.0.113.20',
        })
      ).statusCode,
    ).toBe(200);
    expect(
      (
        await post(http, 'telegram', {
          secret: SECRETS.telegram,
          body: update(WEBHOOK_BODY_LIMIT_BYTES + 1),
          from: '203.0.113.20',
        })
      ).statusCode,
    ).toBe(413);
    await pipeline.drain();
  });

  it('each address may send LIMIT a minute (429 after, secret or not); Telegram’s own addresses are never limited on its route', async () => {
    const http = await build();
    const statuses = async (channel: 'telegram' | 'zalo', from: string, n: number) => {
      const out: number[] = [];
      for (let i = 0; i < n; i++)
        out.push((await post(http, channel, { secret: 'wrong-secret-0123456789', from })).statusCode);
      return out;
    };
    expect(await statuses('telegram', '198.51.100.7', LIMIT + 2)).toEqual([...Array(LIMIT).fill(401), 429, 429]);
    // Another address has its own count.
    expect(await statuses('telegram', '198.51.100.8', 1)).toEqual([401]);
    for (const from of [TELEGRAM_ADDRESS, '91.108.4.1', '149.154.175.255'])
      expect(await statuses('telegram', from, LIMIT + 3), from).not.toContain(429);
    // Zalo publishes no addresses: on its route Telegram's are limited like anyone's.
    expect(await statuses('zalo', TELEGRAM_ADDRESS, LIMIT + 1)).toEqual([...Array(LIMIT).fill(401), 429]);
    expect(
      (await post(http, 'zalo', { secret: SECRETS.zalo, from: '198.51.100.7', body: JSON.stringify(zaloUpdate(1)) }))
        .statusCode,
    ).toBe(200);
    await pipeline.drain();
  });

  it.each([
    ['149.154.160.1', true],
    ['149.154.175.254', true],
    ['91.108.7.200', true],
    ['::ffff:149.154.167.99', true],
    ['149.154.176.1', false],
    ['91.108.8.1', false],
    ['127.0.0.1', false],
    ['2001:db8::1', false],
    ['not an address', false],
  ])('%s is one of Telegram’s webhook addresses: %s', (address, expected) => {
    expect(isTelegramAddress(address)).toBe(expected);
  });

  it('X-Forwarded-For counts only from a proxy TRUST_PROXY names (addresses or a hop count), never by default', async () => {
    const viaProxy = (http: HttpApp, client: string) =>
      post(http, 'telegram', {
        secret: 'wrong-secret-0123456789',
        from: '127.0.0.1',
        headers: { 'x-forwarded-for': client },
      });
    const untrusting = await build({ trustProxy: false });
    const codes: number[] = [];
    for (let i = 0; i < LIMIT + 1; i++) codes.push((await viaProxy(untrusting, TELEGRAM_ADDRESS)).statusCode);
    expect(codes.at(-1)).toBe(429); // the header is ignored: every request is the proxy's own

    for (const trustProxy of [['127.0.0.1'], 1] as const) {
      const trusting = await build({ trustProxy: trustProxy as TrustProxy });
      const fromTelegram: number[] = [];
      for (let i = 0; i < LIMIT + 2; i++) fromTelegram.push((await viaProxy(trusting, TELEGRAM_ADDRESS)).statusCode);
      expect(fromTelegram, String(trustProxy)).not.toContain(429);
      const fromA: number[] = [];
      for (let i = 0; i < LIMIT + 1; i++) fromA.push((await viaProxy(trusting, '198.51.100.30')).statusCode);
      expect(fromA.at(-1)).toBe(429);
      expect((await viaProxy(trusting, '198.51.100.31')).statusCode).toBe(401);
    }
  });

  it('a full inbound queue answers 503 (the platform sends again later) and counts the refusal; room again, 200', async () => {
    const http = await build({ perAddressPerMinute: 1000 });
    let release = () => {};
    hold = new Promise<void>((resolve) => {
      release = resolve;
    });
    const queued = [];
    for (let i = 0; i < 3; i++)
      queued.push((await post(http, 'telegram', { secret: SECRETS.telegram, from: TELEGRAM_ADDRESS })).statusCode);
    expect(queued).toEqual([200, 200, 200]);
    const refused = await post(http, 'telegram', { secret: SECRETS.telegram, from: TELEGRAM_ADDRESS });
    expect(refused.statusCode).toBe(503);
    expect(refused.headers['retry-after']).toBe('5');
    expect((await post(http, 'zalo', { secret: SECRETS.zalo, body: JSON.stringify(zaloUpdate(2)) })).statusCode).toBe(
      503,
    );
    const counted = await metrics.registry.getSingleMetricAsString('knvl_inbound_messages_total');
    expect(counted).toMatch(/knvl_inbound_messages_total\{channel="telegram",outcome="queue_full"[^}]*\} 1/);
    expect(counted).toMatch(/knvl_inbound_messages_total\{channel="zalo",outcome="queue_full"[^}]*\} 1/);

    hold = null;
    release();
    await pipeline.drain();
    expect((await post(http, 'telegram', { secret: SECRETS.telegram, from: TELEGRAM_ADDRESS })).statusCode).toBe(200);
    await pipeline.drain();
  });
});
