/**
 * A bare Fastify app with the simulator routes and an echo "bot": every message gets "Bạn nói: …" back with
 * two choices, so a test can see a reply arrive and press a button. Shared by the integration and browser tests.
 */
import rateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyInstance } from 'fastify';
import { createSimulatorAdapter, type SimulatorAdapter } from '../adapter.ts';
import type { InboundMessage } from '../../../kernel/message.ts';
import type { SimulatorLimits } from '../../../http/simulator/limits.ts';
import { registerSimulatorRoutes } from '../../../http/simulator-routes.ts';

export const ECHO_CHOICES = [
  { id: 'agree', label: 'Đồng ý' },
  { id: 'disagree', label: 'Không đồng ý' },
];

export interface EchoApp {
  app: FastifyInstance;
  adapter: SimulatorAdapter;
  url: string;
  /** Every batch onInbound received, in order. */
  received: InboundMessage[][];
  close(): Promise<void>;
}

export interface EchoAppOptions {
  pingIntervalMs?: number;
  failInbound?: boolean;
  /** SIMULATOR_TOKEN. */
  token?: string;
  limits?: Partial<SimulatorLimits>;
  /** Believe X-Forwarded-For, so a test can speak from several addresses. */
  trustProxy?: boolean;
}

export async function startEchoApp(options: EchoAppOptions = {}): Promise<EchoApp> {
  const adapter = createSimulatorAdapter();
  const received: InboundMessage[][] = [];
  const app = Fastify({ bodyLimit: 256 * 1024, trustProxy: options.trustProxy ?? false });
  // As src/http/app.ts does: the simulator's routes opt in to per-address limits.
  await app.register(rateLimit, { global: false });
  registerSimulatorRoutes(app, {
    adapter,
    ...(options.pingIntervalMs ? { pingIntervalMs: options.pingIntervalMs } : {}),
    ...(options.token ? { token: options.token } : {}),
    ...(options.limits ? { limits: options.limits } : {}),
    onInbound: async (messages) => {
      received.push(messages);
      if (options.failInbound) throw new Error('the bot fell over');
      for (const message of messages) {
        const said = message.text ?? `choice:${message.choiceId}`;
        await adapter.send(message.chatId, { text: `Bạn nói: ${said}`, choices: ECHO_CHOICES });
      }
    },
  });
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  return { app, adapter, url: address, received, close: () => app.close() };
}
