import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { createTelegramAdapter } from './adapter.ts';
import { startFakeTelegramApi, textUpdate, type FakeTelegramApi } from '../../../test/fakes/telegram-api.ts';
import { captureLog } from '../../../test/harness/capture-log.ts';

/**
 * isGroupAdmin over getChatMember, against the fake Bot API answering ChatMember objects shaped as Telegram
 * sends them (testdata/chat-member-*.json): owner and administrators are admins, nobody else.
 */
const TOKEN = '4242:tok_en-secret-xyz';
const GROUP = -1001987654321;

type Member = Record<string, unknown> & { user: Record<string, unknown> & { id: number }; status: string };
const fixture = (name: string): Member =>
  JSON.parse(readFileSync(new URL(`testdata/${name}.json`, import.meta.url), 'utf8')) as Member;

let fake: FakeTelegramApi | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

async function setup() {
  fake = await startFakeTelegramApi({ token: TOKEN, knownChats: [GROUP] });
  const logs = captureLog();
  const adapter = createTelegramAdapter({
    token: TOKEN,
    apiRoot: fake.apiRoot,
    logger: logs.logger,
    botUsername: fake.bot.username,
  });
  return { fake, adapter, logs };
}

describe('telegram adapter: isGroupAdmin', () => {
  it.each([
    ['chat-member-creator', true],
    ['chat-member-administrator', true],
    ['chat-member-member', false],
    ['chat-member-restricted', false],
    ['chat-member-left', false],
    ['chat-member-kicked', false],
  ])('%s → %s', async (name, expected) => {
    const { fake, adapter } = await setup();
    const member = fixture(name);
    fake.setChatMember(GROUP, member);
    expect(await adapter.isGroupAdmin!(String(GROUP), String(member.user.id))).toBe(expected);
    const [request] = fake.requests;
    expect(request).toMatchObject({
      method: 'getChatMember',
      tokenAccepted: true,
      params: { chat_id: String(GROUP), user_id: member.user.id },
    });
  });

  it('someone seen writing in the group is a plain member', async () => {
    const { fake, adapter } = await setup();
    fake.pushUpdate(
      textUpdate({
        chatId: GROUP,
        chatType: 'supergroup',
        text: '/nhom Lũng Cú',
        from: { id: 6011223344, firstName: 'Vàng' },
      }),
    );
    expect(await adapter.isGroupAdmin!(String(GROUP), '6011223344')).toBe(false);
  });

  it('is false, never a throw, when Telegram cannot answer; the token stays out of the log', async () => {
    const { fake, adapter, logs } = await setup();
    expect(await adapter.isGroupAdmin!(String(GROUP), '6000000001')).toBe(false); // user not found
    expect(await adapter.isGroupAdmin!('-100555', '6000000001')).toBe(false); // chat not found
    fake.failNext('server_error', 0, 'getChatMember');
    fake.setChatMember(GROUP, fixture('chat-member-creator'));
    expect(await adapter.isGroupAdmin!(String(GROUP), '6088112233')).toBe(false);
    fake.block(GROUP);
    expect(await adapter.isGroupAdmin!(String(GROUP), '6088112233')).toBe(false); // the bot was removed from the group
    expect(logs.text()).toContain('getChatMember');
    expect(logs.text()).not.toContain('tok_en');
  });

  it("asks nothing for a user id that cannot be Telegram's", async () => {
    const { fake, adapter } = await setup();
    expect(await adapter.isGroupAdmin!(String(GROUP), 'sim-lan')).toBe(false);
    expect(await adapter.isGroupAdmin!(String(GROUP), '')).toBe(false);
    expect(fake.requests).toEqual([]);
  });
});
