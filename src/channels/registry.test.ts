import { describe, expect, it } from 'vitest';
import { ALL_CHANNELS, CHANNELS, COMMAND_CHANNELS, WEBHOOK_CHANNELS } from './registry.ts';

/** What every registered channel must declare, and the one policy all of them follow. */
describe('the channel registry', () => {
  it('lists each channel once, with the environment variables of the contract (PRODUCT.md)', () => {
    expect(CHANNELS.map((channel) => channel.name)).toEqual(['telegram', 'zalo', 'simulator']);
    expect(Object.fromEntries(ALL_CHANNELS.map((channel) => [channel.name, channel.settings.variables]))).toEqual({
      telegram: ['TELEGRAM_BOT_TOKEN', 'TELEGRAM_API_ROOT', 'TELEGRAM_WEBHOOK_SECRET', 'TELEGRAM_SEND_RATE'],
      zalo: ['ZALO_BOT_TOKEN', 'ZALO_API_ROOT', 'ZALO_WEBHOOK_SECRET', 'ZALO_SEND_RATE'],
      simulator: ['SIMULATOR', 'SIMULATOR_TOKEN'],
    });
  });

  const each = ALL_CHANNELS.map((channel) => [channel.name, channel] as const);

  it.each(each)('%s: is turned on by a variable of its own', (_name, channel) => {
    expect(channel.settings.variables).toContain(channel.switchVariable);
    // An empty environment never turns a channel on by itself (the simulator's "local try-out" is config's rule).
    expect(channel.turnedOn(channel.settings.schema.parse({}))).not.toBe(true);
  });

  const unrecognised = [
    new Error('never seen'),
    new TypeError('x is not a function'),
    'thrown',
    { code: 'EX' },
    undefined,
  ];

  it.each(each)(
    '%s: an error nobody documents or recognises is transient (never dropped on a guess)',
    (_name, channel) => {
      for (const error of unrecognised) expect(channel.toSendFailure(error)).toMatchObject({ kind: 'transient' });
    },
  );

  it('gives Telegram and Zalo a webhook at /webhooks/<name>, with a secret setting, and CLI commands', () => {
    expect(WEBHOOK_CHANNELS.map((channel) => channel.name)).toEqual(['telegram', 'zalo']);
    expect(COMMAND_CHANNELS.map((channel) => channel.name)).toEqual(['telegram', 'zalo']);
    for (const { name, webhook, settings } of WEBHOOK_CHANNELS) {
      expect(webhook.path).toBe(`/webhooks/${name}`);
      expect(webhook.secretHeader).toBe(webhook.secretHeader.toLowerCase());
      expect(settings.secretVariables).toContain(webhook.secret.variable);
      expect(webhook.verifySecret('s3cret-s3cret', 's3cret-s3cret')).toBe(true);
      expect(webhook.verifySecret('s3cret-s3cret', 'other-secret!')).toBe(false);
      expect(webhook.verifySecret(undefined, 's3cret-s3cret')).toBe(false);
      for (const body of [{}, [], 'text', 42, null]) expect(webhook.looksLikeUpdate(body)).toBe(false);
    }
  });

  it('reads a channel’s settings from the environment by its own schema', () => {
    const [telegram, zalo, simulator] = CHANNELS;
    expect(telegram.settings.schema.parse({ TELEGRAM_BOT_TOKEN: ' 1:x ', TELEGRAM_SEND_RATE: '' })).toEqual({
      token: '1:x',
      apiRoot: 'https://api.telegram.org',
      webhookSecret: null,
      sendRate: 25,
    });
    const zaloSettings = zalo.settings.schema.parse({ ZALO_BOT_TOKEN: 'z:1', ZALO_WEBHOOK_SECRET: 'zalo-secret' });
    expect(zalo.settings.secretValues(zaloSettings)).toEqual(['z:1', 'zalo-secret']);
    expect(zalo.sendRate?.(zaloSettings)).toBe(10);
    expect(simulator.settings.schema.parse({ SIMULATOR: 'off' })).toEqual({ switchedOn: false, token: null });
    expect(simulator.loopbackOnly?.({ switchedOn: true, token: null })).toBe(true);
    const onPublicServer = simulator.refuse?.({ switchedOn: true, token: null }, { publicUrl: 'https://b.vn' });
    expect(onPublicServer).toMatchObject({ variable: 'SIMULATOR_TOKEN' });
  });
});
