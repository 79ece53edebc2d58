import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadConfig } from '../../../src/app/config.ts';
import { defaultAnnounceAt, importEventsCommand } from '../../../src/cli/import-events.ts';
import { UsageError } from '../../../src/cli/usage-error.ts';
import { openDatabase, type DatabaseHandle } from '../../../src/db/connect.ts';
import { migrateToLatest } from '../../../src/db/migrate.ts';
import { seedReferenceData } from '../../../src/db/reference-data.ts';
import { DEFAULT_QUIET_HOURS } from '../../../src/kernel/quiet-hours.ts';
import { createTestDatabase } from '../../harness/postgres.ts';

/**
 * npm run cli -- import-events on real PostgreSQL: a season's file with Vietnamese headers creates its events with
 * their announcements queued (7 days before, 08:00), a second import skips them; bad rows are reported by line and
 * column (exit 1) while the good ones are imported; wrong usage throws UsageError (exit 2).
 */
const NOW = new Date('2026-11-20T03:00:00Z'); // 20/11/2026 10:00 in Vietnam
const vn = (local: string): Date => new Date(`${local.replace(' ', 'T')}:00+07:00`);
const PHO_YEN = '05860';

const GOOD = `Loại,Tên phiên,Ngày,Giờ,Xã/Phường,Tỉnh,Địa chỉ,Đường dẫn,Nơi nhận,Nhóm ưu tiên,Số chỗ
tại chỗ,Phiên giao dịch việc làm Phổ Yên,15/01/2027,8:00,Phường Phổ Yên,Thái Nguyên,Nhà văn hoá tổ 3,,,,300
trực tuyến,Phiên trực tuyến tháng 1,2026-11-24,14h30,,,,https://meet.example.vn/t1,Phường Phổ Yên,hộ nghèo,
`;
const BAD = `kind,title,date,time,commune,address,link,targets,groups,capacity
fair,Good fair,20/01/2027,8:00,Phường Phổ Yên,Hall,,,,
meeting,Họp thôn,20/01/2027,8:00,Phường Phổ Yên,,,,,
fair,X,31/02/2027,25:00,,,,,,-3
online,No link,20/01/2027,9:00,,,,,,
fair,Outside,20/01/2027,8:00,Phường Phổ Yên,,,Hà Nội,,
fair,Hà Nội fair,20/01/2027,8:00,00004,,,,,
`;
// Announced when the file says: as written, after the quiet hours (21:00-07:00), at once when past, or the default.
const ANNOUNCED = `Loại,Tên phiên,Ngày,Giờ,Xã/Phường,Tỉnh,Thông báo lúc
tại chỗ,Phiên chín giờ,15/01/2027,8:00,Phường Phổ Yên,Thái Nguyên,10/01/2027 9:00
tại chỗ,Phiên báo tối,15/01/2027,8:00,Phường Phổ Yên,Thái Nguyên,2027-01-10 22h30
tại chỗ,Phiên báo hôm qua,24/11/2026,8:00,Phường Phổ Yên,Thái Nguyên,19/11/2026 8:00
tại chỗ,Phiên báo mặc định,15/01/2027,8:00,Phường Phổ Yên,Thái Nguyên,
tại chỗ,Phiên báo muộn,15/01/2027,8:00,Phường Phổ Yên,Thái Nguyên,16/01/2027 8:00
tại chỗ,Phiên sáu giờ,15/01/2027,6:30,Phường Phổ Yên,Thái Nguyên,15/01/2027 5:00
tại chỗ,Phiên báo sai,15/01/2027,8:00,Phường Phổ Yên,Thái Nguyên,tuần sau
`;

describe('npm run cli -- import-events, with real PostgreSQL', () => {
  let database: { url: string; drop: () => Promise<void> };
  let handle: DatabaseHandle;
  let officialId: number;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'import-events-'));
  const file = (name: string, text: string) => {
    const at = path.join(dir, name);
    fs.writeFileSync(at, text);
    return at;
  };

  beforeAll(async () => {
    database = await createTestDatabase(inject('postgresUrl'), 'importevents');
    handle = await openDatabase({ databaseUrl: database.url, dataDir: '/tmp' });
    await migrateToLatest(handle.db);
    await seedReferenceData(handle.db);
    officialId = (await handle.db.insertInto('people').defaultValues().returning('id').executeTakeFirstOrThrow()).id;
    await handle.db
      .insertInto('roles')
      .values({ person_id: officialId, role: 'official', region_code: '19', granted_via: 'cli' })
      .execute();
  });
  afterAll(async () => {
    await handle.close();
    await database.drop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const run = async (args: string[]) => {
    const lines: string[] = [];
    const code = await importEventsCommand(
      loadConfig({ DATABASE_URL: database.url }),
      args,
      (line) => lines.push(line),
      NOW,
    );
    return { code, lines };
  };
  const events = () =>
    handle.db
      .selectFrom('events')
      .select(['id', 'kind', 'title', 'starts_at', 'commune_code', 'online_url', 'target_region_codes'])
      .select(['priority_groups', 'capacity', 'announce_at', 'official_person_id', 'scope_region_code', 'status'])
      .orderBy('id')
      .execute();

  it('imports a good file with Vietnamese headers, and skips it the second time', async () => {
    const good = file('good.csv', GOOD);
    expect(await run([good, '--region', '19', '--official', String(officialId)])).toEqual({
      code: 0,
      lines: ['Created 2 events, skipped 0, bad 0.'],
    });
    const rows = await events();
    expect(rows).toMatchObject([
      {
        kind: 'fair',
        starts_at: vn('2027-01-15 08:00'),
        commune_code: PHO_YEN,
        target_region_codes: ['19'],
        capacity: 300,
        announce_at: vn('2027-01-08 08:00'),
        official_person_id: officialId,
        scope_region_code: '19',
        status: 'scheduled',
      },
      {
        kind: 'online',
        starts_at: vn('2026-11-24 14:30'),
        online_url: 'https://meet.example.vn/t1',
        target_region_codes: [PHO_YEN],
        priority_groups: ['poor'],
        capacity: null,
        // 7 days before has passed: at once.
        announce_at: NOW,
      },
    ]);
    const outbox = await handle.db
      .selectFrom('outbox')
      .select(['payload', 'available_at'])
      .where('job_name', '=', 'event.created')
      .orderBy('id')
      .execute();
    expect(outbox).toEqual(rows.map((r) => ({ payload: { eventId: r.id }, available_at: r.announce_at })));

    expect(await run([good, '--region', '19'])).toEqual({
      code: 0,
      lines: [
        `line 2: skipped, already there as event ${rows[0]!.id}`,
        `line 3: skipped, already there as event ${rows[1]!.id}`,
        'Created 0 events, skipped 2, bad 0.',
      ],
    });
  });

  it('reports bad rows by line and column, and imports the good ones (exit 1)', async () => {
    const before = (await events()).length;
    const { code, lines } = await run([file('bad.csv', BAD), '--region', '19']);
    expect(code).toBe(1);
    expect(lines).toEqual([
      'line 3, kind: village meetings are recorded after they took place (/hopthon in chat)',
      'line 4, title: needs 2 to 200 characters',
      'line 4, date: "31/02/2027" is not a date; write dd/mm/yyyy (20/12/2026) or yyyy-mm-dd',
      'line 4, time: "25:00" is not a time; write 8:00, 8h or 14h30 (Vietnam time)',
      'line 4, commune: is empty; a fair needs its commune or ward',
      'line 4, capacity: "-3" is not a number of seats from 1 to 100000 (empty: no limit)',
      'line 5, link: an online session needs its https:// link',
      'line 6, targets: Thành phố Hà Nội is outside the scope',
      'line 7: the place or a target is outside --region 19',
      'Created 1 events, skipped 0, bad 5.',
    ]);
    expect((await events()).length).toBe(before + 1);
  });

  it('announces at announce_at, after the quiet hours; at or after the start, or unreadable: a bad row', async () => {
    expect(await run([file('announced.csv', ANNOUNCED), '--region', '19'])).toEqual({
      code: 1,
      lines: [
        'line 6, announce_at: "16/01/2027 8:00" is not before the event starts',
        'line 7, announce_at: "15/01/2027 5:00" is in the quiet hours, which end after the event starts',
        'line 8, announce_at: "tuần sau" is not a date and time; write dd/mm/yyyy hh:mm (Vietnam time)',
        'Created 4 events, skipped 0, bad 3.',
      ],
    });
    const announced = (await events()).filter(
      (event) => event.title.startsWith('Phiên báo') || event.title === 'Phiên chín giờ',
    );
    expect(announced.map((event) => [event.title, event.announce_at])).toEqual([
      ['Phiên chín giờ', vn('2027-01-10 09:00')],
      ['Phiên báo tối', vn('2027-01-11 07:00')],
      ['Phiên báo hôm qua', NOW],
      ['Phiên báo mặc định', vn('2027-01-08 08:00')],
    ]);
  });

  it('refuses wrong usage (exit 2)', async () => {
    await expect(run([])).rejects.toThrow(UsageError);
    await expect(run([file('x.csv', GOOD), '--region', '99'])).rejects.toThrow(/--region 99 is not/);
    await expect(run([file('y.csv', GOOD), '--region', '01', '--official', String(officialId)])).rejects.toThrow(
      /holds no official or admin role for region 01/,
    );
    await expect(run([file('z.csv', GOOD), '--bogus'])).rejects.toThrow(UsageError);
    await expect(run([path.join(dir, 'missing.csv')])).rejects.toThrow(/no such file/);
  });

  it('announces 7 days before at 08:00, never in quiet hours, never before now', () => {
    expect(defaultAnnounceAt(vn('2027-01-15 06:00'), NOW, DEFAULT_QUIET_HOURS)).toEqual(vn('2027-01-08 08:00'));
    expect(defaultAnnounceAt(vn('2026-11-22 08:00'), NOW, DEFAULT_QUIET_HOURS)).toEqual(NOW);
    const night = vn('2026-11-20 23:00');
    expect(defaultAnnounceAt(vn('2026-11-23 08:00'), night, DEFAULT_QUIET_HOURS)).toEqual(vn('2026-11-21 07:00'));
  });
});
