import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UsageError, webhooksCommand } from '../../../src/cli/webhooks.ts';
import { loadConfig } from '../../../src/app/config.ts';
import { startFakeTelegramApi, type FakeTelegramApi } from '../../fakes/telegram-api.ts';
import { startFakeZaloApi, type ZaloFakeApi } from '../../fakes/zalo-api.ts';

describe('npm run cli -- webhooks, against the fakes', () => {
  let telegram: FakeTelegramApi;
  let zalo: ZaloFakeApi;
  beforeAll(async () => {
    telegram = await startFakeTelegramApi();
    zalo = await startFakeZaloApi();
  });
  afterAll(async () => {
    await telegram.close();
    await zalo.close();
  });

  const env = () => ({
    PUBLIC_URL: 'https://bot.example.vn',
    TELEGRAM_BOT_TOKEN: telegram.token,
    TELEGRAM_API_ROOT: telegram.apiRoot,
    TELEGRAM_WEBHOOK_SECRET: 'tg-secret',
    ZALO_BOT_TOKEN: zalo.token,
    ZALO_API_ROOT: zalo.apiRoot,
    ZALO_WEBHOOK_SECRET: 'zalo-secret',
  });
  const run = async (args: string[], overrides: Record<string, string | undefined> = {}) => {
    const lines: string[] = [];
    await webhooksCommand(loadConfig({ ...env(), ...overrides }), args, (line) => lines.push(line));
    return lines;
  };

  it('sets, shows and deletes both webhooks with their secrets', async () => {
    expect(await run(['set'])).toEqual([
      'telegram: webhook set to https://bot.example.vn/webhooks/telegram',
      'zalo: webhook set to https://bot.example.vn/webhooks/zalo',
    ]);
    expect(telegram.webhook).toMatchObject({
      url: 'https://bot.example.vn/webhooks/telegram',
      secretToken: 'tg-secret',
    });
    expect(zalo.webhook).toMatchObject({ url: 'https://bot.example.vn/webhooks/zalo', secret: 'zalo-secret' });
    const info = await run(['info']);
    expect(info[0]).toMatch(/^telegram: webhook https:\/\/bot\.example\.vn\/webhooks\/telegram, 0 pending/);
    expect(info[1]).toBe('zalo: webhook https://bot.example.vn/webhooks/zalo');
    expect(await run(['delete', '--channel', 'zalo'])).toEqual(['zalo: webhook deleted (the bot can poll again)']);
    expect(await run(['info', '--channel=zalo'])).toEqual(['zalo: no webhook (polling)']);
    await run(['delete']);
    expect(await run(['info', '--channel', 'telegram'])).toEqual(['telegram: no webhook (polling)']);
  });

  it.each([
    [[], /usage: webhooks set\|delete\|info/],
    [['frob'], /usage: webhooks set\|delete\|info/],
    [['set', 'extra'], /unexpected "extra"/],
    [['info', '--channel', 'viber'], /--channel must be telegram or zalo/],
    [['info', '--colour'], /Unknown option/],
  ])('refuses %j with a usage error', async (args, message) => {
    await expect(run(args)).rejects.toThrow(UsageError);
    await expect(run(args)).rejects.toThrow(message);
  });

  it('says what is missing: PUBLIC_URL for set, or any channel at all', async () => {
    await expect(
      run(['set'], { PUBLIC_URL: undefined, TELEGRAM_WEBHOOK_SECRET: undefined, ZALO_WEBHOOK_SECRET: undefined }),
    ).rejects.toThrow(/PUBLIC_URL is not set/);
    await expect(run(['info'], { TELEGRAM_BOT_TOKEN: undefined, ZALO_BOT_TOKEN: undefined })).rejects.toThrow(
      /no channel is configured/,
    );
  });
});
