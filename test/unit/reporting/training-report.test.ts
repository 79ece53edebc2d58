import { describe, expect, it } from 'vitest';
import { trainingCsv, trainingTableLines } from '../../../src/reporting/training-format.ts';
import type { TrainingBreakdownRow } from '../../../src/reporting/training-queries.ts';
import { shapeTrainingReport, trainingTables } from '../../../src/reporting/training-report.ts';

const row = (
  part: TrainingBreakdownRow['part'],
  key: string | null,
  [trainingWanted, signedUp, enrolled, completed, workingInTrade]: number[],
): TrainingBreakdownRow => ({
  part,
  key,
  trainingWanted: trainingWanted ?? 0,
  signedUp: signedUp ?? 0,
  enrolled: enrolled ?? 0,
  completed: completed ?? 0,
  workingInTrade: workingInTrade ?? 0,
});

/** What the SQL gives for a province: the wishes come as a level row with no key (a wish names no level). */
const ROWS: TrainingBreakdownRow[] = [
  row('level', null, [7, 0, 0, 0, 0]),
  row('level', 'elementary', [0, 14, 12, 6, 2]),
  row('level', 'college', [0, 4, 3, 0, 0]),
  row('occupation', 'garment', [5, 14, 12, 6, 2]),
  row('occupation', 'driver', [2, 4, 3, 0, 0]),
  row('occupation', 'not_a_trade', [9, 9, 9, 9, 9]),
  row('priority_group', 'poor', [1, 7, 6, 5, 0]),
  row('priority_group', 'not_a_group', [9, 9, 9, 9, 9]),
];

describe('training by level, trade and priority group', () => {
  const report = shapeTrainingReport(ROWS);

  it.each([
    [
      'level',
      'college',
      'Cao đẳng',
      { trainingWanted: null, signedUp: 4, enrolled: 3, completed: 0, workingInTrade: 0 },
    ],
    [
      'level',
      'elementary',
      'Sơ cấp',
      { trainingWanted: null, signedUp: 14, enrolled: 12, completed: 6, workingInTrade: 2 },
    ],
    [
      'level',
      'short',
      'Dưới 3 tháng',
      { trainingWanted: null, signedUp: 0, enrolled: 0, completed: 0, workingInTrade: 0 },
    ],
    [
      'occupation',
      'garment',
      'May mặc, dệt, da giày',
      { trainingWanted: 5, signedUp: 14, enrolled: 12, completed: 6, workingInTrade: 2 },
    ],
    [
      'priority_group',
      'poor',
      'Hộ nghèo',
      { trainingWanted: 1, signedUp: 7, enrolled: 6, completed: 5, workingInTrade: 0 },
    ],
    [
      'priority_group',
      'disability',
      'Người khuyết tật',
      { trainingWanted: 0, signedUp: 0, enrolled: 0, completed: 0, workingInTrade: 0 },
    ],
  ] as const)('%s %s', (id, key, name, values) => {
    expect(report[id].find((r) => r.key === key)).toEqual({ key, name, values });
  });

  it('every level and group is listed, in order; trades only where someone counts; unknown keys dropped', () => {
    expect(report.level.map((r) => r.key)).toEqual(['college', 'intermediate', 'elementary', 'short', 'regular']);
    expect(report.occupation.map((r) => r.key)).toEqual(['garment', 'driver']);
    expect(report.priority_group.map((r) => r.key)).toEqual([
      'poor',
      'near_poor',
      'newly_out_of_poverty',
      'ethnic_minority',
      'disability',
    ]);
  });

  it('the tables: small counts of people "<5", zeros and unknowns as they are; no total row', () => {
    const [level, occupation, groups] = trainingTables(report, 'en');
    expect(level?.id).toBe('training_level');
    expect(level?.title).toBe('Training by level');
    expect(level?.measureHeaders).toEqual([
      'Wanting training',
      'Signed up for a course',
      'Enrolled',
      'Completed a course',
      'Working in the trade',
    ]);
    expect(level?.rows.slice(0, 3)).toEqual([
      { keys: ['College'], values: [null, '<5', '<5', 0, 0], isTotal: false },
      { keys: ['Intermediate'], values: [null, 0, 0, 0, 0], isTotal: false },
      { keys: ['Elementary'], values: [null, 14, 12, 6, '<5'], isTotal: false },
    ]);
    expect(occupation?.rows.map((r) => r.values)).toEqual([
      [5, 14, 12, 6, '<5'],
      ['<5', '<5', '<5', 0, 0],
    ]);
    expect(groups?.rows[0]?.values).toEqual(['<5', 7, 6, 5, 0]);
    expect(groups?.notes).toEqual([
      'Only people who agreed to give their priority status; one person can be in several groups.',
    ]);
  });

  it('the CLI: aligned tables with their notes, and one CSV naming each row’s table', () => {
    const lines = trainingTableLines(report);
    expect(lines.slice(0, 5)).toEqual([
      '',
      'Training by level',
      '',
      'Group             Wanting training  Signed up for a course  Enrolled  Completed a course  Working in the trade',
      '----------------  ----------------  ----------------------  --------  ------------------  --------------------',
    ]);
    expect(lines).toContain(
      'College                          —                      <5        <5                   0                     0',
    );
    expect(lines).toContain("By the course's level; people wanting training choose a trade, not a level.");
    expect(trainingCsv(report).slice(0, 2)).toEqual([
      '\uFEFFtable,key,name,training_wanted,signed_up,enrolled,completed,working_in_trade',
      'level,college,Cao đẳng,,<5,<5,0,0',
    ]);
    expect(trainingCsv(report)).toContain('occupation,garment,"May mặc, dệt, da giày",5,14,12,6,<5');
    expect(trainingCsv(report)).toHaveLength(1 + 5 + 2 + 5);
  });
});
