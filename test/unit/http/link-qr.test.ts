import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { linkQrRoutes } from '../../../src/http/link-qr.ts';

describe('GET /links/qr/<payload>.png', () => {
  const app = Fastify();
  linkQrRoutes('KetNoiViecLamBot')(app);

  it('draws the QR code of a valid registration link as a PNG', async () => {
    const reply = await app.inject({ method: 'GET', url: '/links/qr/c05860_omay.png' });
    expect(reply.statusCode).toBe(200);
    expect(reply.headers['content-type']).toBe('image/png');
    expect(reply.rawPayload.subarray(1, 4).toString('ascii')).toBe('PNG');
  });

  it.each(['/links/qr/c99999.png', '/links/qr/c05860.jpg', '/links/qr/ABCD-EFGH.png', '/links/qr/..%2Fetc.png'])(
    '%s: not found',
    async (url) => {
      expect((await app.inject({ method: 'GET', url })).statusCode).toBe(404);
    },
  );
});
