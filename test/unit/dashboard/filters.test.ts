import { describe, expect, it } from 'vitest';
import { readAuditFilters } from '../../../src/dashboard/audit-filters.ts';
import {
  filtersQuery,
  quickPeriods,
  readDashboardFilters,
  readDay,
  type FiltersRead,
} from '../../../src/dashboard/filters.ts';

// 10 April 2026, 06:30 in Vietnam (still 9 April in UTC).
const NOW = new Date('2026-04-09T23:30:00Z');

describe('dashboard filters', () => {
  it.each<[Record<string, unknown>, FiltersRead]>([
    [{}, { ok: true, filters: { from: '2026-01-01', to: '2026-04-10', region: null } }],
    [
      { from: '2026-03-01', to: '2026-03-31' },
      { ok: true, filters: { from: '2026-03-01', to: '2026-03-31', region: null } },
    ],
    [
      { from: '1/3/2026', to: '31.03.2026', region: '19' },
      { ok: true, filters: { from: '2026-03-01', to: '2026-03-31', region: '19' } },
    ],
    [
      { from: ['2026-02-01', '2026-01-01'], region: ' 05665 ' },
      { ok: true, filters: { from: '2026-02-01', to: '2026-04-10', region: '05665' } },
    ],
    [
      { from: '', to: '' },
      { ok: true, filters: { from: '2026-01-01', to: '2026-04-10', region: null } },
    ],
    [{ from: '2026-02-30' }, { ok: false, error: { reason: 'bad_date', text: '2026-02-30' } }],
    [{ to: 'yesterday' }, { ok: false, error: { reason: 'bad_date', text: 'yesterday' } }],
    [{ from: '1999-12-31' }, { ok: false, error: { reason: 'bad_date', text: '1999-12-31' } }],
    [
      { from: '2026-04-01', to: '2026-03-01' },
      { ok: false, error: { reason: 'bad_range', from: '2026-04-01', to: '2026-03-01' } },
    ],
    [{ region: '1' }, { ok: false, error: { reason: 'bad_region', text: '1' } }],
    [{ region: "19' OR 1=1" }, { ok: false, error: { reason: 'bad_region', text: "19' OR 1=1" } }],
  ])('%j', (query, read) => {
    expect(readDashboardFilters(query, NOW)).toEqual(read);
  });

  it.each([
    ['29/02/2028', '2028-02-29'],
    ['29/02/2026', null],
    ['2026-4-5', '2026-04-05'],
    ['05-04-2026', '2026-04-05'],
    ['5/4/26', null],
  ])('readDay(%j) is %j', (text, day) => {
    expect(readDay(text)).toBe(day);
  });

  it('quick periods: this month so far, last month, this year so far (Vietnam calendar)', () => {
    expect(quickPeriods(NOW)).toEqual([
      { id: 'this_month', from: '2026-04-01', to: '2026-04-10' },
      { id: 'last_month', from: '2026-03-01', to: '2026-03-31' },
      { id: 'this_year', from: '2026-01-01', to: '2026-04-10' },
    ]);
  });

  it('writes the filters back as a query', () => {
    expect(filtersQuery({ from: '2026-03-01', to: '2026-03-31', region: null })).toBe('from=2026-03-01&to=2026-03-31');
    expect(filtersQuery({ from: '2026-03-01', to: '2026-03-31', region: '19' }, { table: 'month' })).toBe(
      'from=2026-03-01&to=2026-03-31&region=19&table=month',
    );
  });
});

describe('audit log filters', () => {
  it('defaults: everyone, from the beginning, 100 rows', () => {
    expect(readAuditFilters({ since: null, actor: null, limit: null })).toEqual({
      ok: true,
      query: { since: null, actor: null, limit: 100 },
      shown: { since: '', actor: '', limit: 100 },
    });
  });

  it('since a day from midnight in Vietnam; a numeric actor is a person, a word a label', () => {
    const read = readAuditFilters({ since: '01/03/2026', actor: '42', limit: '5' });
    expect(read).toEqual({
      ok: true,
      query: { since: new Date('2026-02-28T17:00:00Z'), actor: { personId: 42 }, limit: 5 },
      shown: { since: '2026-03-01', actor: '42', limit: 5 },
    });
    expect(readAuditFilters({ since: null, actor: 'admin-token', limit: null })).toMatchObject({
      ok: true,
      query: { actor: { label: 'admin-token' } },
    });
  });

  it.each([
    [{ since: '31/02/2026', actor: null, limit: null }, 'since'],
    [{ since: null, actor: "x'; drop table", limit: null }, 'actor'],
    [{ since: null, actor: null, limit: '0' }, 'limit'],
    [{ since: null, actor: null, limit: '1001' }, 'limit'],
    [{ since: null, actor: null, limit: '1e3' }, 'limit'],
  ])('%j is refused (%s)', (typed, field) => {
    expect(readAuditFilters(typed)).toMatchObject({ ok: false, field });
  });
});
