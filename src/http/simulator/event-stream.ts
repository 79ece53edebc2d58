/**
 * GET /simulator/events: one Server-Sent Events stream per session (the `X-Simulator-Session` header, never the
 * address), replaying that person's recent messages and then delivering new ones live. Streams are capped per
 * address and in total (429 with a JSON reason past either), and ended when the server closes.
 */
import type { ServerResponse } from 'node:http';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { SimulatorAdapter, SimulatorEvent } from '../../channels/simulator/adapter.ts';
import { isSimulatorSession, SIMULATOR_SESSION_HEADER, sessionChatId } from '../../channels/simulator/session.ts';
import { t } from '../../channels/simulator/messages.ts';
import { langOf, refuse } from './respond.ts';
import type { StreamCaps } from './stream-caps.ts';

export interface EventStreamDeps {
  adapter: SimulatorAdapter;
  caps: StreamCaps;
  /** The per-address cap, for the refusal's wording. */
  streamsPerIp: number;
  pingIntervalMs: number;
  /** Open streams, for the server's close to end them (otherwise close() would wait for them forever). */
  open: Set<ServerResponse>;
}

/** One SSE frame: the event id lets a reconnecting client say where it stopped (Last-Event-ID). */
function frame(event: SimulatorEvent): string {
  return `id: ${event.id}\nevent: message\ndata: ${JSON.stringify(event)}\n\n`;
}

export function openEventStream(
  deps: EventStreamDeps,
  request: FastifyRequest,
  reply: FastifyReply,
): FastifyReply | undefined {
  const lang = langOf(request);
  const session: unknown = request.headers[SIMULATOR_SESSION_HEADER];
  if (!isSimulatorSession(session)) {
    const code = session === undefined || session === '' ? 'session_missing' : 'session_invalid';
    return refuse(reply, 400, code, t(lang, `simulator.error.${code}`));
  }
  const slot = deps.caps.open(request.ip);
  if (!slot.ok) {
    const error =
      slot.reason === 'too_many_streams_ip'
        ? t(lang, 'simulator.error.too_many_streams_ip', { max: deps.streamsPerIp })
        : t(lang, 'simulator.error.too_many_streams_total');
    return refuse(reply, 429, slot.reason, error);
  }
  const chatId = sessionChatId(session);

  reply.hijack();
  const response = reply.raw;
  response.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-cache',
    connection: 'keep-alive',
    'x-accel-buffering': 'no',
    'x-content-type-options': 'nosniff',
  });
  const write = (chunk: string) => {
    if (!response.destroyed && !response.writableEnded) response.write(chunk);
  };
  write('retry: 2000\n\n');

  // Replay, then live: both in this same tick, so nothing sent in between is lost or doubled.
  let replay = deps.adapter.history(chatId);
  const lastEventId = request.headers['last-event-id'];
  if (typeof lastEventId === 'string') {
    const seen = replay.findIndex((event) => event.id === lastEventId);
    if (seen >= 0) replay = replay.slice(seen + 1);
  }
  for (const event of replay) write(frame(event));
  const unsubscribe = deps.adapter.subscribe(chatId, (event) => write(frame(event)));
  const ping = setInterval(() => write(': ping\n\n'), deps.pingIntervalMs);
  deps.open.add(response);

  let closed = false;
  const cleanup = () => {
    if (closed) return;
    closed = true;
    clearInterval(ping);
    unsubscribe();
    slot.release();
    deps.open.delete(response);
  };
  // 'close' fires when the client goes away, when the socket breaks, and after end() on server close.
  response.on('close', cleanup);
  response.on('error', cleanup);
  if (response.destroyed) cleanup(); // gone before we were listening
  return undefined;
}
