import { describe, expect, it } from 'vitest';
import { accessFromRoles, covers, defaultRegion, type RoleGrant } from '../../../src/dashboard/access.ts';
import type { FunnelScope } from '../../../src/reporting/funnel.ts';

const COUNTRY: FunnelScope = { level: 'country', code: null, name: 'Cả nước' };
const THAI_NGUYEN: FunnelScope = { level: 'province', code: '19', name: 'Thái Nguyên' };
const VAN_LANG: FunnelScope = { level: 'commune', code: '05665', name: 'Xã Văn Lăng', provinceCode: '19' };
const PHO_YEN: FunnelScope = { level: 'commune', code: '05860', name: 'Phường Phổ Yên', provinceCode: '19' };
const SON_LA: FunnelScope = { level: 'province', code: '14', name: 'Sơn La' };
const TAN_PHONG: FunnelScope = { level: 'commune', code: '03970', name: 'Xã Tân Phong', provinceCode: '14' };

const official = (regionCode: string | null): RoleGrant => ({ role: 'official', regionCode });

describe('who sees which area on the dashboard', () => {
  it.each<[string, RoleGrant[], ReturnType<typeof accessFromRoles>]>([
    ['no roles', [], null],
    ['an employer only', [{ role: 'employer', regionCode: null }], null],
    ['a province official', [official('19')], { regions: ['19'], admin: false }],
    [
      'two areas, sorted, repeated once',
      [official('14'), official('19'), official('14')],
      { regions: ['14', '19'], admin: false },
    ],
    ['a whole-country role covers the rest', [official('19'), official(null)], { regions: [null], admin: false }],
    ['an admin of a province', [{ role: 'admin', regionCode: '19' }], { regions: ['19'], admin: true }],
    [
      'an admin',
      [
        { role: 'admin', regionCode: null },
        { role: 'employer', regionCode: null },
      ],
      { regions: [null], admin: true },
    ],
  ])('%s', (_name, roles, access) => {
    expect(accessFromRoles(roles)).toEqual(access);
  });

  it.each<[string, RoleGrant[], FunnelScope, boolean]>([
    ['the whole country sees the country', [official(null)], COUNTRY, true],
    ['the whole country sees any commune', [official(null)], TAN_PHONG, true],
    ['a province official: their province', [official('19')], THAI_NGUYEN, true],
    ['a province official: its communes', [official('19')], VAN_LANG, true],
    ['a province official: not the country', [official('19')], COUNTRY, false],
    ['a province official: not another province', [official('19')], SON_LA, false],
    ['a province official: not another province’s commune', [official('19')], TAN_PHONG, false],
    ['a commune official: their commune', [official('05665')], VAN_LANG, true],
    ['a commune official: not the next commune', [official('05665')], PHO_YEN, false],
    ['a commune official: not their province', [official('05665')], THAI_NGUYEN, false],
    ['two areas: each of them', [official('05665'), official('14')], TAN_PHONG, true],
  ])('%s', (_name, roles, scope, allowed) => {
    const access = accessFromRoles(roles);
    expect(access !== null && covers(access, scope)).toBe(allowed);
  });

  it('opens on the whole country when allowed, else on the first of their areas', () => {
    expect(defaultRegion(accessFromRoles([official('19'), official(null)])!)).toBeNull();
    expect(defaultRegion(accessFromRoles([official('19'), official('14')])!)).toBe('14');
    expect(defaultRegion(accessFromRoles([official('05665')])!)).toBe('05665');
  });
});
