import path from 'node:path';
import { z } from 'zod';
import { DEFAULT_QUIET_HOURS, type QuietHoursRule } from '../kernel/quiet-hours.ts';

/**
 * Every setting the service reads, from the environment names in PRODUCT.md.
 * A bad value stops the process with one line naming the variable, what it got and what it expects.
 */

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

export type QuietHours = QuietHoursRule;

export interface Config {
  port: number;
  dataDir: string;
  databaseUrl: string | null;
  redisUrl: string | null;
  publicUrl: string | null;
  telegram: { token: string | null; apiRoot: string; webhookSecret: string | null; sendRate: number };
  zalo: { token: string | null; apiRoot: string; webhookSecret: string | null; sendRate: number };
  quietHours: QuietHours;
  /** Instant vacancy alerts a person gets per day at most; the rest wait for the daily digest. */
  alertsPerDay: number;
  logLevel: (typeof LOG_LEVELS)[number];
  adminToken: string | null;
  simulator: boolean;
  /** SIMULATOR_TOKEN: when set, every simulator request needs it (and the simulator may listen beyond loopback). */
  simulatorToken: string | null;
  /** Where the HTTP server listens: loopback while an unauthenticated simulator is on, every interface otherwise. */
  httpHost: '127.0.0.1' | '0.0.0.0';
  /** METRICS_TOKEN: when set, GET /metrics needs `Authorization: Bearer <token>`. */
  metricsToken: string | null;
  /** TRUST_PROXY: which proxies' X-Forwarded-For to believe (hop count or addresses); false: none. */
  trustProxy: TrustProxy;
  /** RETENTION_DAYS: how long sent outbox rows and received-message records are kept. */
  retentionDays: number;
}

/** Fastify's trustProxy, narrowed to what TRUST_PROXY can say: a hop count, or addresses/subnets/keywords. */
export type TrustProxy = false | number | string[];

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    readonly got: string | undefined,
    readonly expected: string,
  ) {
    super(`${variable}: got ${describeValue(variable, got)}, expected ${expected}`);
    this.name = 'ConfigError';
  }
}

const SECRET_VARIABLES = new Set([
  'TELEGRAM_BOT_TOKEN',
  'ZALO_BOT_TOKEN',
  'TELEGRAM_WEBHOOK_SECRET',
  'ZALO_WEBHOOK_SECRET',
  'ADMIN_TOKEN',
  'SIMULATOR_TOKEN',
  'METRICS_TOKEN',
]);

function describeValue(variable: string, got: string | undefined): string {
  if (got === undefined) return 'nothing';
  if (SECRET_VARIABLES.has(variable)) return `a value of ${got.length} characters`;
  if (variable === 'DATABASE_URL' || variable === 'REDIS_URL') return JSON.stringify(hidePassword(got));
  const shown = got.length > 80 ? `${got.slice(0, 77)}...` : got;
  return JSON.stringify(shown);
}

/** Replaces the password of a URL with "***" so it can be shown or logged. */
export function hidePassword(url: string): string {
  try {
    const parsed = new URL(url);
    if (!parsed.password) return url;
    parsed.password = '***';
    return parsed.toString();
  } catch {
    return url.replace(/\/\/([^:/@]*):[^@/]*@/, '//$1:***@');
  }
}

type Env = Record<string, string | undefined>;

interface Rule<T> {
  expected: string;
  schema: z.ZodType<T>;
}

const port: Rule<number> = {
  expected: 'a whole number from 1 to 65535',
  schema: z.string().regex(/^\d{1,5}$/).transform(Number).pipe(z.number().int().min(1).max(65535)),
};

const sendRate: Rule<number> = {
  expected: 'messages per second, a number above 0 and at most 1000 (e.g. 25)',
  schema: z.string().regex(/^\d+(\.\d+)?$/).transform(Number).pipe(z.number().positive().max(1000)),
};

const alertsPerDay: Rule<number> = {
  expected: 'a whole number from 1 to 50 (e.g. 3)',
  schema: z.string().regex(/^\d{1,2}$/).transform(Number).pipe(z.number().int().min(1).max(50)),
};

const httpUrl: Rule<string> = {
  expected: 'an http:// or https:// URL',
  schema: z.string().refine(isUrlWith(['http:', 'https:'])).transform((s) => s.replace(/\/+$/, '')),
};

const postgresUrl: Rule<string> = {
  expected: 'a PostgreSQL URL like postgres://user:password@host:5432/dbname',
  schema: z.string().refine(isUrlWith(['postgres:', 'postgresql:'], true)),
};

const redisUrl: Rule<string> = {
  expected: 'a Redis URL like redis://host:6379 or rediss://host:6380',
  schema: z.string().refine(isUrlWith(['redis:', 'rediss:'], true)),
};

const telegramToken: Rule<string> = {
  expected: 'a Telegram bot token like 123456:ABC-DEF (from @BotFather)',
  schema: z.string().regex(/^\d+:[A-Za-z0-9_-]+$/),
};

const opaqueToken: Rule<string> = {
  expected: 'a token without spaces',
  schema: z.string().regex(/^\S+$/),
};

const telegramWebhookSecret: Rule<string> = {
  expected: '1-256 characters of A-Z, a-z, 0-9, _ or -',
  schema: z.string().regex(/^[A-Za-z0-9_-]{1,256}$/),
};

const zaloWebhookSecret: Rule<string> = {
  expected: '8-256 characters of A-Z, a-z, 0-9, _ or - (Zalo requires at least 8)',
  schema: z.string().regex(/^[A-Za-z0-9_-]{8,256}$/),
};

/** ADMIN_TOKEN, SIMULATOR_TOKEN, METRICS_TOKEN. */
const accessToken: Rule<string> = {
  expected: 'at least 16 characters without spaces',
  schema: z.string().regex(/^\S{16,}$/),
};

const retentionDays: Rule<number> = {
  expected: 'a whole number of days from 1 to 3650 (e.g. 30)',
  schema: z.string().regex(/^\d{1,4}$/).transform(Number).pipe(z.number().int().min(1).max(3650)),
};

/** Addresses, subnets and proxy-addr's keywords; never "true" (that would believe any client's X-Forwarded-For). */
const PROXY_ADDRESS = /^(loopback|linklocal|uniquelocal|[0-9a-fA-F.:]+(\/\d{1,3})?)$/;

const trustProxy: Rule<TrustProxy> = {
  expected:
    'the number of proxies in front of this service (e.g. 1), or their addresses or subnets separated by commas (e.g. 10.0.0.1,loopback); "true" is refused because it would trust any client',
  schema: z.string().transform((value, ctx): TrustProxy => {
    if (/^\d{1,2}$/.test(value)) return Number(value) === 0 ? false : Number(value);
    if (/^(false|no|off)$/i.test(value)) return false;
    const parts = value.split(',').map((part) => part.trim()).filter((part) => part.length > 0);
    if (parts.length === 0 || !parts.every((part) => PROXY_ADDRESS.test(part))) {
      ctx.addIssue({ code: 'custom', message: 'not a proxy list' });
      return z.NEVER;
    }
    return parts;
  }),
};

const quietHours: Rule<QuietHours> = {
  expected: 'two hours as START-END, e.g. 21-7 (or "off")',
  schema: z
    .string()
    .regex(/^\s*(\d{1,2})\s*-\s*(\d{1,2})\s*$|^off$/i)
    .transform((s) => {
      if (/^off$/i.test(s)) return { startHour: 0, endHour: 0 };
      const [, a, b] = /(\d{1,2})\s*-\s*(\d{1,2})/.exec(s)!;
      return { startHour: Number(a), endHour: Number(b) };
    })
    .refine((q) => q.startHour <= 23 && q.endHour <= 23),
};

const logLevel: Rule<Config['logLevel']> = {
  expected: LOG_LEVELS.join(', '),
  schema: z.string().transform((s) => s.toLowerCase()).pipe(z.enum(LOG_LEVELS)),
};

const flag: Rule<boolean> = {
  expected: '1 or 0 (also true/false, yes/no)',
  schema: z
    .string()
    .regex(/^(1|0|true|false|yes|no|on|off)$/i)
    .transform((s) => /^(1|true|yes|on)$/i.test(s)),
};

const dataDir: Rule<string> = {
  expected: 'a directory path',
  schema: z.string().min(1).transform((s) => path.resolve(s)),
};

function isUrlWith(protocols: string[], needsHost = false) {
  return (value: string): boolean => {
    try {
      const url = new URL(value);
      return protocols.includes(url.protocol) && (!needsHost || url.hostname.length > 0);
    } catch {
      return false;
    }
  };
}

function read<T>(env: Env, name: string, rule: Rule<T>): T | null {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return null;
  const parsed = rule.schema.safeParse(raw.trim());
  if (!parsed.success) throw new ConfigError(name, raw, rule.expected);
  return parsed.data;
}

export function loadConfig(env: Env = process.env): Config {
  const config = readConfig(env);
  requireWebhookSecrets(config);
  refuseOpenSimulator(config);
  return config;
}

/** A simulator reachable from the internet would let anyone chat as anyone: on a public server it needs a token. */
function refuseOpenSimulator(config: Config): void {
  if (config.simulator && config.publicUrl && !config.simulatorToken) {
    throw new ConfigError('SIMULATOR_TOKEN', undefined, `a token when SIMULATOR=1 and PUBLIC_URL are both set (${accessToken.expected}), or SIMULATOR=0`);
  }
}

/** In webhook mode a channel's secret is what keeps strangers from posting fake updates: it is required. */
function requireWebhookSecrets(config: Config): void {
  if (!config.publicUrl) return;
  if (config.telegram.token && !config.telegram.webhookSecret) {
    throw new ConfigError('TELEGRAM_WEBHOOK_SECRET', undefined, `a secret when PUBLIC_URL and TELEGRAM_BOT_TOKEN are set (${telegramWebhookSecret.expected})`);
  }
  if (config.zalo.token && !config.zalo.webhookSecret) {
    throw new ConfigError('ZALO_WEBHOOK_SECRET', undefined, `a secret when PUBLIC_URL and ZALO_BOT_TOKEN are set (${zaloWebhookSecret.expected})`);
  }
}

function readConfig(env: Env): Config {
  const telegramTokenValue = read(env, 'TELEGRAM_BOT_TOKEN', telegramToken);
  const zaloTokenValue = read(env, 'ZALO_BOT_TOKEN', opaqueToken);
  const simulatorFlag = read(env, 'SIMULATOR', flag);
  const publicUrl = read(env, 'PUBLIC_URL', httpUrl);
  // On by default only for a local try-out: no channel token and no public address.
  const simulator = simulatorFlag ?? (telegramTokenValue === null && zaloTokenValue === null && publicUrl === null);
  const simulatorToken = read(env, 'SIMULATOR_TOKEN', accessToken);
  return {
    port: read(env, 'PORT', port) ?? 3000,
    dataDir: read(env, 'DATA_DIR', dataDir) ?? path.resolve('data'),
    databaseUrl: read(env, 'DATABASE_URL', postgresUrl),
    redisUrl: read(env, 'REDIS_URL', redisUrl),
    publicUrl,
    telegram: {
      token: telegramTokenValue,
      apiRoot: read(env, 'TELEGRAM_API_ROOT', httpUrl) ?? 'https://api.telegram.org',
      webhookSecret: read(env, 'TELEGRAM_WEBHOOK_SECRET', telegramWebhookSecret),
      sendRate: read(env, 'TELEGRAM_SEND_RATE', sendRate) ?? 25,
    },
    zalo: {
      token: zaloTokenValue,
      apiRoot: read(env, 'ZALO_API_ROOT', httpUrl) ?? 'https://bot-api.zaloplatforms.com',
      webhookSecret: read(env, 'ZALO_WEBHOOK_SECRET', zaloWebhookSecret),
      sendRate: read(env, 'ZALO_SEND_RATE', sendRate) ?? 10,
    },
    quietHours: read(env, 'QUIET_HOURS', quietHours) ?? DEFAULT_QUIET_HOURS,
    alertsPerDay: read(env, 'ALERTS_PER_DAY', alertsPerDay) ?? 3,
    logLevel: read(env, 'LOG_LEVEL', logLevel) ?? 'info',
    adminToken: read(env, 'ADMIN_TOKEN', accessToken),
    simulator,
    simulatorToken,
    httpHost: simulator && simulatorToken === null ? '127.0.0.1' : '0.0.0.0',
    metricsToken: read(env, 'METRICS_TOKEN', accessToken),
    trustProxy: read(env, 'TRUST_PROXY', trustProxy) ?? false,
    retentionDays: read(env, 'RETENTION_DAYS', retentionDays) ?? 30,
  };
}

/** Values that must never reach a log line, for the log scrubber. */
export function secretsOf(config: Config): string[] {
  const secrets = [
    config.telegram.token,
    config.telegram.webhookSecret,
    config.zalo.token,
    config.zalo.webhookSecret,
    config.adminToken,
    config.simulatorToken,
    config.metricsToken,
  ];
  for (const url of [config.databaseUrl, config.redisUrl]) {
    if (!url) continue;
    try {
      const password = decodeURIComponent(new URL(url).password);
      if (password) secrets.push(password);
    } catch {
      // validated earlier; nothing to add
    }
  }
  return secrets.filter((s): s is string => typeof s === 'string' && s.length >= 4);
}
