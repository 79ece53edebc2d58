import { describe, expect, it } from 'vitest';
import { periodInstants } from '../../../src/reporting/funnel-period.ts';

describe('periodInstants: a period as instants and calendar months (Vietnam midnights)', () => {
  it.each([
    ['a month', '2026-03-01', '2026-03-31', ['2026-03'], ['2026-02-28T17:00:00.000Z', '2026-03-31T17:00:00.000Z']],
    ['one day', '2026-03-31', '2026-03-31', ['2026-03'], ['2026-03-30T17:00:00.000Z', '2026-03-31T17:00:00.000Z']],
    [
      'partial months at both ends, across a year',
      '2025-12-15',
      '2026-02-10',
      ['2025-12', '2026-01', '2026-02'],
      ['2025-12-14T17:00:00.000Z', '2025-12-31T17:00:00.000Z', '2026-01-31T17:00:00.000Z', '2026-02-10T17:00:00.000Z'],
    ],
  ])('%s', (_name, from, to, months, boundaries) => {
    const instants = periodInstants({ from, to });
    expect(instants.months.map((m) => m.key)).toEqual(months);
    expect(instants.boundaries.map((d) => d.toISOString())).toEqual(boundaries);
    expect(instants.start.toISOString()).toBe(boundaries[0]);
    expect(instants.end.toISOString()).toBe(boundaries.at(-1));
    expect(instants.endYear).toBe(Number(to.slice(0, 4)));
  });

  it('a year has twelve months, named as Vietnam writes them', () => {
    const { months } = periodInstants({ from: '2026-01-01', to: '2026-12-31' });
    expect(months).toHaveLength(12);
    expect(months[0]).toEqual({ key: '2026-01', name: '01/2026' });
    expect(months[11]).toEqual({ key: '2026-12', name: '12/2026' });
  });

  it('refuses a period that ends before it starts, or dates that are not ISO', () => {
    expect(() => periodInstants({ from: '2026-03-02', to: '2026-03-01' })).toThrow(RangeError);
    expect(() => periodInstants({ from: '01/03/2026', to: '2026-03-31' })).toThrow(RangeError);
  });
});
