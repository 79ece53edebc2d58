import { describe, expect } from 'vitest';
import { createInvite } from '../../../src/db/invites.ts';
import { test } from '../../harness/world.ts';

/**
 * The home menu and /trogiup by role, through the real inbound path on PostgreSQL: a worker's menu is as before; an
 * official of Thái Nguyên (19) sees their entries with the vacancies waiting in their scope counted, and their
 * commands in the guide; an employer who posted sees their vacancies with the workers newly interested; an invite
 * redeemed shows the new menu at once.
 */
const WORKER_MENU = '1. Đăng ký nhận tin việc làm\n2. Tìm việc ngay\n3. Tôi là nhà tuyển dụng\n4. Hướng dẫn';

describe('menus and help by role', () => {
  test.beforeAll(async ({ world }) => {
    const employer = await world.employer('Công ty TNHH May Phổ Yên');
    const phoYen = await world.place('Phường Phổ Yên');
    const elsewhere = await world.communeIn('01');
    for (const [title, place] of [
      ['Công nhân may', phoYen],
      ['Thợ cắt', phoYen],
      ['Phụ kho', phoYen],
      ['Phụ bếp', elsewhere], // another province: not this official's to review
    ] as const)
      await world.vacancy({ employer, title, place, status: 'pending' });
  });

  test("a worker's menu and guide are the workers' own, numbered as before", async ({ say }) => {
    expect(await say('Lan', 'menu')).toContain(WORKER_MENU);
    const guide = await say('Lan', '/trogiup');
    expect(guide).toContain('Mình là trợ lý tự động, giúp bạn');
    expect(guide).toContain('/dangky – Nhận tin việc làm gần nhà');
    expect(guide).not.toContain('/duyet');
    expect(guide).toContain(WORKER_MENU);
    expect(await say('Lan', '2')).not.toContain('Mình chưa hiểu');
  });

  test('an official sees 3 vacancies waiting in scope, opens them by number, and has their commands in help', async ({
    world,
    say,
  }) => {
    await world.official('Cán bộ Hùng', { region: '19' });
    const menu = await say('Cán bộ Hùng', 'menu');
    expect(menu).toContain(
      '1. Đăng ký nhận tin việc làm\n2. Tìm việc ngay\n3. Tôi là nhà tuyển dụng\n4. Duyệt tin (3 tin chờ duyệt)',
    );
    expect(menu).toContain('5. Gửi thông báo');
    expect(await say('Cán bộ Hùng', '4')).toContain('Tin chờ duyệt (1/3)');

    const guide = await say('Cán bộ Hùng', '/trogiup');
    for (const command of ['/duyet – Duyệt tin tuyển dụng', '/phatsong', '/ketqua', '/thongke', '/baocao', '/nhom'])
      expect(guide).toContain(command);
    expect(guide).toContain('Cán bộ:');

    // The group entry explains /nhom in a private chat.
    const entries = menu.split('\n');
    const group = entries.find((line) => line.endsWith('Nhóm chat nhận tin'))!;
    await say('Cán bộ Hùng', 'menu');
    expect(await say('Cán bộ Hùng', group.split('.')[0]!)).toContain('Lệnh /nhom dùng trong nhóm chat');
  });

  test('an employer who posted sees their vacancies with the workers newly interested', async ({ world, say }) => {
    const owner = await world.person('Chị Hạnh');
    const employer = await world.employer('HTX Rau Sạch Hạnh', { owner });
    const place = await world.place('Phường Phổ Yên');
    const vacancy = await world.vacancy({ employer, title: 'Hái rau', place });
    for (const who of ['Thợ A', 'Thợ B']) {
      const person = await world.person(who);
      await world.db.insertInto('applications').values({ vacancy_id: vacancy, person_id: person }).execute();
    }
    const menu = await say('Chị Hạnh', 'menu');
    expect(menu).toContain('3. Tôi là nhà tuyển dụng\n4. Tin của tôi (2 người mới quan tâm)\n5. Hướng dẫn');
    expect(await say('Chị Hạnh', '/trogiup')).toContain('Nhà tuyển dụng:\n/dangtin – Đăng tin tuyển dụng\n/tincuatoi');
    expect(await say('Chị Hạnh', '4')).toContain('Hái rau');
  });

  test('an invite redeemed shows the new menu at once; no Telegram chat, no command menu to set', async ({
    world,
    say,
  }) => {
    await world.person('Chị Mai');
    const { code } = await createInvite(world.db, 'official', '19', { allowSimulator: true });
    const welcome = await say('Chị Mai', `/start ${code}`);
    expect(welcome).toContain('Duyệt tin (3 tin chờ duyệt)');
    const jobs = await world.db
      .selectFrom('outbox')
      .select('job_name')
      .where('job_name', '=', 'chat-commands')
      .execute();
    expect(jobs).toEqual([]);
  });
});
