import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { sql } from 'kysely';
import { afterAll, describe, expect, inject } from 'vitest';
import { simulatorChatId } from '../../../src/channels/simulator/identity.ts';
import { createTelegramAdapter } from '../../../src/channels/telegram/adapter.ts';
import type { ChannelAdapter } from '../../../src/channels/types.ts';
import type { ChannelName } from '../../../src/kernel/message.ts';
import { createDialogEngine } from '../../../src/engine/run.ts';
import { REGISTRY } from '../../../src/features/index.ts';
import { createFloodGuard } from '../../../src/inbound/flood-guard.ts';
import { createInboundPipeline } from '../../../src/inbound/pipeline.ts';
import { createReplySender } from '../../../src/inbound/reply-sender.ts';
import { createLogger } from '../../../src/logger.ts';
import { startFakeTelegramApi, textUpdate, type FakeTelegramApi } from '../../fakes/telegram-api.ts';
import { test, type World } from '../../harness/world.ts';

/**
 * /nhom through the real inbound pipeline and engine. Group messages are queued as the adapters would give them
 * (chatType 'group', the sender's user id); officials are found through their private chat. Cán bộ Hùng is an
 * official of Tuyên Quang (08), Cán bộ Lan of Thái Nguyên (19); "Trưởng thôn Vàng" is a group admin according to the
 * platform when the platform can tell (world.groupAdmins). Then the same over the Telegram adapter and the fake
 * Bot API, where getChatMember decides who runs the group.
 */
const logger = createLogger({ level: 'silent', secrets: [] });

/** One message in a group chat from `user`; the group's replies. */
async function inGroup(
  { chat }: World,
  group: string,
  user: string,
  text: string | null,
  choiceId: string | null = null,
): Promise<string[]> {
  const before = chat.simulator.history(group).length;
  chat.pipeline.enqueue([
    {
      channel: 'simulator',
      eventId: randomUUID(),
      chatId: group,
      userId: simulatorChatId(user),
      chatType: 'group',
      displayName: user,
      text,
      choiceId,
      mediaUrl: null,
      sentAt: new Date(),
      addressedToBot: true,
    },
  ]);
  await chat.pipeline.drain();
  return chat.simulator
    .history(group)
    .slice(before)
    .map((e) => e.text);
}

async function subscription({ db }: World, group: string) {
  return db
    .selectFrom('group_subscriptions as g')
    .innerJoin('channel_identities as ci', 'ci.id', 'g.identity_id')
    .select(['g.region_code', 'g.subscribed_by', 'g.stopped_at', 'ci.chat_type', 'ci.person_id'])
    .where('ci.chat_id', '=', group)
    .executeTakeFirst();
}

async function audit({ db }: World, group: string) {
  const identity = await db
    .selectFrom('channel_identities')
    .select('id')
    .where('chat_id', '=', group)
    .executeTakeFirstOrThrow();
  return db
    .selectFrom('audit_log')
    .select(['action', 'region_code', 'actor_label', 'actor_person_id', 'subject_type'])
    .where('subject_id', '=', String(identity.id))
    .where('action', 'like', 'group.%')
    .orderBy('id')
    .execute();
}

describe('/nhom', () => {
  test.beforeAll(async ({ world }) => {
    await world.official('Cán bộ Hùng', { region: '08' });
    await world.official('Cán bộ Lan', { region: '19' });
    await world.person('Hoa'); // a person with a private chat and no role
  });

  test('/nhom in a private chat explains that it works in a group, and how to add the bot', async ({ world }) => {
    const [reply, ...rest] = await world.replies('Hoa', '/nhom');
    expect(rest).toEqual([]);
    expect(reply).toContain('Lệnh /nhom dùng trong nhóm chat');
    expect(reply).toContain('thêm mình vào nhóm');
    expect(reply).toContain('Cán bộ hoặc quản trị viên của nhóm mới đăng ký được.');
    expect(await world.replies('Hoa', '/nhom Lũng Cú')).toEqual([reply]);
    expect(await world.db.selectFrom('group_subscriptions').selectAll().execute()).toEqual([]);
  });

  test('an official subscribes a group within their province; /nhom then shows it', async ({ world }) => {
    const group = 'sim-group-lung-cu';
    expect(await inGroup(world, group, 'Cán bộ Hùng', '/nhom')).toEqual([
      expect.stringContaining('Nhóm chưa đăng ký nhận tin việc làm.'),
    ]);
    expect(await inGroup(world, group, 'Cán bộ Hùng', '/nhom xa Lung Cu')).toEqual([
      '✅ Đã đăng ký: nhóm sẽ nhận tin việc làm và thông báo của Xã Lũng Cú (Tuyên Quang). Gõ /nhom dung để dừng.',
    ]);
    expect(await subscription(world, group)).toEqual({
      region_code: '00715',
      subscribed_by: await world.personOf('Cán bộ Hùng'),
      stopped_at: null,
      chat_type: 'group',
      person_id: null,
    });
    expect(await audit(world, group)).toEqual([
      {
        action: 'group.subscribed',
        region_code: '00715',
        actor_label: 'official',
        actor_person_id: await world.personOf('Cán bộ Hùng'),
        subject_type: 'group',
      },
    ]);
    const [shown] = await inGroup(world, group, 'Hoa', '/nhom');
    expect(shown).toContain('📢 Nhóm đang nhận tin việc làm của Xã Lũng Cú (Tuyên Quang).');
    // the same again changes nothing and records nothing
    expect(await inGroup(world, group, 'Cán bộ Hùng', '/nhom Lũng Cú')).toEqual([
      'Nhóm đã nhận tin của Xã Lũng Cú (Tuyên Quang) rồi.',
    ]);
    expect(await audit(world, group)).toHaveLength(1);
  });

  test('an official is refused outside their area, politely and with nothing written', async ({ world }) => {
    const group = 'sim-group-outside';
    expect(await inGroup(world, group, 'Cán bộ Lan', '/nhom Tuyen Quang')).toEqual([
      'Xin lỗi, tỉnh Tuyên Quang nằm ngoài địa bàn của bạn (tỉnh Thái Nguyên).',
    ]);
    expect(await subscription(world, group)).toBeUndefined();
    expect(await audit(world, group)).toEqual([]);
  });

  test('a stranger is refused; where the platform can tell, the group admin may choose any place', async ({
    world,
  }) => {
    const group = 'sim-group-village';
    world.groupAdmins = null; // as on Zalo
    expect(await inGroup(world, group, 'Minh', '/nhom Lũng Cú')).toEqual([
      'Xin lỗi, ở đây chỉ cán bộ mới đăng ký hay dừng nhận tin cho nhóm được.',
    ]);
    expect(await inGroup(world, group, 'Trưởng thôn Vàng', '/nhom Lũng Cú')).toHaveLength(1);
    expect(await subscription(world, group)).toBeUndefined();

    const asked: string[] = [];
    world.groupAdmins = async (chatId, userId) => {
      asked.push(`${chatId} ${userId}`);
      return userId === simulatorChatId('Trưởng thôn Vàng');
    };
    try {
      expect(await inGroup(world, group, 'Hoa', '/nhom Lũng Cú')).toEqual([
        'Xin lỗi, chỉ cán bộ hoặc quản trị viên của nhóm mới đăng ký hay dừng nhận tin cho nhóm được.',
      ]);
      expect(await inGroup(world, group, 'Trưởng thôn Vàng', '/nhom Thai Nguyen')).toEqual([
        expect.stringContaining('✅ Đã đăng ký'),
      ]);
      expect(asked).toEqual([`${group} ${simulatorChatId('Hoa')}`, `${group} ${simulatorChatId('Trưởng thôn Vàng')}`]);
      expect(await subscription(world, group)).toMatchObject({
        region_code: '19',
        subscribed_by: null,
        stopped_at: null,
      });
      expect(await audit(world, group)).toEqual([
        {
          action: 'group.subscribed',
          region_code: '19',
          actor_label: 'group_admin',
          actor_person_id: null,
          subject_type: 'group',
        },
      ]);
      // an official covering the region is never the platform's question
      asked.length = 0;
      expect(await inGroup(world, group, 'Cán bộ Lan', '/nhom')).toEqual([expect.stringContaining('tỉnh Thái Nguyên')]);
      expect(asked).toEqual([]);
      // a stranger cannot stop it either
      expect(await inGroup(world, group, 'Minh', '/nhom dung')).toEqual([
        expect.stringContaining('chỉ cán bộ hoặc quản trị viên'),
      ]);
      expect(await subscription(world, group)).toMatchObject({ stopped_at: null });
    } finally {
      world.groupAdmins = null;
    }
  });

  test('an ambiguous place gets a numbered list that only its sender answers', async ({ world }) => {
    const group = 'sim-group-meo-vac';
    const [list, ...more] = await inGroup(world, group, 'Cán bộ Hùng', '/nhom Mèo Vạc');
    expect(more).toEqual([]);
    expect(list).toContain('Huyện Mèo Vạc cũ (Hà Giang) nay gồm 7 xã.');
    expect(list).toContain('1. Xã Mèo Vạc (Tuyên Quang)');
    expect(list).toContain('8. Cả tỉnh Tuyên Quang');
    expect(list).toContain('Mời Cán bộ Hùng trả lời tin này bằng một số, ví dụ: 1');

    expect(await inGroup(world, group, 'Minh', '1')).toEqual([]); // another member's number: ignored
    expect(await inGroup(world, group, 'Minh', null, 'geo.00769')).toEqual([]); // nor a button they press
    expect(await inGroup(world, group, 'Hoa', 'chào bot')).toHaveLength(1); // other talk is answered as usual…
    expect(await subscription(world, group)).toBeUndefined();
    expect(await inGroup(world, group, 'Cán bộ Hùng', '12')).toEqual([
      expect.stringContaining('Số này không có trong danh sách'),
    ]);

    expect(await inGroup(world, group, 'Cán bộ Hùng', '2')).toEqual([
      expect.stringContaining('Xã Đồng Văn (Tuyên Quang)'),
    ]); // …and the list still waits
    expect(await subscription(world, group)).toMatchObject({
      region_code: '00721',
      subscribed_by: await world.personOf('Cán bộ Hùng'),
    });
    expect(
      await world.db
        .selectFrom('dialog_states as d')
        .innerJoin('channel_identities as ci', 'ci.id', 'd.identity_id')
        .select('d.flow')
        .where('ci.chat_id', '=', group)
        .execute(),
    ).toEqual([]);
    await inGroup(world, group, 'Cán bộ Hùng', '3'); // the list is gone: a number is just a number now
    expect(await subscription(world, group)).toMatchObject({ region_code: '00721' });
  });

  test('a list left unanswered for 10 minutes expires', async ({ world }) => {
    const group = 'sim-group-expiry';
    await inGroup(world, group, 'Cán bộ Hùng', '/nhom Mèo Vạc');
    await sql`UPDATE dialog_states SET data = jsonb_set(data, '{expiresAt}', '0'::jsonb)
      WHERE identity_id = (SELECT id FROM channel_identities WHERE chat_id = ${group})`.execute(world.db);
    expect(await inGroup(world, group, 'Cán bộ Hùng', '1')).toEqual([
      'Danh sách chọn đã hết hạn. Bạn gõ lại /nhom <tên xã hoặc tỉnh> nhé.',
    ]);
    expect(await subscription(world, group)).toBeUndefined();
  });

  test('/nhom dung stops the subscription, and says so when there is none', async ({ world }) => {
    const group = 'sim-group-stop';
    await inGroup(world, group, 'Cán bộ Hùng', '/nhom tỉnh Tuyên Quang');
    expect(await inGroup(world, group, 'Cán bộ Lan', '/nhom dung')).toEqual([
      'Xin lỗi, tỉnh Tuyên Quang nằm ngoài địa bàn của bạn (tỉnh Thái Nguyên).',
    ]);
    expect(await inGroup(world, group, 'Cán bộ Hùng', '/nhom dừng')).toEqual([
      'Đã dừng: nhóm không nhận tin của tỉnh Tuyên Quang nữa. Gõ /nhom <tên xã hoặc tỉnh> để đăng ký lại.',
    ]);
    expect(await subscription(world, group)).toMatchObject({ region_code: '08', stopped_at: expect.any(Date) });
    expect(await inGroup(world, group, 'Cán bộ Hùng', '/nhom stop')).toEqual([
      'Nhóm chưa đăng ký nhận tin nên không có gì để dừng.',
    ]);
    expect((await audit(world, group)).map((a) => [a.action, a.region_code])).toEqual([
      ['group.subscribed', '08'],
      ['group.stopped', '08'],
    ]);
    // subscribing again reuses the row
    await inGroup(world, group, 'Cán bộ Hùng', '/nhom Lũng Cú');
    expect(await subscription(world, group)).toMatchObject({ region_code: '00715', stopped_at: null });
  });

  describe('over the Telegram adapter and the fake Bot API', () => {
    const GROUP = -1001987654321;
    const ADMIN = { id: 6077001122, firstName: 'Thắng' };
    const MEMBER = { id: 6099887766, firstName: 'Tuấn' };
    let fake: FakeTelegramApi;
    let redis: Redis;
    let accept: (update: unknown) => Promise<void>;

    test.beforeAll(async ({ world }) => {
      fake = await startFakeTelegramApi({ knownChats: [GROUP], perChat: false });
      const telegram = createTelegramAdapter({
        token: fake.token,
        apiRoot: fake.apiRoot,
        botUsername: fake.bot.username,
      });
      const adapters: Partial<Record<ChannelName, ChannelAdapter>> = { telegram };
      redis = new Redis(inject('redisUrl'));
      const pipeline = createInboundPipeline({
        db: world.db,
        adapters,
        floodGuard: createFloodGuard(redis, { limit: 10_000, windowMs: 10_000, muteMs: 60_000 }),
        replies: createReplySender({ adapters, db: world.db, logger }),
        // as src/app/channels.ts wires it
        handler: createDialogEngine(world.db, REGISTRY, {
          groupAdmins: (channel) => adapters[channel]?.isGroupAdmin?.bind(adapters[channel]) ?? null,
        }),
        logger,
      });
      accept = async (update) => {
        pipeline.accept('telegram', update);
        await pipeline.drain();
      };
      fake.setChatMember(GROUP, {
        user: { id: ADMIN.id, is_bot: false, first_name: ADMIN.firstName },
        status: 'administrator',
        can_be_edited: false,
        is_anonymous: false,
        can_manage_chat: true,
        can_delete_messages: true,
        can_manage_video_chats: true,
        can_restrict_members: true,
        can_promote_members: false,
        can_change_info: true,
        can_invite_users: true,
        can_post_stories: false,
        can_edit_stories: false,
        can_delete_stories: false,
        can_send_welcome_messages: false,
      });
    });
    afterAll(async () => {
      redis.disconnect();
      await fake.close();
    });

    test('a plain member is refused; the group admin subscribes the group', async ({ world }) => {
      await accept(
        textUpdate({ chatId: GROUP, chatType: 'supergroup', text: `/nhom@${fake.bot.username} Lũng Cú`, from: MEMBER }),
      );
      expect(fake.delivered(GROUP)).toEqual([
        'Xin lỗi, chỉ cán bộ hoặc quản trị viên của nhóm mới đăng ký hay dừng nhận tin cho nhóm được.',
      ]);
      await accept(textUpdate({ chatId: GROUP, chatType: 'supergroup', text: '/nhom Lũng Cú', from: ADMIN }));
      expect(fake.delivered(GROUP)[1]).toBe(
        '✅ Đã đăng ký: nhóm sẽ nhận tin việc làm và thông báo của Xã Lũng Cú (Tuyên Quang). Gõ /nhom dung để dừng.',
      );
      expect(fake.requests.filter((r) => r.method === 'getChatMember').map((r) => r.params.user_id)).toEqual([
        MEMBER.id,
        ADMIN.id,
      ]);
      expect(await subscription(world, String(GROUP))).toMatchObject({ region_code: '00715', subscribed_by: null });
    });
  });
});
