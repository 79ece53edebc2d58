import { describe, expect, it } from 'vitest';
import { ZALO_SECRET_HEADER, verifyZaloSecret } from './webhook.ts';

const SECRET = 'zalo-webhook-secret-9f3c0a71';

describe('verifyZaloSecret', () => {
  it.each([
    ['the exact secret', SECRET, true],
    ['a missing header', undefined, false],
    ['an empty header', '', false],
    ['a different secret of the same length', SECRET.replace(/1$/, '2'), false],
    ['a prefix of the secret', SECRET.slice(0, -1), false],
    ['the secret with more after it', `${SECRET}x`, false],
    ['different case', SECRET.toUpperCase(), false],
    ['surrounding spaces', ` ${SECRET} `, false],
    ['a non-ASCII value', 'bí mật bí mật bí mật bí mật', false],
    ['a repeated header (array)', [SECRET, SECRET], false],
  ] as const)('%s → %s', (_label, header, expected) => {
    expect(verifyZaloSecret(header, SECRET)).toBe(expected);
  });

  it('refuses everything when no secret is configured', () => {
    expect(verifyZaloSecret('', '')).toBe(false);
    expect(verifyZaloSecret('anything', '')).toBe(false);
  });

  it('compares multi-byte secrets by bytes without throwing', () => {
    expect(verifyZaloSecret('bí mật của bot', 'bí mật của bot')).toBe(true);
    // same number of characters, different number of bytes
    expect(verifyZaloSecret('bi mat cua bot', 'bí mật của bot')).toBe(false);
  });

  it('names the header as Node presents it', () => {
    expect(ZALO_SECRET_HEADER).toBe('x-bot-api-secret-token');
  });
});
