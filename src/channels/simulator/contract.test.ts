import { createSimulatorAdapter } from './adapter.ts';
import { runAdapterContract } from '../../../test/contract/adapter-contract.ts';

// The simulator is local: no limits, no platform failures; it still reads, numbers and delivers like the others.
runAdapterContract('simulator', async () => {
  const adapter = createSimulatorAdapter({ historyPerChat: 1000 });
  return {
    adapter,
    textLimit: Number.POSITIVE_INFINITY,
    rawText: (chatId, text) => ({ user: chatId, text }),
    delivered: (chatId) => adapter.history(chatId).map((event) => event.text),
    failNext: () => {
      throw new Error('the simulator has no platform failures');
    },
    supports: [],
    close: async () => undefined,
  };
});
