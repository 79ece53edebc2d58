import { describe, expect, it } from 'vitest';
import { createCookieSessions, SIMULATOR_SESSION_TTL_MS } from '../../../../src/http/simulator/cookie-sessions.ts';
import { createStreamCaps } from '../../../../src/http/simulator/stream-caps.ts';
import { simulatorLoginPage } from '../../../../src/http/simulator/login-page.ts';

describe('event stream caps', () => {
  type Step = [action: 'open' | 'release', ip: string, expected: string];
  it.each<[string, Step[]]>([
    [
      'per address',
      [
        ['open', 'a', 'ok'],
        ['open', 'a', 'ok'],
        ['open', 'a', 'too_many_streams_ip'],
        ['open', 'b', 'ok'],
      ],
    ],
    [
      'in total',
      [
        ['open', 'a', 'ok'],
        ['open', 'b', 'ok'],
        ['open', 'c', 'ok'],
        ['open', 'd', 'too_many_streams_total'],
      ],
    ],
    [
      'a released slot is free again',
      [
        ['open', 'a', 'ok'],
        ['open', 'a', 'ok'],
        ['release', 'a', ''],
        ['open', 'a', 'ok'],
        ['open', 'a', 'too_many_streams_ip'],
      ],
    ],
    [
      'the per-address cap is checked first',
      [
        ['open', 'a', 'ok'],
        ['open', 'a', 'ok'],
        ['open', 'b', 'ok'],
        ['open', 'a', 'too_many_streams_ip'],
        ['open', 'c', 'too_many_streams_total'],
      ],
    ],
  ])('caps of 2 per address and 3 in total: %s', (_name, steps) => {
    const caps = createStreamCaps({ perIp: 2, total: 3 });
    const held = new Map<string, Array<() => void>>();
    for (const [action, ip, expected] of steps) {
      if (action === 'release') {
        held.get(ip)!.pop()!();
        continue;
      }
      const slot = caps.open(ip);
      expect(slot.ok ? 'ok' : slot.reason).toBe(expected);
      if (slot.ok) held.set(ip, [...(held.get(ip) ?? []), slot.release]);
    }
  });

  it('releasing twice gives back one slot, not two; counts drop to zero', () => {
    const caps = createStreamCaps({ perIp: 1, total: 5 });
    const slot = caps.open('a');
    const other = caps.open('b');
    if (!slot.ok || !other.ok) throw new Error('expected slots');
    slot.release();
    slot.release();
    expect(caps.count('a')).toBe(0);
    expect(caps.count()).toBe(1);
    other.release();
    expect(caps.count()).toBe(0);
  });
});

describe('login cookie sessions', () => {
  it('a session is open until it expires 12 hours later, then it is gone', () => {
    let now = 1_000_000;
    const sessions = createCookieSessions({ now: () => now });
    const value = sessions.open();
    expect(value).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(sessions.isOpen(value)).toBe(true);
    now += SIMULATOR_SESSION_TTL_MS - 1;
    expect(sessions.isOpen(value)).toBe(true);
    now += 1;
    expect(sessions.isOpen(value)).toBe(false);
    expect(sessions.size).toBe(0);
    expect(SIMULATOR_SESSION_TTL_MS).toBe(12 * 60 * 60 * 1000);
  });

  it('close ends one session only; unknown or malformed values are not open', () => {
    const sessions = createCookieSessions();
    const a = sessions.open();
    const b = sessions.open();
    sessions.close(a);
    expect(sessions.isOpen(a)).toBe(false);
    expect(sessions.isOpen(b)).toBe(true);
    for (const value of ['', 'x', `${b}x`, 'A'.repeat(43)]) expect(sessions.isOpen(value)).toBe(false);
  });

  it('keeps at most `max`, forgetting the oldest, and sweeps expired ones when opening', () => {
    let now = 0;
    const sessions = createCookieSessions({ max: 3, ttlMs: 100, now: () => now });
    const [a, b, c] = [sessions.open(), sessions.open(), sessions.open()];
    const d = sessions.open();
    expect([a, b, c, d].map((value) => sessions.isOpen(value))).toEqual([false, true, true, true]);
    now = 100;
    sessions.open();
    expect(sessions.size).toBe(1);
  });
});

describe('the login form', () => {
  it('posts the token in a password field to /simulator/login; no script; Vietnamese first', () => {
    const html = simulatorLoginPage('vi');
    expect(html).toContain('<html lang="vi">');
    expect(html).toContain('<form method="post" action="/simulator/login">');
    expect(html).toContain('name="token" type="password"');
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toContain('role="alert"');
    expect(html).toContain('href="/?lang=en"');
  });

  it('says when the token was wrong, in the language of the form', () => {
    expect(simulatorLoginPage('vi', { wrong: true })).toContain('Mã truy cập không đúng. Vui lòng thử lại.');
    expect(simulatorLoginPage('en', { wrong: true })).toContain('That access token is not right. Please try again.');
    expect(simulatorLoginPage('en', { wrong: true })).toContain('aria-invalid="true"');
  });
});
