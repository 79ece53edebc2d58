import { describe, expect, it } from 'vitest';
import { textWithNumberedChoices } from '../../../../src/kernel/message.ts';
import { broadcastMessage } from '../../../../src/features/broadcast/notification.ts';
import { type AlertFacts, vacancyAlert } from '../../../../src/features/alerts/vacancy-alert.ts';
import type { NotificationKind } from '../../../../src/messaging/delivery/notification-kind.ts';
import { createRenderCache, type RenderTarget } from '../../../../src/messaging/delivery/render.ts';

const facts: AlertFacts = {
  employerName: 'Công ty TNHH May Phổ Yên',
  employerVerified: true,
  title: 'Công nhân may công nghiệp',
  occupation: 'garment',
  communeCode: '05443',
  headcount: 50,
  wageRaw: '7-9 triệu/tháng',
  requirements: null,
  deadline: '2026-12-31',
  contact: '0208 3850 123',
  overseas: false,
};

describe('vacancy alert', () => {
  it('is the card under "Việc mới gần bạn", the three choices, then the no-fee warning last', () => {
    const message = vacancyAlert('vi', 42, facts, 'private');
    expect(message.choices).toEqual([
      { id: 'alert.interested.42', label: 'Quan tâm' },
      { id: 'alert.not_suitable.42', label: 'Không phù hợp' },
      { id: 'alert.report.42', label: 'Báo lừa đảo' },
    ]);
    const shown = textWithNumberedChoices(message);
    expect(shown).toMatch(
      /^🔔 Việc mới gần bạn\nCông nhân may công nghiệp — Công ty TNHH May Phổ Yên ✅ Đã xác minh\n📍 Phường Phan Đình Phùng, Thái Nguyên\n/,
    );
    expect(shown).toContain('Cần 50 người');
    expect(shown).toContain('📅 Hạn 31/12/2026');
    expect(shown).toContain('☎️ 0208 3850 123');
    expect(shown).toMatch(
      /1\. Quan tâm\n2\. Không phù hợp\n3\. Báo lừa đảo\n\n⚠️ Không nộp bất kỳ khoản phí nào để được nhận việc\.$/,
    );
    expect(shown.match(/Không nộp bất kỳ khoản phí/g)).toHaveLength(1);
  });

  it('shows "Đã xác minh" only for a verified employer and adds the overseas advice for work abroad', () => {
    const shown = textWithNumberedChoices(
      vacancyAlert('vi', 7, { ...facts, employerVerified: false, overseas: true }, 'private'),
    );
    expect(shown).not.toContain('Đã xác minh');
    expect(shown).toContain('🌏 Đi làm nước ngoài');
  });

  it('speaks the person’s language', () => {
    const message = vacancyAlert('en', 42, facts, 'private');
    expect(message.text).toMatch(/^🔔 A new job near you\n/);
    expect(message.choices?.map((c) => c.label)).toEqual(['Interested', 'Not for me', 'Report a scam']);
  });

  it('gives a group chat no choices, the warning, and a line to message the bot privately', () => {
    const message = vacancyAlert('vi', 42, facts, 'group');
    expect(message.choices).toBeUndefined();
    expect(message.text).toMatch(
      /⚠️ Không nộp bất kỳ khoản phí nào để được nhận việc\.\nNhắn riêng cho bot để quan tâm\.$/,
    );
  });
});

describe('broadcast', () => {
  it('is the centre’s heading and the official’s text as written', () => {
    expect(broadcastMessage('vi', 'Phiên giao dịch việc làm 8:00 thứ Bảy tại xã Mèo Vạc.')).toEqual({
      text: '📢 Thông báo từ Trung tâm Dịch vụ việc làm\nPhiên giao dịch việc làm 8:00 thứ Bảy tại xã Mèo Vạc.',
    });
  });
});

describe('render cache', () => {
  it('renders a cacheable message once per key and ttl, and never keeps a failure', async () => {
    let clock = 0;
    let calls = 0;
    let fail = false;
    const renderers: NotificationKind[] = [
      {
        kind: 'broadcast',
        followsAlertSettings: true,
        renderer: {
          async render() {
            calls += 1;
            if (fail) throw new Error('database away');
            return { ok: true, message: { text: `v${calls}` } };
          },
          cacheKey: (target: RenderTarget) => `b:${target.refId}`,
        },
      },
    ];
    const cache = createRenderCache({ ttlMs: 1000, now: () => clock });
    const target = {
      notificationId: 1,
      kind: 'broadcast' as const,
      refId: 5,
      personId: 1,
      identityId: 1,
      channel: 'telegram' as const,
      chatType: 'private' as const,
      lang: 'vi' as const,
    };
    const db = {} as never;
    expect(await cache.render(db, renderers, target)).toEqual({ ok: true, message: { text: 'v1' } });
    expect(await cache.render(db, renderers, { ...target, notificationId: 2 })).toEqual({
      ok: true,
      message: { text: 'v1' },
    });
    clock = 1500;
    fail = true;
    await expect(cache.render(db, renderers, target)).rejects.toThrow('database away');
    fail = false;
    expect(await cache.render(db, renderers, target)).toEqual({ ok: true, message: { text: 'v3' } });
    expect(await cache.render(db, renderers, { ...target, kind: 'digest' })).toEqual({
      ok: false,
      skip: 'no renderer for digest',
    });
  });
});
