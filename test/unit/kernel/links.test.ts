import { describe, expect, it } from 'vitest';
import { inviteCodeIn } from '../../../src/db/invites.ts';
import {
  isInviteShaped,
  linkPayload,
  parseLinkPayload,
  readShortCode,
  shortCode,
  TRADE_CODES,
} from '../../../src/kernel/links/index.ts';
import { OCCUPATION_KEYS } from '../../../src/kernel/occupations/index.ts';

describe('parseLinkPayload: what a /start payload asks for', () => {
  it.each([
    ['c05860', { communeCode: '05860' }],
    ['omay', { occupation: 'garment' }],
    ['c05860_omay', { communeCode: '05860', occupation: 'garment' }],
    ['omay_c05860', { communeCode: '05860', occupation: 'garment' }],
    ['v12', { vacancyId: 12 }],
    ['c00769_v12', { communeCode: '00769', vacancyId: 12 }],
    ['f3', { fairId: 3 }],
    ['c05860_othoxay_v7_f2', { communeCode: '05860', occupation: 'construction', vacancyId: 7, fairId: 2 }],
    ['v00001234', { vacancyId: 1234 }],
    ['v123456789', { vacancyId: 123456789 }],
  ])('%j → %j', (payload, link) => {
    expect(parseLinkPayload(payload)).toEqual(link);
  });

  it.each([
    ['', 'empty'],
    ['x05860', 'an unknown letter'],
    ['C05860', 'a capital letter'],
    ['c99999', 'an unknown commune'],
    ['c5860', 'a commune code of 4 digits'],
    ['c058600', 'a commune code of 6 digits'],
    ['ogarment', 'an occupation key, not a trade code'],
    ['oother', 'no code for "other"'],
    ['omay_omay', 'a part twice'],
    ['c05860_', 'an empty part'],
    ['_c05860', 'an empty part first'],
    ['v0', 'vacancy 0'],
    ['v', 'no number'],
    ['v12a', 'not a number'],
    ['v1234567890', 'too long a number'],
    ['f-1', 'a sign'],
    ['c05860 omay', 'a space'],
    ['c05860_omáy', 'not Telegram-legal'],
    [`c05860_${'v1_'.repeat(22)}`, 'longer than 64'],
    ['ABCD-EFGH', 'an invite code'],
    ['v1234567', 'invite-shaped: 8 letters and digits'],
    ['f123-4567', 'invite-shaped with a dash'],
  ])('%j (%s) → null', (payload) => {
    expect(parseLinkPayload(payload)).toBeNull();
  });
});

describe('links and invite codes are never confused', () => {
  it('the shape of an invite code is never a link, and inviteCodeIn takes exactly those', () => {
    for (const payload of ['ABCD-EFGH', 'abcdefgh', 'v1234567', 'c0586012', 'omaymaym'])
      expect([isInviteShaped(payload), parseLinkPayload(payload)]).toEqual([true, null]);
    expect(inviteCodeIn('/start v1234567')).toBe('V123-4567');
  });

  it('no trade code is 7 letters long (o + 7 would be invite-shaped) and none holds "_" or "-"', () => {
    for (const code of Object.values(TRADE_CODES)) {
      expect(code).toMatch(/^[a-z]+$/);
      expect(code.length).not.toBe(7);
    }
  });

  it('every occupation but "other" has a trade code, each a different one', () => {
    const codes = Object.values(TRADE_CODES);
    expect(Object.keys(TRADE_CODES).sort()).toEqual(OCCUPATION_KEYS.filter((key) => key !== 'other').sort());
    expect(new Set(codes).size).toBe(codes.length);
  });

  it.each([
    [{ communeCode: '05860' }, 'c05860'],
    [{ communeCode: '05860', occupation: 'garment' as const }, 'c05860_omay'],
    [{ communeCode: '05860', vacancyId: 12 }, 'c05860_v12'],
    [{ vacancyId: 1234567 }, 'v01234567'],
    [{ fairId: 7654321 }, 'f07654321'],
    [{ occupation: 'construction' as const }, 'othoxay'],
  ])('linkPayload(%j) = %j, read back as the same link and never as an invite', (link, payload) => {
    expect(linkPayload(link)).toBe(payload);
    expect(parseLinkPayload(payload)).toEqual(link);
    expect(inviteCodeIn(`/start ${payload}`)).toBeNull();
  });

  it('every trade alone and with a commune round-trips', () => {
    for (const occupation of OCCUPATION_KEYS.filter((key) => key !== 'other')) {
      for (const link of [{ occupation }, { communeCode: '00769', occupation }]) {
        const payload = linkPayload(link);
        expect(payload && parseLinkPayload(payload)).toEqual(link);
        expect(inviteCodeIn(`/start ${payload}`)).toBeNull();
      }
    }
  });

  it('a link that names nothing has no payload', () => {
    expect(linkPayload({})).toBeNull();
    expect(linkPayload({ occupation: 'other' })).toBeNull();
  });
});

describe("readShortCode: Zalo's typed code", () => {
  it.each([
    ['DK 05860', { communeCode: '05860' }],
    ['dk05860', { communeCode: '05860' }],
    ['đk 05860', { communeCode: '05860' }],
    ['ĐK 05860', { communeCode: '05860' }],
    ['  Dk   05860  ', { communeCode: '05860' }],
    ['DK 05860 may', { communeCode: '05860', occupation: 'garment' }],
    ['DK 05860 MAY', { communeCode: '05860', occupation: 'garment' }],
    ['dk 05860 thợ may', { communeCode: '05860', occupation: 'garment' }],
    ['DK 05860 phu ho', { communeCode: '05860', occupation: 'construction' }],
    ['Đăng ký 05860', { communeCode: '05860' }],
    ['dang ky 05860 giaohang', { communeCode: '05860', occupation: 'delivery' }],
    ['DK 05860 xyz', { communeCode: '05860' }],
    ['DK 05860 may và phụ hồ', { communeCode: '05860' }],
  ])('%j → %j', (text, link) => {
    expect(readShortCode(text)).toEqual({ ok: true, link });
  });

  it.each(['DK 99999', 'dk 00000'])('%j: an unknown commune', (text) => {
    expect(readShortCode(text)).toEqual({ ok: false });
  });

  it.each([
    null,
    '',
    'DK',
    'dk 5860',
    'dk 058601',
    '05860',
    'dangky',
    '/dangky',
    'tôi muốn đăng ký 05860 nhưng chưa biết làm sao cho đúng cả',
    'DKA 05860',
  ])('%j is not a short code', (text) => {
    expect(readShortCode(text)).toBeNull();
  });

  it.each([
    ['05860', undefined, 'DK 05860'],
    ['05860', 'garment' as const, 'DK 05860 may'],
    ['05860', 'other' as const, 'DK 05860'],
  ])('shortCode(%j, %j) = %j, read back', (commune, occupation, code) => {
    expect(shortCode(commune, occupation)).toBe(code);
    const link = occupation && occupation !== 'other' ? { communeCode: commune, occupation } : { communeCode: commune };
    expect(readShortCode(code)).toEqual({ ok: true, link });
  });
});
