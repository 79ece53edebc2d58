import type { FastifyInstance } from 'fastify';
import { readTicketCode } from '../kernel/events/ticket-code.ts';
import { TICKET_QR_ROUTE } from '../kernel/events/ticket-qr-path.ts';
import { qrPng } from '../kernel/links/index.ts';

/**
 * GET /events/ticket/<code>.png: a ticket code as a QR code, sent with the ticket as a photo by address (Zalo's
 * sendPhoto takes only a URL) and read at the door instead of typing the code. Any well-formed code is drawn and none
 * is looked up, so the route needs no sign-in and reveals nothing: not whose ticket it is, nor whether it exists.
 */
export function ticketQrRoutes(app: FastifyInstance): void {
  app.get<{ Params: { file: string } }>(TICKET_QR_ROUTE, async (request, reply) => {
    const code = readTicketCode(/^([A-Za-z0-9]+)\.png$/.exec(request.params.file)?.[1] ?? null);
    if (code === null) return reply.code(404).send({ error: 'not found' });
    const png = await qrPng(code);
    return reply.type('image/png').header('cache-control', 'public, max-age=86400').send(png);
  });
}
