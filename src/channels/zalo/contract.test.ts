import { runAdapterContract } from '../../../test/contract/adapter-contract.ts';
import { startFakeZaloApi, zaloTextUpdate, type ZaloFailKind } from '../../../test/fakes/zalo-api.ts';
import { createZaloAdapter, ZALO_TEXT_LIMIT } from './adapter.ts';
import { createZaloClient } from './client.ts';

runAdapterContract('zalo', async () => {
  const fake = await startFakeZaloApi({ knownChats: ['chat-a'] });
  const adapter = createZaloAdapter({ client: createZaloClient({ token: fake.token, apiRoot: fake.apiRoot }) });
  return {
    adapter,
    textLimit: ZALO_TEXT_LIMIT,
    // flat, as live traffic has it
    rawText: (chatId, text) => zaloTextUpdate({ chatId, text }),
    delivered: (chatId) => fake.delivered(chatId),
    failNext: (kind, retryAfterSeconds) => {
      if (kind === 'blocked') throw new Error('Zalo documents no block signal');
      fake.failNext(kind satisfies ZaloFailKind, retryAfterSeconds !== undefined ? { retryAfterSeconds } : {});
    },
    // No 'blocked': Zalo documents no block event or error code.
    supports: ['rate_limited', 'server_error', 'unknown_chat', 'bad_token'],
    close: () => fake.close(),
  };
});
