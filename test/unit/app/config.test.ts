import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, hidePassword, loadConfig, secretsOf } from '../../../src/app/config.ts';

describe('loadConfig', () => {
  it('gives the documented defaults with an empty environment', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 3000,
      dataDir: path.resolve('data'),
      databaseUrl: null,
      redisUrl: null,
      publicUrl: null,
      quietHours: { startHour: 21, endHour: 7 },
      alertsPerDay: 3,
      logLevel: 'info',
      adminToken: null,
      channels: ['simulator'],
      httpHost: '127.0.0.1',
      metricsToken: null,
      trustProxy: false,
      retentionDays: 30,
    });
    expect(config.telegram).toEqual({
      token: null,
      apiRoot: 'https://api.telegram.org',
      webhookSecret: null,
      sendRate: 25,
    });
    expect(config.zalo).toEqual({
      token: null,
      apiRoot: 'https://bot-api.zaloplatforms.com',
      webhookSecret: null,
      sendRate: 10,
    });
    expect(config.simulator).toEqual({ switchedOn: null, token: null });
  });

  it('reads every variable of the contract', () => {
    const config = loadConfig({
      PORT: '8080',
      DATA_DIR: '/var/lib/knvl',
      DATABASE_URL: 'postgres://u:p@db:5432/knvl',
      REDIS_URL: 'redis://cache:6379',
      PUBLIC_URL: 'https://bot.example.vn/',
      TELEGRAM_BOT_TOKEN: '123456:ABC-def_ghi',
      TELEGRAM_API_ROOT: 'http://127.0.0.1:9000',
      TELEGRAM_WEBHOOK_SECRET: 'tg_secret-1',
      TELEGRAM_SEND_RATE: '30',
      ZALO_BOT_TOKEN: '987:zalo-token',
      ZALO_API_ROOT: 'http://127.0.0.1:9001',
      ZALO_WEBHOOK_SECRET: 'zalo_secret',
      ZALO_SEND_RATE: '2.5',
      QUIET_HOURS: '22-6',
      ALERTS_PER_DAY: '5',
      LOG_LEVEL: 'DEBUG',
      ADMIN_TOKEN: 'a-long-admin-token-123',
      METRICS_TOKEN: 'a-long-metrics-token-1',
      TRUST_PROXY: '1',
      RETENTION_DAYS: '90',
    });
    expect(config).toMatchObject({
      port: 8080,
      dataDir: '/var/lib/knvl',
      databaseUrl: 'postgres://u:p@db:5432/knvl',
      redisUrl: 'redis://cache:6379',
      publicUrl: 'https://bot.example.vn',
      quietHours: { startHour: 22, endHour: 6 },
      alertsPerDay: 5,
      logLevel: 'debug',
      adminToken: 'a-long-admin-token-123',
      channels: ['telegram', 'zalo'],
      httpHost: '0.0.0.0',
      metricsToken: 'a-long-metrics-token-1',
      trustProxy: 1,
      retentionDays: 90,
    });
    expect(config.telegram).toEqual({
      token: '123456:ABC-def_ghi',
      apiRoot: 'http://127.0.0.1:9000',
      webhookSecret: 'tg_secret-1',
      sendRate: 30,
    });
    expect(config.zalo).toEqual({
      token: '987:zalo-token',
      apiRoot: 'http://127.0.0.1:9001',
      webhookSecret: 'zalo_secret',
      sendRate: 2.5,
    });
  });

  it('treats empty values as unset and SIMULATOR=1 as on even with a channel', () => {
    expect(loadConfig({ PORT: '', DATABASE_URL: '  ' })).toMatchObject({ port: 3000, databaseUrl: null });
    expect(loadConfig({ TELEGRAM_BOT_TOKEN: '1:x', SIMULATOR: '1' }).channels).toEqual(['telegram', 'simulator']);
    expect(loadConfig({ SIMULATOR: 'no' }).channels).toEqual([]);
    expect(loadConfig({ ZALO_BOT_TOKEN: 'z:x', TELEGRAM_BOT_TOKEN: ' ' }).channels).toEqual(['zalo']);
  });

  it.each([
    ['PORT', 'abc', 'PORT: got "abc", expected a whole number from 1 to 65535'],
    ['PORT', '70000', 'PORT: got "70000"'],
    ['PORT', '-1', 'PORT: got "-1"'],
    ['ALERTS_PER_DAY', '0', 'ALERTS_PER_DAY: got "0", expected a whole number from 1 to 50'],
    ['ALERTS_PER_DAY', 'ba', 'ALERTS_PER_DAY: got "ba"'],
    ['DATABASE_URL', 'localhost:5432', 'DATABASE_URL: got "localhost:5432", expected a PostgreSQL URL'],
    ['DATABASE_URL', 'mysql://u:hunter2@h/db', 'DATABASE_URL: got "mysql://u:***@h/db"'],
    ['REDIS_URL', 'http://x', 'REDIS_URL: got "http://x", expected a Redis URL'],
    ['PUBLIC_URL', 'bot.example.vn', 'PUBLIC_URL: got "bot.example.vn", expected an http:// or https:// URL'],
    [
      'TELEGRAM_BOT_TOKEN',
      'not a token',
      'TELEGRAM_BOT_TOKEN: got a value of 11 characters, expected a Telegram bot token',
    ],
    ['TELEGRAM_SEND_RATE', '0', 'TELEGRAM_SEND_RATE: got "0", expected messages per second'],
    ['ZALO_SEND_RATE', 'fast', 'ZALO_SEND_RATE: got "fast"'],
    ['TELEGRAM_WEBHOOK_SECRET', 'has spaces!', 'TELEGRAM_WEBHOOK_SECRET: got a value of 11 characters'],
    ['QUIET_HOURS', '21:00-07:00', 'QUIET_HOURS: got "21:00-07:00", expected two hours as START-END'],
    ['QUIET_HOURS', '25-7', 'QUIET_HOURS: got "25-7"'],
    ['LOG_LEVEL', 'loud', 'LOG_LEVEL: got "loud", expected fatal, error, warn, info, debug, trace, silent'],
    ['ADMIN_TOKEN', 'short', 'ADMIN_TOKEN: got a value of 5 characters, expected at least 16 characters'],
    ['SIMULATOR', 'maybe', 'SIMULATOR: got "maybe", expected 1 or 0'],
    ['ZALO_WEBHOOK_SECRET', 'short', 'ZALO_WEBHOOK_SECRET: got a value of 5 characters, expected 8-256 characters'],
    ['ZALO_BOT_TOKEN', 'has space', 'ZALO_BOT_TOKEN: got a value of 9 characters, expected a token without spaces'],
    ['ZALO_API_ROOT', 'bot-api.zalo', 'ZALO_API_ROOT: got "bot-api.zalo", expected an http:// or https:// URL'],
    ['SIMULATOR_TOKEN', 'short', 'SIMULATOR_TOKEN: got a value of 5 characters, expected at least 16 characters'],
    [
      'METRICS_TOKEN',
      'has a space in it!!',
      'METRICS_TOKEN: got a value of 19 characters, expected at least 16 characters',
    ],
    ['RETENTION_DAYS', '0', 'RETENTION_DAYS: got "0", expected a whole number of days from 1 to 3650'],
    ['RETENTION_DAYS', 'a month', 'RETENTION_DAYS: got "a month"'],
    ['TRUST_PROXY', 'true', 'TRUST_PROXY: got "true", expected the number of proxies'],
    ['TRUST_PROXY', 'proxy.example.vn', 'TRUST_PROXY: got "proxy.example.vn"'],
  ])('%s=%j is refused with a readable reason', (name, value, message) => {
    let caught: unknown;
    try {
      loadConfig({ [name]: value });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ConfigError);
    const error = caught as ConfigError;
    expect(error.message).toContain(message);
    expect(error.variable).toBe(name);
    expect(error.message).not.toContain('\n');
  });

  it('never prints a secret value or a password in its error', () => {
    expect(() => loadConfig({ DATABASE_URL: 'mysql://u:hunter2@h/db' })).toThrow(/^(?!.*hunter2)/);
    expect(() => loadConfig({ ADMIN_TOKEN: 'top secret' })).toThrow(/^(?!.*top secret)/);
  });

  it('requires the webhook secret of each channel in webhook mode', () => {
    expect(() => loadConfig({ PUBLIC_URL: 'https://bot.example.vn', TELEGRAM_BOT_TOKEN: '1:x' })).toThrow(
      /^TELEGRAM_WEBHOOK_SECRET: got nothing, expected a secret when PUBLIC_URL and TELEGRAM_BOT_TOKEN are set/,
    );
    expect(() => loadConfig({ PUBLIC_URL: 'https://bot.example.vn', ZALO_BOT_TOKEN: 'z:x' })).toThrow(
      /^ZALO_WEBHOOK_SECRET: got nothing/,
    );
    expect(loadConfig({ TELEGRAM_BOT_TOKEN: '1:x' }).publicUrl).toBeNull(); // polling needs no secret
    expect(
      loadConfig({ PUBLIC_URL: 'https://b.vn', TELEGRAM_BOT_TOKEN: '1:x', TELEGRAM_WEBHOOK_SECRET: 's' }).telegram
        .webhookSecret,
    ).toBe('s');
  });

  it('keeps the simulator on loopback unless SIMULATOR_TOKEN is set, and off a public server without one', () => {
    expect(loadConfig({ SIMULATOR: '1' })).toMatchObject({ channels: ['simulator'], httpHost: '127.0.0.1' });
    expect(loadConfig({ SIMULATOR_TOKEN: 'a-simulator-token-12' })).toMatchObject({
      channels: ['simulator'],
      httpHost: '0.0.0.0',
    });
    expect(loadConfig({ TELEGRAM_BOT_TOKEN: '1:x' })).toMatchObject({ channels: ['telegram'], httpHost: '0.0.0.0' });
    // PUBLIC_URL alone means a public server: the simulator stays off unless asked for, and then needs a token.
    expect(loadConfig({ PUBLIC_URL: 'https://bot.example.vn' })).toMatchObject({ channels: [], httpHost: '0.0.0.0' });
    expect(() => loadConfig({ SIMULATOR: '1', PUBLIC_URL: 'https://bot.example.vn' })).toThrow(
      /^SIMULATOR_TOKEN: got nothing, expected a token when SIMULATOR=1 and PUBLIC_URL are both set/,
    );
    const publicSimulator = loadConfig({
      SIMULATOR: '1',
      PUBLIC_URL: 'https://bot.example.vn',
      SIMULATOR_TOKEN: 'a-simulator-token-12',
    });
    expect(publicSimulator.channels).toEqual(['simulator']);
    expect(publicSimulator.simulator.token).toBe('a-simulator-token-12');
  });

  it('reads TRUST_PROXY as a hop count or a list of addresses, never as "trust everyone"', () => {
    expect(loadConfig({ TRUST_PROXY: '2' }).trustProxy).toBe(2);
    expect(loadConfig({ TRUST_PROXY: '0' }).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '10.0.0.1, 192.168.0.0/16,loopback' }).trustProxy).toEqual([
      '10.0.0.1',
      '192.168.0.0/16',
      'loopback',
    ]);
    expect(loadConfig({ TRUST_PROXY: '::1' }).trustProxy).toEqual(['::1']);
  });

  it('accepts QUIET_HOURS=off', () => {
    expect(loadConfig({ QUIET_HOURS: 'off' }).quietHours).toEqual({ startHour: 0, endHour: 0 });
  });
});

describe('hidePassword and secretsOf', () => {
  it('masks the password of a URL', () => {
    expect(hidePassword('postgres://user:s3cret@db:5432/x')).toBe('postgres://user:***@db:5432/x');
    expect(hidePassword('redis://cache:6379')).toBe('redis://cache:6379');
    expect(hidePassword('not a url user:pw@host')).toBe('not a url user:pw@host');
  });

  it('lists tokens, webhook secrets and database/redis passwords', () => {
    const config = loadConfig({
      TELEGRAM_BOT_TOKEN: '123456:ABCdef',
      ZALO_WEBHOOK_SECRET: 'zsecret-1',
      DATABASE_URL: 'postgres://u:dbpass%21@db/x',
      REDIS_URL: 'redis://:redispw@r:6379',
      ADMIN_TOKEN: 'admin-token-0123456789',
      SIMULATOR_TOKEN: 'simulator-token-0123',
      METRICS_TOKEN: 'metrics-token-012345',
    });
    expect(secretsOf(config).sort()).toEqual(
      [
        '123456:ABCdef',
        'admin-token-0123456789',
        'dbpass!',
        'redispw',
        'zsecret-1',
        'simulator-token-0123',
        'metrics-token-012345',
      ].sort(),
    );
  });
});
