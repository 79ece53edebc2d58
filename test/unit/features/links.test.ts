import { describe, expect, it } from 'vitest';
import type { Context } from '../../../src/features/links/context.ts';
import { linksFlow } from '../../../src/features/links/flow.ts';
import { DEFAULT_QUIET_HOURS } from '../../../src/kernel/quiet-hours.ts';
import type { RoleGrant } from '../../../src/kernel/roles.ts';
import { HOME_MENU } from '../../harness/home-menu.ts';
import { type Answer, render, walkFlow } from '../engine/flow-walk.ts';

const OFFICIAL_19: RoleGrant[] = [{ role: 'official', regionCode: '19' }];
const context = (options: Partial<Pick<Context, 'roles' | 'telegramBot' | 'imageBaseUrl'>> = {}): Context => ({
  lang: 'vi',
  now: new Date('2026-11-20T03:00:00Z'),
  quietHours: DEFAULT_QUIET_HOURS,
  profile: null,
  employer: null,
  menu: HOME_MENU,
  roles: OFFICIAL_19,
  telegramBot: 'KetNoiViecLamBot',
  imageBaseUrl: 'https://bot.example.vn',
  ...options,
});
const walk = (script: Answer[], options: Parameters<typeof context>[0] = {}) =>
  walkFlow(linksFlow, script, context(options));
const said = (w: ReturnType<typeof walk>) => w.messages.map(render).join('\n---\n');

describe('/malienket: an official gets a registration link', () => {
  it('a commune of their province and a trade: the link, the Zalo code and the QR code as a photo', () => {
    const w = walk(['Phổ Yên', '1', 'thợ may']);
    expect(w.final.kind).toBe('done');
    const [link, photo] = w.final.kind === 'done' ? w.final.replies : [];
    expect(link?.text).toBe(
      [
        'Mã đăng ký cho Phường Phổ Yên:',
        'Trên Telegram, bấm: https://t.me/KetNoiViecLamBot?start=c05860_omay',
        'Trên Zalo, nhắn: DK 05860 may',
      ].join('\n'),
    );
    expect(photo?.imageUrl).toBe('https://bot.example.vn/links/qr/c05860_omay.png');
  });

  it('"any trade" (1): the commune alone', () => {
    const w = walk(['Phổ Yên', '1', '1']);
    expect(said(w)).toContain('start=c05860\n');
    expect(said(w)).toContain('Trên Zalo, nhắn: DK 05860\n');
  });

  it('without a public https address: no photo, the way to get the QR code instead', () => {
    const w = walk(['Phổ Yên', '1', '1'], { imageBaseUrl: null });
    expect(w.messages.some((message) => message.imageUrl)).toBe(false);
    expect(said(w)).toContain('npm run cli -- link --commune 05860');
  });

  it('without Telegram: the Zalo code only', () => {
    const w = walk(['Phổ Yên', '1', '1'], { telegramBot: null });
    expect(said(w)).not.toContain('t.me');
    expect(said(w)).toContain('DK 05860');
  });

  it('a commune outside their area is refused, and asked again', () => {
    const w = walk(['Mèo Vạc', '1']); // Xã Mèo Vạc, first of the places so named
    expect(w.final.kind).toBe('miss');
    expect(said(w)).toContain('không thuộc địa bàn của bạn');
  });

  it('an official of one commune is asked only the trade', () => {
    const w = walk(['1'], { roles: [{ role: 'official', regionCode: '05860' }] });
    expect(w.sent).toBe(2);
    expect(said(w)).toContain('DK 05860');
  });

  it('an unknown trade is asked again', () => {
    const w = walk(['Phổ Yên', '1', 'xyzxyz']);
    expect(w.final).toMatchObject({ kind: 'miss' });
    expect(said(w)).toContain('Mình chưa hiểu nghề "xyzxyz"');
  });

  it.each([[[] as RoleGrant[]], [[{ role: 'employer', regionCode: null }] as RoleGrant[]]])(
    'anyone else is refused politely: %j',
    (roles) => {
      const w = walk([], { roles });
      expect(w.final.kind).toBe('done');
      expect(said(w)).toContain('Chức năng này dành cho cán bộ');
    },
  );
});
