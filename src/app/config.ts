import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { ALL_CHANNELS, type ChannelSettings, settingsOf } from '../channels/registry.ts';
import { accessToken, type Env, type EnvRule as Rule, httpUrl, isUrlWith } from '../kernel/env.ts';
import type { ChannelName } from '../kernel/message.ts';
import { DEFAULT_QUIET_HOURS, type QuietHoursRule } from '../kernel/quiet-hours.ts';

/**
 * Every setting the service reads, from the environment names in PRODUCT.md; each channel's own variables are
 * declared by its module (src/channels/registry.ts) and land under its name (`config.telegram`).
 * A bad value stops the process with one line naming the variable, what it got and what it expects.
 */

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

export type QuietHours = QuietHoursRule;

export interface Config extends ChannelSettings {
  port: number;
  dataDir: string;
  databaseUrl: string | null;
  redisUrl: string | null;
  publicUrl: string | null;
  /** The channels this configuration turns on, in registry order. */
  channels: ChannelName[];
  quietHours: QuietHours;
  /** Instant vacancy alerts a person gets per day at most; the rest wait for the daily digest. */
  alertsPerDay: number;
  logLevel: (typeof LOG_LEVELS)[number];
  adminToken: string | null;
  /** Where the HTTP server listens: loopback while an unauthenticated simulator is on, every interface otherwise. */
  httpHost: '127.0.0.1' | '0.0.0.0';
  /** METRICS_TOKEN: when set, GET /metrics needs `Authorization: Bearer <token>`. */
  metricsToken: string | null;
  /** TRUST_PROXY: which proxies' X-Forwarded-For to believe (hop count or addresses); false: none. */
  trustProxy: TrustProxy;
  /** RETENTION_DAYS: how long sent outbox rows and received-message records are kept. */
  retentionDays: number;
  /** LOCALES_DIR: the language packs (<code>.json), loaded at start; the default need not exist. */
  localesDir: string;
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
  ...ALL_CHANNELS.flatMap((channel) => channel.settings.secretVariables),
  'ADMIN_TOKEN',
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

const port: Rule<number> = {
  expected: 'a whole number from 1 to 65535',
  schema: z
    .string()
    .regex(/^\d{1,5}$/)
    .transform(Number)
    .pipe(z.number().int().min(1).max(65535)),
};

const alertsPerDay: Rule<number> = {
  expected: 'a whole number from 1 to 50 (e.g. 3)',
  schema: z
    .string()
    .regex(/^\d{1,2}$/)
    .transform(Number)
    .pipe(z.number().int().min(1).max(50)),
};

const postgresUrl: Rule<string> = {
  expected: 'a PostgreSQL URL like postgres://user:password@host:5432/dbname',
  schema: z.string().refine(isUrlWith(['postgres:', 'postgresql:'], true)),
};

const redisUrl: Rule<string> = {
  expected: 'a Redis URL like redis://host:6379 or rediss://host:6380',
  schema: z.string().refine(isUrlWith(['redis:', 'rediss:'], true)),
};

const retentionDays: Rule<number> = {
  expected: 'a whole number of days from 1 to 3650 (e.g. 30)',
  schema: z
    .string()
    .regex(/^\d{1,4}$/)
    .transform(Number)
    .pipe(z.number().int().min(1).max(3650)),
};

/** Addresses, subnets and proxy-addr's keywords; never "true" (that would believe any client's X-Forwarded-For). */
const PROXY_ADDRESS = /^(loopback|linklocal|uniquelocal|[0-9a-fA-F.:]+(\/\d{1,3})?)$/;

const trustProxy: Rule<TrustProxy> = {
  expected:
    'the number of proxies in front of this service (e.g. 1), or their addresses or subnets separated by commas (e.g. 10.0.0.1,loopback); "true" is refused because it would trust any client',
  schema: z.string().transform((value, ctx): TrustProxy => {
    if (/^\d{1,2}$/.test(value)) return Number(value) === 0 ? false : Number(value);
    if (/^(false|no|off)$/i.test(value)) return false;
    const parts = value
      .split(',')
      .map((part) => part.trim())
      .filter((part) => part.length > 0);
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
  schema: z
    .string()
    .transform((s) => s.toLowerCase())
    .pipe(z.enum(LOG_LEVELS)),
};

const dataDir: Rule<string> = {
  expected: 'a directory path',
  schema: z
    .string()
    .min(1)
    .transform((s) => path.resolve(s)),
};

const localesDir: Rule<string> = {
  expected: 'an existing directory of language packs (<code>.json)',
  schema: z
    .string()
    .min(1)
    .transform((s) => path.resolve(s))
    .refine((dir) => fs.statSync(dir, { throwIfNoEntry: false })?.isDirectory() === true),
};

function read<T>(env: Env, name: string, rule: Rule<T>): T | null {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return null;
  const parsed = rule.schema.safeParse(raw.trim());
  if (!parsed.success) throw new ConfigError(name, raw, rule.expected);
  return parsed.data;
}

export function loadConfig(env: Env = process.env): Config {
  const config = readConfig(env);
  checkChannels(config);
  return config;
}

/**
 * What each channel that is on needs in this context: in webhook mode its secret (what keeps strangers from posting
 * fake updates), and what the channel itself refuses (the simulator on a public server without a token).
 */
function checkChannels(config: Config): void {
  for (const channel of ALL_CHANNELS.filter((c) => config.channels.includes(c.name))) {
    const settings = settingsOf(config, channel);
    const secret = channel.webhook?.secret;
    if (config.publicUrl && secret && secret.of(settings) === null) {
      const expected = `a secret when PUBLIC_URL and ${channel.switchVariable} are set (${secret.expected})`;
      throw new ConfigError(secret.variable, undefined, expected);
    }
    const problem = channel.refuse?.(settings, { publicUrl: config.publicUrl });
    if (problem) throw new ConfigError(problem.variable, undefined, problem.expected);
  }
}

/** Each channel's settings, read by its own schema; the first bad variable stops the start. */
function readChannelSettings(env: Env): ChannelSettings {
  const entries = ALL_CHANNELS.map((channel) => {
    const parsed = channel.settings.schema.safeParse(env);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const variable = String(issue.path[0]);
      throw new ConfigError(variable, env[variable], issue.message);
    }
    return [channel.name, parsed.data];
  });
  return Object.fromEntries(entries) as ChannelSettings;
}

/** A channel whose settings do not say (the simulator without SIMULATOR) is on only for a local try-out. */
function channelsOn(settings: ChannelSettings, publicUrl: string | null): ChannelName[] {
  const said = ALL_CHANNELS.map((channel) => ({
    name: channel.name,
    on: channel.turnedOn(settingsOf(settings, channel)),
  }));
  const tryOut = publicUrl === null && !said.some((channel) => channel.on === true);
  return said.filter((channel) => channel.on ?? tryOut).map((channel) => channel.name);
}

function readConfig(env: Env): Config {
  const channelSettings = readChannelSettings(env);
  const publicUrl = read(env, 'PUBLIC_URL', httpUrl);
  const channels = channelsOn(channelSettings, publicUrl);
  const loopbackOnly = ALL_CHANNELS.some(
    (channel) => channels.includes(channel.name) && channel.loopbackOnly?.(settingsOf(channelSettings, channel)),
  );
  return {
    port: read(env, 'PORT', port) ?? 3000,
    dataDir: read(env, 'DATA_DIR', dataDir) ?? path.resolve('data'),
    databaseUrl: read(env, 'DATABASE_URL', postgresUrl),
    redisUrl: read(env, 'REDIS_URL', redisUrl),
    publicUrl,
    ...channelSettings,
    channels,
    quietHours: read(env, 'QUIET_HOURS', quietHours) ?? DEFAULT_QUIET_HOURS,
    alertsPerDay: read(env, 'ALERTS_PER_DAY', alertsPerDay) ?? 3,
    logLevel: read(env, 'LOG_LEVEL', logLevel) ?? 'info',
    adminToken: read(env, 'ADMIN_TOKEN', accessToken),
    httpHost: loopbackOnly ? '127.0.0.1' : '0.0.0.0',
    metricsToken: read(env, 'METRICS_TOKEN', accessToken),
    trustProxy: read(env, 'TRUST_PROXY', trustProxy) ?? false,
    retentionDays: read(env, 'RETENTION_DAYS', retentionDays) ?? 30,
    localesDir: read(env, 'LOCALES_DIR', localesDir) ?? path.resolve('locales'),
  };
}

/** Values that must never reach a log line, for the log scrubber. */
export function secretsOf(config: Config): string[] {
  const secrets = [
    ...ALL_CHANNELS.flatMap((channel) => channel.settings.secretValues(settingsOf(config, channel))),
    config.adminToken,
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
