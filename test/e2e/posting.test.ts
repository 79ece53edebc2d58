import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { startFakeZaloApi, zaloId, type ZaloFakeApi } from '../fakes/zalo-api.ts';
import { createTestDatabase } from '../harness/postgres.ts';
import { redisDatabase } from '../harness/redis-database.ts';
import { say, startApp, stopApp } from '../harness/running-app.ts';

vi.setConfig({ testTimeout: 120_000, hookTimeout: 90_000 });

/**
 * An employer posts vacancies by text on Zalo through the real `npm start`: at most 12 messages for a first
 * post, the vacancy lands as pending with its wage as written and parsed, and a scam-like post is held with reasons.
 */
describe('employer posting end to end on Zalo', () => {
  let zalo: ZaloFakeApi;
  let database: { url: string; drop: () => Promise<void> };
  let db: pg.Client;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'knvl-posting-'));

  beforeAll(async () => {
    zalo = await startFakeZaloApi({ maxPollWaitMs: 300 });
    database = await createTestDatabase(inject('postgresUrl'), 'post');
    db = new pg.Client({ connectionString: database.url });
    await db.connect();
  });
  afterAll(async () => {
    await db?.end();
    await zalo?.close();
    await database?.drop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('a first post takes at most 12 messages and lands as pending; a scam-like second post is held with reasons', async () => {
    const app = await startApp({
      DATA_DIR: dataDir,
      DATABASE_URL: database.url,
      REDIS_URL: redisDatabase(inject('redisUrl'), 4),
      ZALO_BOT_TOKEN: zalo.token,
      ZALO_API_ROOT: zalo.apiRoot,
    });
    const chatId = zaloId();
    const type = (text: string, chat = chatId) =>
      say(
        () => zalo.injectText({ chatId: chat, text, displayName: 'Chị Hạnh' }),
        () => zalo.delivered(chat),
      );
    try {
      const first = [
        '/dangtin',
        'Công ty TNHH May Phổ Yên',
        'Công nhân may',
        'Phường Phổ Yên',
        'Cần 50 người',
        '7-9 triệu/tháng',
        '1',
        '1',
        '31/12/2026',
        '0208 3850 123',
        '1',
      ];
      let last = '';
      for (const text of first) last = await type(text);
      expect(first.length).toBeLessThanOrEqual(12);
      expect(last).toContain('duyệt');

      // Another poster (a person typing this fast twice would meet the flood guard, which is right).
      const other = zaloId();
      const second = [
        '/dangtin',
        'Shop online Bảo Anh',
        'Cộng tác viên chốt đơn online',
        '2',
        'Phường Phổ Yên',
        '10',
        '500k/ngày',
        '1',
        'Đặt cọc 300k để giữ chỗ',
        '30 ngày',
        'nhắn zalo',
        '1',
      ];
      for (const text of second) last = await type(text, other);
      expect(last).toContain('duyệt');
    } finally {
      await stopApp(app);
    }
    const { rows } = await db.query(
      `SELECT v.title, v.occupation, v.headcount, v.wage_raw, v.wage_min, v.wage_max, v.wage_period, v.deadline::text AS deadline, v.status, v.scam_reasons, e.name AS employer
       FROM vacancies v JOIN employers e ON e.id = v.employer_id ORDER BY v.id`,
    );
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({
      title: 'Công nhân may',
      occupation: 'garment',
      headcount: 50,
      wage_raw: '7-9 triệu/tháng',
      wage_min: '7000000',
      wage_max: '9000000',
      wage_period: 'month',
      deadline: '2026-12-31',
      status: 'pending',
      scam_reasons: [],
      employer: 'Công ty TNHH May Phổ Yên',
    });
    expect(rows[1]).toMatchObject({ status: 'pending', employer: 'Shop online Bảo Anh' });
    expect(rows[1].scam_reasons.map((r: { code: string }) => r.code)).toEqual(
      expect.arrayContaining(['asks_money', 'task_or_order_scam']),
    );
    const audit = await db.query("SELECT count(*)::int AS n FROM audit_log WHERE action = 'vacancy.submitted'");
    expect(audit.rows[0].n).toBe(2);
  });
});
