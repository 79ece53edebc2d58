import { describe, expect } from 'vitest';
import { test } from '../../harness/world.ts';
import { seedTraining } from '../reporting/training-dataset.ts';

/**
 * /thongke's training line over the real chat pipeline (issue 15), on the dataset of training-dataset.ts for
 * 15/02–31/03/2026: an official of Thái Nguyên sees their province's wishes, sign-ups, enrolments, completions and
 * people working in the trade; an official of Sơn La only Sơn La's one worker. Counts under 5 read "dưới 5".
 */
describe('/thongke: vocational training', () => {
  test.beforeAll(async ({ world }) => {
    await seedTraining(world.db);
    await world.official('Cán bộ Hùng', { region: '19' });
    await world.official('Cán bộ Sơn', { region: '14' });
  });

  test('each official sees their own province only', async ({ say }) => {
    const range = '/thongke 15/02/2026 - 31/03/2026';
    expect(await say('Cán bộ Hùng', range)).toContain(
      'Học nghề: muốn học dưới 5, đăng ký 8, nhập học 6, hoàn thành dưới 5, làm đúng nghề dưới 5\n',
    );
    expect(await say('Cán bộ Sơn', range)).toContain(
      'Học nghề: muốn học dưới 5, đăng ký dưới 5, nhập học dưới 5, hoàn thành 0, làm đúng nghề 0\n',
    );
  });
});
