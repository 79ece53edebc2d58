import { describe, expect, it } from 'vitest';
import { logId } from '../../src/logger.ts';
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
    logger.info(
      { url: `https://api.telegram.org/bot9999999:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA/getMe` },
      'unknown token shape still caught',
    );
    logger.info(
      { headers: { 'x-telegram-bot-api-secret-token': WEBHOOK_SECRET, 'x-bot-api-secret-token': 'anything' } },
      'webhook',
    );
    logger.info({ zalo: { token: ZALO_TOKEN, apiRoot: 'https://bot-api.zaloplatforms.com' } }, 'config');
    logger.error({ err: new Error(`401 for ${ZALO_TOKEN}`) }, 'zalo failed');
    logger.info({ password: 'hunter2', adminToken: 'x'.repeat(20) }, 'secrets by key');
    const text = output();
    for (const secret of [
      TELEGRAM_TOKEN,
      ZALO_TOKEN,
      WEBHOOK_SECRET,
      'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
      'hunter2',
      'anything',
      'x'.repeat(20),
    ]) {
      expect(text).not.toContain(secret);
    }
    expect(text).toContain('[redacted]');
    expect(text).toContain('https://bot-api.zaloplatforms.com');
  });

  it('keeps identifiers needed for debugging and ordinary numbers; chat and user ids as a keyed hash', () => {
    const { logger, lines } = capture();
    logger.info(
      {
        chatId: '5123456789',
        userId: 912345678,
        eventId: 'upd-1',
        outboxId: 42,
        personId: 7,
        wage: 8_000_000,
        year: 2026,
      },
      'delivered',
    );
    const line = JSON.parse(lines[0]!) as Record<string, unknown>;
    expect(line).toMatchObject({
      chatId: logId('5123456789'),
      userId: logId(912345678),
      eventId: 'upd-1',
      outboxId: 42,
      personId: 7,
      wage: 8_000_000,
      year: 2026,
      msg: 'delivered',
    });
  });

  it('writes every chat and user id as 12 hex digits, the same for the same id, wherever it appears', () => {
    const { logger, output, lines } = capture();
    const chat = '-1001234567890';
    logger.info({ chatId: chat }, 'first');
    logger.warn({ nested: { chat_id: chat, user_id: 5123456789n, list: [{ userId: 'zalo-user-abc' }] } }, 'second');
    logger.child({ chatId: chat }).error('third');
    const text = output();
    for (const raw of [chat, '1234567890', '5123456789', 'zalo-user-abc']) expect(text).not.toContain(raw);
    const [first, second, third] = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(first?.chatId).toMatch(/^[0-9a-f]{12}$/);
    expect(second?.nested).toEqual({
      chat_id: first?.chatId,
      user_id: logId(5123456789n),
      list: [{ userId: logId('zalo-user-abc') }],
    });
    expect(third?.chatId).toBe(first?.chatId);
    expect(logId('a')).not.toBe(logId('b'));
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
