import { Api, type GrammyError } from 'grammy';
import { afterEach, describe, expect, it } from 'vitest';
import { startFakeTelegramApi, type FakeTelegramApi } from '../../../test/fakes/telegram-api.ts';

/** The fake's "/" menu (setMyCommands, deleteMyCommands, getMyCommands) refuses what Telegram does, with its text. */

let fake: FakeTelegramApi;
afterEach(async () => {
  await fake?.close();
});

const api = () => new Api(fake.token, { apiRoot: fake.apiRoot });

async function refusal(call: Promise<unknown>): Promise<string> {
  try {
    await call;
  } catch (error) {
    expect((error as GrammyError).error_code).toBe(400);
    return (error as GrammyError).description;
  }
  throw new Error('accepted');
}

describe('the fake Telegram "/" menu', () => {
  it('keeps one list per scope and language, records every set and delete, and answers getMyCommands', async () => {
    fake = await startFakeTelegramApi({ knownChats: [1001] });
    const worker = [{ command: 'dangky', description: 'Đăng ký nhận tin việc làm' }];
    const official = [...worker, { command: 'duyet', description: 'Duyệt tin tuyển dụng' }];
    await api().setMyCommands(worker);
    await api().setMyCommands([{ command: 'dangky', description: 'Register' }], { language_code: 'en' });
    await api().setMyCommands(official, { scope: { type: 'chat', chat_id: 1001 } });

    expect(await api().getMyCommands()).toEqual(worker);
    expect(await api().getMyCommands({ language_code: 'en' })).toEqual([
      { command: 'dangky', description: 'Register' },
    ]);
    expect(await api().getMyCommands({ scope: { type: 'chat', chat_id: 1001 } })).toEqual(official);
    expect(fake.commandsFor({ type: 'chat', chat_id: 1001 })).toEqual(official);

    await api().deleteMyCommands({ scope: { type: 'chat', chat_id: 1001 } });
    expect(await api().getMyCommands({ scope: { type: 'chat', chat_id: 1001 } })).toEqual([]);
    expect(fake.commandMenus.map((call) => [call.scope, call.languageCode, call.commands?.length ?? null])).toEqual([
      [{ type: 'default' }, '', 1],
      [{ type: 'default' }, 'en', 1],
      [{ type: 'chat', chat_id: 1001 }, '', 2],
      [{ type: 'chat', chat_id: 1001 }, '', null],
    ]);
  });

  it.each([
    ['an upper-case letter', [{ command: 'DangKy', description: 'x' }], 'Bad Request: BOT_COMMAND_INVALID'],
    ['a space', [{ command: 'dang ky', description: 'x' }], 'Bad Request: BOT_COMMAND_INVALID'],
    [
      '33 characters',
      [{ command: 'a'.repeat(33), description: 'x' }],
      'Bad Request: command length must not exceed 32',
    ],
    ['an accent', [{ command: 'đăngký', description: 'x' }], 'Bad Request: BOT_COMMAND_INVALID'],
    ['no name', [{ command: '/', description: 'x' }], 'Bad Request: command must be non-empty'],
    ['no description', [{ command: 'dangky', description: ' ' }], 'Bad Request: command description must be non-empty'],
    [
      'a description of 257 characters',
      [{ command: 'dangky', description: 'ệ'.repeat(257) }],
      'Bad Request: command description length must not exceed 256',
    ],
    [
      '101 commands',
      Array.from({ length: 101 }, (_, i) => ({ command: `c${i}`, description: 'x' })),
      'Bad Request: BOT_COMMANDS_TOO_MUCH',
    ],
  ])('refuses %s with 400 and records nothing', async (_case, commands, description) => {
    fake = await startFakeTelegramApi();
    expect(await refusal(api().setMyCommands(commands))).toBe(description);
    expect(fake.commandMenus).toEqual([]);
  });

  it('drops a leading slash, as Telegram does', async () => {
    fake = await startFakeTelegramApi();
    await api().setMyCommands([{ command: '/dangky', description: ' Đăng ký ' }]);
    expect(fake.commandsFor({ type: 'default' })).toEqual([{ command: 'dangky', description: 'Đăng ký' }]);
  });

  it('takes 32 characters, 256 of description and 100 commands', async () => {
    fake = await startFakeTelegramApi();
    const commands = Array.from({ length: 100 }, (_, i) => ({
      command: `${'a'.repeat(29)}${String(i).padStart(3, '0')}`,
      description: 'ệ'.repeat(256),
    }));
    await api().setMyCommands(commands);
    expect(fake.commandsFor({ type: 'default' })).toHaveLength(100);
  });

  it('refuses a chat it does not know and a scope that does not exist', async () => {
    fake = await startFakeTelegramApi();
    const one = [{ command: 'dangky', description: 'x' }];
    expect(await refusal(api().setMyCommands(one, { scope: { type: 'chat', chat_id: 999 } }))).toBe(
      'Bad Request: chat not found',
    );
    expect(await refusal(api().raw.setMyCommands({ commands: one, scope: { type: 'everyone' } as never }))).toBe(
      "Bad Request: can't parse BotCommandScope",
    );
  });
});
