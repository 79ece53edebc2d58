import { runAdapterContract } from '../../../test/contract/adapter-contract.ts';
import { createTelegramAdapter } from './adapter.ts';
import { TEXT_LIMIT } from './limits.ts';
import { startFakeTelegramApi, textUpdate } from '../../../test/fakes/telegram-api.ts';

/** Contract chat labels ("chat-a") as the numeric ids a real update carries. */
function numericId(label: string): number {
  let hash = 0;
  for (const char of label) hash = (hash * 31 + char.charCodeAt(0)) % 1_000_000_000;
  return 6_000_000_000 + hash;
}

runAdapterContract('telegram', async () => {
  const fake = await startFakeTelegramApi({ knownChats: ['chat-a'] });
  const adapter = createTelegramAdapter({ token: fake.token, apiRoot: fake.apiRoot, botUsername: fake.bot.username });
  return {
    adapter,
    textLimit: TEXT_LIMIT,
    rawText: (chatId, text) => textUpdate({ chatId: numericId(chatId), text }),
    delivered: (chatId) => fake.delivered(chatId),
    failNext: (kind, retryAfterSeconds) => fake.failNext(kind, retryAfterSeconds),
    supports: ['rate_limited', 'server_error', 'unknown_chat', 'blocked', 'bad_token'],
    close: () => fake.close(),
  };
});
