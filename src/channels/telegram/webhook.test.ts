import { describe, expect, it } from 'vitest';
import { verifyTelegramSecret } from './webhook.ts';

describe('verifyTelegramSecret', () => {
  const secret = 'tg-webhook_Secret-42';

  it('accepts the exact secret', () => {
    expect(verifyTelegramSecret(secret, secret)).toBe(true);
  });

  it.each([
    ['missing header', undefined],
    ['empty header', ''],
    ['different case', secret.toUpperCase()],
    ['one character short', secret.slice(0, -1)],
    ['one character more', `${secret}x`],
    ['same length, different', `${secret.slice(0, -1)}3`],
    ['multi-byte of same length in characters', `${secret.slice(0, -1)}ệ`],
  ])('rejects %s', (_, header) => {
    expect(verifyTelegramSecret(header, secret)).toBe(false);
  });

  it('never accepts anything when no secret is configured', () => {
    expect(verifyTelegramSecret('', '')).toBe(false);
    expect(verifyTelegramSecret(undefined, '')).toBe(false);
  });
});
