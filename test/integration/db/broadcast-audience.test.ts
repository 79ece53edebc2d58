import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  audienceFromBreakdown,
  countBroadcastAudience,
  loadAudienceBreakdown,
} from '../../../src/db/broadcast-audience.ts';
import { DAI_TU, PHO_YEN, seedAudience } from '../../harness/broadcast-audience.ts';
import { backends, type OpenedDatabase } from '../../harness/databases.ts';

/**
 * The recipients of a broadcast, counted by the fan-out's rule over a seeded set of people and group chats in Thái
 * Nguyên (19) (test/harness/broadcast-audience.ts), on PostgreSQL and PGlite; /phatsong shows these counts
 * (test/integration/features/broadcast.test.ts).
 */
describe.each(backends)('the broadcast audience, on $name', (backend) => {
  let opened: OpenedDatabase;

  beforeAll(async () => {
    opened = await backend.open();
    const haNoi = await opened.handle.db
      .selectFrom('regions')
      .select('code')
      .where('province_code', '=', '01')
      .where('level', '=', 'commune')
      .limit(1)
      .executeTakeFirstOrThrow();
    await seedAudience(opened.handle.db, haNoi.code);
  });
  afterAll(async () => opened?.cleanup());

  it('counts the audience by the fan-out rule', async () => {
    const db = opened.handle.db;
    // Province: ok, Đại Từ, two-chats, poor+consent, poor without consent, poor with consent withdrawn = 6 people;
    // chats subscribed to Phổ Yên and to the province = 2.
    expect(await countBroadcastAudience(db, ['19'], [])).toEqual({ people: 6, groupChats: 2 });
    // Phổ Yên alone: not Đại Từ, and not the province-level group chat.
    expect(await countBroadcastAudience(db, [PHO_YEN], [])).toEqual({ people: 5, groupChats: 1 });
    expect(await countBroadcastAudience(db, [DAI_TU], [])).toEqual({ people: 1, groupChats: 0 });
    expect(await countBroadcastAudience(db, [PHO_YEN, DAI_TU], [])).toEqual({ people: 6, groupChats: 1 });
    // Priority groups: only the one with a standing priority_status consent; never group chats.
    expect(await countBroadcastAudience(db, ['19'], ['poor'])).toEqual({ people: 1, groupChats: 0 });
    expect(await countBroadcastAudience(db, ['19'], ['poor', 'disability'])).toEqual({ people: 1, groupChats: 0 });
    expect(await countBroadcastAudience(db, ['19'], ['near_poor'])).toEqual({ people: 0, groupChats: 0 });
    expect(await countBroadcastAudience(db, [], [])).toEqual({ people: 0, groupChats: 0 });
    // The breakdown the preview uses gives the same numbers.
    for (const targets of [['19'], [PHO_YEN], [DAI_TU, PHO_YEN]]) {
      const breakdown = await loadAudienceBreakdown(db, targets);
      for (const groups of [[], ['poor'], ['near_poor'], ['poor', 'disability']]) {
        expect(audienceFromBreakdown(breakdown, groups)).toEqual(await countBroadcastAudience(db, targets, groups));
      }
    }
  });
});
