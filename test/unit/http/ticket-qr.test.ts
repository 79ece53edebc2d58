import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { ticketQrRoutes } from '../../../src/http/ticket-qr.ts';
import { ticketQrPath } from '../../../src/kernel/events/ticket-qr-path.ts';
import { qrPng } from '../../../src/kernel/links/index.ts';

describe('GET /events/ticket/<code>.png', () => {
  const app = Fastify();
  ticketQrRoutes(app);

  it('draws a well-formed ticket code as a PNG without looking it up', async () => {
    const reply = await app.inject({ method: 'GET', url: ticketQrPath('K7M2QD') });
    expect(reply.statusCode).toBe(200);
    expect(reply.headers['content-type']).toBe('image/png');
    expect(reply.rawPayload.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect(reply.rawPayload.equals(await qrPng('K7M2QD'))).toBe(true);
  });

  it('draws a code typed in lower case as the code itself', async () => {
    const reply = await app.inject({ method: 'GET', url: '/events/ticket/k7m2qd.png' });
    expect(reply.statusCode).toBe(200);
    expect(reply.rawPayload.equals(await qrPng('K7M2QD'))).toBe(true);
  });

  it.each([
    '/events/ticket/K7M2Q0.png',
    '/events/ticket/K7M2Q.png',
    '/events/ticket/K7M2QDX.png',
    '/events/ticket/K7M2QD.jpg',
    '/events/ticket/K7M-2QD.png',
    '/events/ticket/..%2FK7M2QD.png',
    '/events/ticket/.png',
  ])('%s: not found', async (url) => {
    expect((await app.inject({ method: 'GET', url })).statusCode).toBe(404);
  });
});
