import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import { redactJobName, redactJobValue } from '../kernel/job-redaction.ts';
import { findSession } from '../dashboard/sessions.ts';
import type { Database } from '../db/schema.ts';
import { QUEUE_NAMES } from '../messaging/queue/names.ts';
import type { QueueRegistry } from '../messaging/queue/queues.ts';
import { bearerToken, cookieNamed, sameSecret } from './credentials.ts';
import { LOGIN_PATH, SESSION_COOKIE } from './dashboard/respond.ts';

/**
 * The queue dashboard (Bull Board) at /admin/queues: every queue of src/messaging/queue/names.ts, read-only, job data
 * redacted.
 *
 * Off (404, as if it did not exist) unless ADMIN_TOKEN is set. Then every request under /admin/queues needs either
 * `Authorization: Bearer <ADMIN_TOKEN>` (scripts) or the session cookie of an administrator who signed in with the
 * token on the form at /dashboard/login (the same session opens /dashboard). A browser without one is sent to that
 * form; anything else gets 401. The token is never taken from an address: `?token=` is refused and opens nothing.
 * Only GET and HEAD pass: the board is read-only in its UI and, here, on the wire too. Bull Board (and the static
 * file and template plugins it brings) is loaded only when the dashboard is on, so start-up pays nothing otherwise.
 */
export const ADMIN_QUEUES_PATH = '/admin/queues';
const SIGN_IN = `${LOGIN_PATH}?next=queues`;

export interface AdminQueuesOptions {
  adminToken: string | null;
  queues: QueueRegistry;
  /** Where the sign-in sessions are (dashboard_sessions). */
  db: Kysely<Database>;
  now?: () => Date;
}

function refuse(reply: FastifyReply, status: 401 | 403 | 405, message: string): FastifyReply {
  if (status === 401) reply.header('www-authenticate', 'Bearer realm="admin"');
  return reply.code(status).header('cache-control', 'no-store').send({ error: message });
}

/** A page the browser navigates to (the board's own API calls ask for JSON). */
function wantsPage(request: FastifyRequest): boolean {
  return request.method === 'GET' && (request.headers.accept ?? '').includes('text/html');
}

function authenticate(adminToken: string, db: Kysely<Database>, now: () => Date) {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    if (request.method !== 'GET' && request.method !== 'HEAD')
      return refuse(reply, 405, 'the queue dashboard is read-only');
    if (new URL(request.url, 'http://localhost').searchParams.has('token')) {
      return refuse(
        reply,
        401,
        `a token is not accepted in an address: sign in at ${SIGN_IN}, or send "Authorization: Bearer <ADMIN_TOKEN>"`,
      );
    }

    const bearer = bearerToken(request);
    if (bearer !== null) {
      if (bearer !== undefined && sameSecret(bearer, adminToken)) return;
      return refuse(reply, 401, 'wrong admin token');
    }
    const cookie = cookieNamed(request, SESSION_COOKIE);
    const session = cookie === null ? null : await findSession(db, cookie, now(), adminToken);
    if (session?.personId === null) return;
    if (session)
      return refuse(
        reply,
        403,
        `the queue dashboard is for administrators signed in with ADMIN_TOKEN: sign in at ${SIGN_IN}`,
      );
    if (wantsPage(request))
      return reply.code(303).header('cache-control', 'no-store').header('location', SIGN_IN).send();
    return refuse(
      reply,
      401,
      `admin sign-in needed: sign in at ${SIGN_IN}, or send "Authorization: Bearer <ADMIN_TOKEN>"`,
    );
  };
}

/** A route registrar for buildHttpApp; registers nothing when ADMIN_TOKEN is unset. */
export function adminQueuesRoutes(options: AdminQueuesOptions): (app: FastifyInstance) => void {
  const { adminToken, queues, db } = options;
  const now = options.now ?? (() => new Date());
  return (app) => {
    if (!adminToken) return;
    void app.register(async (scope) => {
      scope.addHook('onRequest', authenticate(adminToken, db, now));
      const [{ createBullBoard }, { BullMQAdapter }, { FastifyAdapter }] = await Promise.all([
        import('@bull-board/api'),
        import('@bull-board/api/bullMQAdapter'),
        import('@bull-board/fastify'),
      ]);
      const serverAdapter = new FastifyAdapter();
      serverAdapter.setBasePath(ADMIN_QUEUES_PATH);
      const adapters = QUEUE_NAMES.map((name) => {
        const adapter = new BullMQAdapter(queues[name], { readOnlyMode: true, allowRetries: false });
        // Ids and numbers only, whatever a job carries (src/kernel/job-redaction.ts).
        adapter.setFormatter('data', (data) => redactJobValue(data));
        adapter.setFormatter('returnValue', (value) => redactJobValue(value));
        adapter.setFormatter('progress', (progress) => redactJobValue(progress));
        adapter.setFormatter('name', (job: { name?: unknown }) => redactJobName(job.name));
        return adapter;
      });
      createBullBoard({ queues: adapters, serverAdapter, options: { uiConfig: { boardTitle: 'Kết Nối Việc Làm' } } });
      await scope.register(serverAdapter.registerPlugin(), { prefix: ADMIN_QUEUES_PATH });
    });
  };
}
