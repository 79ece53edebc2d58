import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { SimulatorAdapter } from '../../../src/channels/simulator/adapter.ts';
import type { InboundPipeline } from '../../../src/inbound/pipeline.ts';
import type { InboundMessage } from '../../../src/kernel/message.ts';
import { openDatabase, type DatabaseHandle } from '../../../src/db/connect.ts';
import { migrateToLatest } from '../../../src/db/migrate.ts';
import { createDialogEngine } from '../../../src/engine/run.ts';
import type { DialogHandler } from '../../../src/engine/dialog-handler.ts';
import { REGISTRY } from '../../../src/features/index.ts';
import { startChatPipeline, type ChatPipeline } from '../../harness/chat-pipeline.ts';
import { createTestDatabase } from '../../harness/postgres.ts';

describe('the inbound pipeline with real PostgreSQL and Redis, on the simulator channel', () => {
  let database: { url: string; drop: () => Promise<void> };
  let handle: DatabaseHandle;
  let chat: ChatPipeline;
  let simulator: SimulatorAdapter;
  let pipeline: InboundPipeline;
  let failNextDialog = false;

  beforeAll(async () => {
    database = await createTestDatabase(inject('postgresUrl'), 'inbound');
    handle = await openDatabase({ databaseUrl: database.url, dataDir: '/tmp' });
    await migrateToLatest(handle.db);
    const engine = createDialogEngine(handle.db, REGISTRY);
    const handler: DialogHandler = async (input) => {
      if (failNextDialog) {
        failNextDialog = false;
        throw new Error('dialog bug');
      }
      return engine(input);
    };
    chat = startChatPipeline(handle.db, { handler });
    ({ simulator, pipeline } = chat);
  });
  afterAll(async () => {
    chat.close();
    await handle.close();
    await database.drop();
  });

  const say = (user: string, text: string) => pipeline.accept('simulator', { user, text });
  const texts = (user: string) =>
    simulator.history(simulator.receive({ user, text: 'x' })[0]!.chatId).map((e) => e.text);

  it('answers /start with the welcome and the numbered main menu, recording the person once', async () => {
    expect(say('Lan', '/start')).toBe(1);
    await pipeline.drain();
    const [welcome] = texts('Lan');
    expect(welcome).toContain('Xin chào');
    expect(welcome).toMatch(/1\. .+\n2\. .+\n3\. .+\n4\. .+/);
    const identities = await handle.db
      .selectFrom('channel_identities')
      .selectAll()
      .where('channel', '=', 'simulator')
      .execute();
    expect(identities).toHaveLength(1);
    expect(identities[0]!.person_id).not.toBeNull();
    expect(identities[0]!.last_choices).toHaveLength(4);
  });

  it('maps a typed number, or a label without accents, back to the choice offered', async () => {
    say('Lan', '4');
    say('Lan', 'huong dan');
    await pipeline.drain();
    const replies = texts('Lan');
    expect(replies).toHaveLength(3);
    expect(replies[1]).toBe(replies[2]); // both are the help screen
    expect(replies[1]).not.toBe(replies[0]);
  });

  it('drops a repeated event id', async () => {
    const [message] = simulator.receive({ user: 'Minh', text: '/start' }) as [InboundMessage];
    pipeline.enqueue([message, { ...message }]);
    await pipeline.drain();
    expect(texts('Minh')).toHaveLength(1);
    const events = await handle.db
      .selectFrom('inbound_events')
      .where('event_id', '=', message.eventId)
      .selectAll()
      .execute();
    expect(events).toHaveLength(1);
  });

  it('keeps replies in order per chat', async () => {
    for (let i = 0; i < 10; i += 1) say('Thu', i % 2 === 0 ? '/start' : '4');
    await pipeline.drain();
    const replies = texts('Thu');
    expect(replies).toHaveLength(10);
    for (let i = 0; i < 10; i += 1) expect(replies[i]).toBe(replies[i % 2]);
  });

  it('answers a flood with one notice and then silence, without slowing anyone else', async () => {
    for (let i = 0; i < 30; i += 1) say('Spam', `tin ${i}`);
    say('Hoa', '/start');
    await pipeline.drain();
    const replies = texts('Spam');
    expect(replies.filter((r) => r.includes('nhanh quá'))).toHaveLength(1);
    expect(replies).toHaveLength(21); // 20 answered, then the notice, then nothing
    expect(texts('Hoa')).toHaveLength(1);
  });

  it('ignores group chatter that does not address the bot, writing nothing', async () => {
    const [message] = simulator.receive({ user: 'Nhóm', text: 'chào cả nhà' }) as [InboundMessage];
    pipeline.enqueue([{ ...message, chatType: 'group', addressedToBot: false, chatId: 'group-1' }]);
    await pipeline.drain();
    const rows = await handle.db
      .selectFrom('inbound_events')
      .where('event_id', '=', message.eventId)
      .selectAll()
      .execute();
    expect(rows).toEqual([]);
  });

  it('answers with an apology when a dialog fails, and keeps going', async () => {
    failNextDialog = true;
    say('Tuấn', '/start');
    say('Tuấn', '/start');
    await pipeline.drain();
    const [apology, welcome] = texts('Tuấn');
    expect(apology).toContain('Xin lỗi');
    expect(welcome).toContain('Xin chào');
  });
});
