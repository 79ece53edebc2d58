import type { FastifyInstance } from 'fastify';
import { parseLinkPayload, QR_ROUTE, qrPng, telegramLink } from '../kernel/links/index.ts';

/**
 * GET /links/qr/<payload>.png: the QR code of a registration link (https://t.me/<bot>?start=<payload>), so that an
 * official's /malienket can send it as a photo by address (Zalo's sendPhoto takes only a URL). Only a valid link
 * payload is drawn (a commune, a trade, a vacancy number: nothing personal), so the route needs no sign-in.
 */
export function linkQrRoutes(telegramBot: string) {
  return (app: FastifyInstance): void => {
    app.get<{ Params: { file: string } }>(QR_ROUTE, async (request, reply) => {
      const payload = /^(.+)\.png$/.exec(request.params.file)?.[1];
      if (!payload || parseLinkPayload(payload) === null) return reply.code(404).send({ error: 'not found' });
      const png = await qrPng(telegramLink(telegramBot, payload));
      return reply.type('image/png').header('cache-control', 'public, max-age=86400').send(png);
    });
  };
}
