import { describe, expect, it } from 'vitest';
import { readReportArgs, reportDate } from '../../../src/cli/report-args.ts';
import { UsageError } from '../../../src/cli/usage-error.ts';

/** The --from/--to/--region/--format reader of `report` and `events`: what it makes of good and garbage arguments. */
const NOW = new Date('2026-04-10T03:00:00Z'); // 10/04/2026 10:00 in Vietnam

describe('readReportArgs', () => {
  it.each([
    [[], { from: '2026-04-01', to: '2026-04-10', region: null, format: 'table' }],
    [['--to', '15/03/2026'], { from: '2026-03-01', to: '2026-03-15', region: null, format: 'table' }],
    [
      ['--from', '1-2-2026', '--to', '2026-2-28'],
      { from: '2026-02-01', to: '2026-02-28', region: null, format: 'table' },
    ],
    [['--from', '05.04.2026'], { from: '2026-04-05', to: '2026-04-10', region: null, format: 'table' }],
    [['--region', '19', '--format', 'csv'], { from: '2026-04-01', to: '2026-04-10', region: '19', format: 'csv' }],
    [['--region', '05860'], { from: '2026-04-01', to: '2026-04-10', region: '05860', format: 'table' }],
    [
      ['--from', '10/04/2026', '--to', '10/04/2026'],
      { from: '2026-04-10', to: '2026-04-10', region: null, format: 'table' },
    ],
  ])('%j reads as %j', (args, expected) => {
    expect(readReportArgs(args, NOW)).toEqual({ ...expected, own: {} });
  });

  it.each([
    [['--region', 'Thai Nguyen'], '--region is a 2-digit province code (e.g. 19) or a 5-digit commune code'],
    [['--region', '7'], '--region is a 2-digit province code (e.g. 19) or a 5-digit commune code'],
    [['--from', '31/02/2026'], '--from "31/02/2026" is not a date; write dd/mm/yyyy or yyyy-mm-dd'],
    [['--to', 'yesterday'], '--to "yesterday" is not a date; write dd/mm/yyyy or yyyy-mm-dd'],
    [['--to', '2026/04/01'], '--to "2026/04/01" is not a date; write dd/mm/yyyy or yyyy-mm-dd'],
    [['--from', '2026-04-01', '--to', '2026-03-01'], '--from (01/04/2026) is after --to (01/03/2026)'],
    [['--from', '11/04/2026'], '--from (11/04/2026) is after --to (10/04/2026)'],
    [['--format', 'xlsx'], '--format must be one of table, csv'],
    [['--colour', 'red'], /Unknown option '--colour'/],
    [['--breakdown', 'sex'], /Unknown option '--breakdown'/],
    [['extra'], /Unexpected argument 'extra'/],
    [['--from'], /Option '--from <value>' argument missing/],
  ])('%j is a usage error: %s', (args, message) => {
    expect(() => readReportArgs(args, NOW)).toThrow(UsageError);
    expect(() => readReportArgs(args, NOW)).toThrow(message);
  });

  it("returns the command's own options as given, absent ones left out", () => {
    expect(readReportArgs(['--breakdown', 'sex', '--format', 'csv'], NOW, ['breakdown']).own).toEqual({
      breakdown: 'sex',
    });
    expect(readReportArgs([], NOW, ['breakdown']).own).toEqual({});
  });
});

describe('reportDate', () => {
  it.each([
    ['20/12/2026', '2026-12-20'],
    ['1/2/2027', '2027-02-01'],
    [' 2028-2-29 ', '2028-02-29'],
  ])('%s → %s', (text, iso) => expect(reportDate('--from', text)).toBe(iso));

  it.each(['29/02/2027', '2026-13-01', '00/01/2026', '20/12/26', '20/12-2026'])('%s is not a date', (text) =>
    expect(() => reportDate('--to', text)).toThrow(`--to ${JSON.stringify(text)} is not a date`),
  );
});
