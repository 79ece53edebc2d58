import { describe, expect, it } from 'vitest';
import { REGISTRY } from '../../../src/features/index.ts';

import { dashboardFlow } from '../../../src/features/dashboard-link/flow.ts';
import { DEFAULT_QUIET_HOURS } from '../../../src/kernel/quiet-hours.ts';
import type { Context } from '../../../src/features/dashboard-link/context.ts';
import { HOME_MENU } from '../../harness/home-menu.ts';

const NOW = new Date('2026-03-20T03:00:00Z');
const URL = 'https://bot.example.vn/dashboard/login?token=AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_abcde';

const context = (changes: Partial<Context>): Context => ({
  lang: 'vi',
  now: NOW,
  quietHours: DEFAULT_QUIET_HOURS,
  employer: null,
  menu: HOME_MENU,
  profile: null,
  roles: [],
  dashboardLink: null,
  ...changes,
});

describe('/baocao', () => {
  it.each(['/baocao', 'baocao', 'Báo cáo', 'bao cao', '/dashboard', '/BAOCAO@KetNoiViecLamBot'])(
    '%j opens it',
    (text) => {
      expect(REGISTRY.commands.command(text)).toBe('dashboard');
    },
  );

  it.each<[string, Context, string]>([
    [
      'an official gets the link, once, for 15 minutes',
      context({ roles: [{ role: 'official', regionCode: '19' }], dashboardLink: { url: URL, minutes: 15 } }),
      `🔗 Đường dẫn mở bảng số liệu của bạn:\n${URL}\nDùng được 1 lần, trong 15 phút. Bạn đừng chuyển cho người khác nhé.`,
    ],
    [
      'an admin too, in English',
      context({ lang: 'en', roles: [{ role: 'admin', regionCode: null }], dashboardLink: { url: URL, minutes: 15 } }),
      `🔗 Your link to the figures dashboard:\n${URL}\nIt works once, within 15 minutes. Please do not pass it on.`,
    ],
    [
      'a worker is refused politely',
      context({ roles: [] }),
      'Chức năng này dành cho cán bộ. Nếu bạn là cán bộ, hãy xin mã mời từ người quản trị.',
    ],
    [
      'an employer too',
      context({ roles: [{ role: 'employer', regionCode: null }], dashboardLink: null }),
      'Chức năng này dành cho cán bộ. Nếu bạn là cán bộ, hãy xin mã mời từ người quản trị.',
    ],
    [
      'no link made: try again',
      context({ roles: [{ role: 'official', regionCode: '19' }], dashboardLink: null }),
      'Chưa tạo được đường dẫn. Bạn gõ /baocao để thử lại nhé.',
    ],
  ])('%s', (_name, ctx, reply) => {
    const result = dashboardFlow.begin(ctx);
    expect(result).toEqual({ kind: 'done', replies: [{ text: reply }] });
  });
});
