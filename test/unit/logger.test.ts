import { describe, expect, it } from 'vitest';
import { captureLog } from '../harness/capture-log.ts';

const TELEGRAM_TOKEN = '7012345678:AAHk3xYz-abcdefghijklmnopqrstuvwxyz0';
const ZALO_TOKEN = 'zalo-bot-token-3f9a2b7c';
const WEBHOOK_SECRET = 'tg-webhook-secret-42';

function capture() {
  const { logger, raw, text } = captureLog([TELEGRAM_TOKEN, ZALO_TOKEN, WEBHOOK_SECRET]);
  return { logger, output: text, lines: raw };
}

const PHONES = ['0912345678', '0912 345 678', '091.234.5678', '+84912345678', '84 912 345 678', '(+84) 91 234 5678'];

describe('logger redaction', () => {
  it.each(PHONES)('removes the phone number %j from messages, fields and errors', (phone) => {
    const { logger, output } = capture();
    logger.info(`người dùng gửi số ${phone} để đăng ký`);
    logger.info({ text: `SĐT: ${phone}`, nested: { deeper: [phone] } }, 'inbound');
    logger.error(new Error(`could not save ${phone}`));
    logger.warn({ err: new Error(`failed for ${phone}`) }, 'send failed');
    expect(output().replace(/[\s.()+-]/g, '')).not.toContain('912345678');
    expect(output()).toContain('[phone]');
  });

  it('removes bot tokens, webhook secrets and configured secrets wherever they appear', () => {
    const { logger, output } = capture();
    logger.info(`calling https://api.telegram.org/bot${TELEGRAM_TOKEN}/sendMessage`);
    logger.info({ url: `https://api.telegram.org/bot9999999:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA/getMe` }, 'unknown token shape still caught');
    logger.info({ headers: { 'x-telegram-bot-api-secret-token': WEBHOOK_SECRET, 'x-bot-api-secret-token': 'anything' } }, 'webhook');
    logger.info({ zalo: { token: ZALO_TOKEN, apiRoot: 'https://bot-api.zaloplatforms.com' } }, 'config');
    logger.error({ err: new Error(`401 for ${ZALO_TOKEN}`) }, 'zalo failed');
    logger.info({ password: 'hunter2', adminToken: 'x'.repeat(20) }, 'secrets by key');
    const text = output();
    for (const secret of [TELEGRAM_TOKEN, ZALO_TOKEN, WEBHOOK_SECRET, 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA', 'hunter2', 'anything', 'x'.repeat(20)]) {
      expect(text).not.toContain(secret);
    }
    expect(text).toContain('[redacted]');
    expect(text).toContain('https://bot-api.zaloplatforms.com');
  });

  it('keeps identifiers needed for debugging and ordinary numbers', () => {
    const { logger, lines } = capture();
    logger.info({ chatId: '5123456789', userId: 912345678, eventId: 'upd-1', outboxId: 42, wage: 8_000_000, year: 2026 }, 'delivered');
    const line = JSON.parse(lines[0]!) as Record<string, unknown>;
    expect(line).toMatchObject({ chatId: '5123456789', userId: 912345678, eventId: 'upd-1', outboxId: 42, wage: 8_000_000, year: 2026, msg: 'delivered' });
  });

  it('survives circular objects', () => {
    const { logger, output } = capture();
    const loop: Record<string, unknown> = { phone: '0912345678' };
    loop.self = loop;
    logger.info({ loop }, 'cycle');
    expect(output()).toContain('[cycle]');
    expect(output()).not.toContain('0912345678');
  });
});
