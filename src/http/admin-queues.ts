import { createHmac, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { QUEUE_NAMES } from '../queue/names.ts';
import type { QueueRegistry } from '../queue/queues.ts';

/**
 * The queue dashboard (Bull Board) at /admin/queues: every queue of src/queue/names.ts, read-only.
 *
 * Off (404, as if it did not exist) unless ADMIN_TOKEN is set. Then every request under /admin/queues needs the
 * token: `Authorization: Bearer <token>` (scripts), or a browser opens `/admin/queues?token=<token>` once, gets an
 * HttpOnly cookie (a keyed hash of the token, never the token itself) and is redirected to the same page without
 * the token in its address. A wrong or missing token gets 401; changing ADMIN_TOKEN logs every browser out.
 * Only GET and HEAD pass: the board is read-only in its UI and, here, on the wire too. Bull Board (and the static
 * file and template plugins it brings) is loaded only when the dashboard is on, so start-up pays nothing otherwise.
 */
export const ADMIN_QUEUES_PATH = '/admin/queues';
export const ADMIN_COOKIE = 'knvl_admin';
const COOKIE_MAX_AGE_S = 12 * 3600;

export interface AdminQueuesOptions {
  adminToken: string | null;
  queues: QueueRegistry;
}

/** Same length, constant time. (Also used by /dashboard.) */
export function sameSecret(given: string, expected: string): boolean {
  const a = createHmac('sha256', 'knvl-compare').update(given).digest();
  const b = createHmac('sha256', 'knvl-compare').update(expected).digest();
  return timingSafeEqual(a, b);
}

/** What the cookie holds: derived from the token, useless elsewhere, and invalid once the token changes. */
export function adminCookieValue(adminToken: string): string {
  return createHmac('sha256', adminToken).update('knvl admin queues session').digest('base64url');
}

/** A cookie's value from the request's Cookie header, or null. (Also used by /dashboard.) */
export function cookieNamed(request: FastifyRequest, name: string): string | null {
  const header = request.headers.cookie;
  if (!header) return null;
  for (const part of header.split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return value.join('=');
  }
  return null;
}

function refuse(reply: FastifyReply, status: 401 | 405, message: string): FastifyReply {
  if (status === 401) reply.header('www-authenticate', 'Bearer realm="admin"');
  return reply.code(status).header('cache-control', 'no-store').send({ error: message });
}

function authenticate(adminToken: string) {
  const session = adminCookieValue(adminToken);
  return async (request: FastifyRequest, reply: FastifyReply) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return refuse(reply, 405, 'the queue dashboard is read-only');

    const url = new URL(request.url, 'http://localhost');
    const fromQuery = url.searchParams.get('token');
    if (fromQuery !== null) {
      if (!sameSecret(fromQuery, adminToken)) return refuse(reply, 401, 'wrong admin token');
      url.searchParams.delete('token');
      const secure = request.protocol === 'https' ? '; Secure' : '';
      return reply
        .code(303)
        .header('set-cookie', `${ADMIN_COOKIE}=${session}; Path=${ADMIN_QUEUES_PATH}; HttpOnly; SameSite=Lax; Max-Age=${COOKIE_MAX_AGE_S}${secure}`)
        .header('cache-control', 'no-store')
        .header('referrer-policy', 'no-referrer')
        .header('location', `${url.pathname}${url.search}`)
        .send();
    }

    const authorization = request.headers.authorization;
    if (authorization !== undefined) {
      const bearer = /^Bearer\s+(\S+)\s*$/i.exec(authorization)?.[1];
      if (bearer === undefined || !sameSecret(bearer, adminToken)) return refuse(reply, 401, 'wrong admin token');
      return;
    }
    const cookie = cookieNamed(request, ADMIN_COOKIE);
    if (cookie !== null && sameSecret(cookie, session)) return;
    return refuse(reply, 401, `admin token needed: send "Authorization: Bearer <ADMIN_TOKEN>", or open ${ADMIN_QUEUES_PATH}?token=<ADMIN_TOKEN> in a browser`);
  };
}

/** A route registrar for buildHttpApp; registers nothing when ADMIN_TOKEN is unset. */
export function adminQueuesRoutes(options: AdminQueuesOptions): (app: FastifyInstance) => void {
  const { adminToken, queues } = options;
  return (app) => {
    if (!adminToken) return;
    void app.register(async (scope) => {
      scope.addHook('onRequest', authenticate(adminToken));
      const [{ createBullBoard }, { BullMQAdapter }, { FastifyAdapter }] = await Promise.all([
        import('@bull-board/api'),
        import('@bull-board/api/bullMQAdapter'),
        import('@bull-board/fastify'),
      ]);
      const serverAdapter = new FastifyAdapter();
      serverAdapter.setBasePath(ADMIN_QUEUES_PATH);
      createBullBoard({
        queues: QUEUE_NAMES.map((name) => new BullMQAdapter(queues[name], { readOnlyMode: true, allowRetries: false })),
        serverAdapter,
        options: { uiConfig: { boardTitle: 'Kết Nối Việc Làm' } },
      });
      await scope.register(serverAdapter.registerPlugin(), { prefix: ADMIN_QUEUES_PATH });
    });
  };
}
