import { describe, expect } from 'vitest';
import { test, type World } from '../../harness/world.ts';

/**
 * Registration's optional training question through the chat pipeline: asked once, last of the extras; the trades
 * named are written with the time asked, and a pass writes the time alone. /theodoi shows and changes them.
 */
const REGISTER = ['/dangky', '1', '1995', 'Phổ Yên', '1', '2', '2', '1'];
/** Name, phone and priority status passed. */
const PASS_EXTRAS = ['bỏ qua', 'bỏ qua', '2'];

const training = async ({ db, personOf }: World, who: string) =>
  db
    .selectFrom('worker_profiles')
    .select(['training_occupations', 'training_asked_at'])
    .where('person_id', '=', await personOf(who))
    .executeTakeFirstOrThrow();

describe('the training question after registration', () => {
  test('the trades named are kept with the time asked', async ({ world, say }) => {
    await world.sayAll('Học viên Hà', REGISTER);
    const question = await world.sayAll('Học viên Hà', PASS_EXTRAS);
    expect(question).toContain('Bạn có muốn học nghề không?');
    expect(await training(world, 'Học viên Hà')).toEqual({ training_occupations: [], training_asked_at: null });
    const done = await say('Học viên Hà', 'hàn và 2');
    expect(done).toContain('Mình sẽ báo bạn khi có khoá học nghề');
    expect(done).toContain('Xong rồi');
    const row = await training(world, 'Học viên Hà');
    expect([...row.training_occupations].sort()).toEqual(['garment', 'mechanic_welding']);
    expect(row.training_asked_at).toBeInstanceOf(Date);
  });

  test('"bỏ qua" passes it: nothing to learn, the time asked kept, and /dangky again does not ask it', async ({
    world,
    say,
  }) => {
    await world.sayAll('Học viên Bình', [...REGISTER, ...PASS_EXTRAS]);
    expect(await say('Học viên Bình', 'bỏ qua')).toContain('Xong rồi');
    const row = await training(world, 'Học viên Bình');
    expect(row.training_occupations).toEqual([]);
    expect(row.training_asked_at).toBeInstanceOf(Date);
    // Editing the profile later: saving goes through the extras left, never the training question again.
    const again = await world.sayAll('Học viên Bình', ['/dangky', '1']);
    expect(again).not.toContain('Bạn có muốn học nghề không?');
  });

  test('/theodoi shows the trades to learn and changes them', async ({ world, say }) => {
    expect(await world.sayAll('Học viên Bình', ['/theodoi', '1', '10'])).toContain('Bạn có muốn học nghề không?');
    const summary = await say('Học viên Bình', 'thợ may');
    expect(summary).toContain('🎓 Muốn học nghề: May mặc');
    expect((await training(world, 'Học viên Bình')).training_occupations).toEqual(['garment']);
    expect(await world.sayAll('Học viên Bình', ['1', '10'])).toContain('Đang lưu: May mặc');
    expect(await say('Học viên Bình', 'bỏ qua')).toContain('Đã bỏ nghề muốn học');
    expect((await training(world, 'Học viên Bình')).training_occupations).toEqual([]);
  });
});
