/**
 * SIMULATOR_TOKEN: when it is set, every simulator request needs it. Scripts and the terminal client send
 * `Authorization: Bearer <token>`; a browser signs in once with a small form (POSTed, never in an address) and
 * gets a random session cookie (HttpOnly, SameSite=Strict, Secure on https) kept in memory for 12 hours. Login
 * and logout check that the form was posted from this site. Tokens are compared in constant time.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest, preParsingHookHandler } from 'fastify';
import { type Lang, resolveLang } from '../../kernel/i18n/index.ts';
import { t } from '../../channels/simulator/messages.ts';
import { bearerToken, cookieNamed, sameSecret } from '../credentials.ts';
import { isSameOrigin } from '../same-origin.ts';
import { createCookieSessions, SIMULATOR_SESSION_TTL_MS } from './cookie-sessions.ts';
import type { SimulatorLimits } from './limits.ts';
import { LOGIN_PAGE_HEADERS, SIMULATOR_LOGIN_PATH, SIMULATOR_LOGOUT_PATH, simulatorLoginPage } from './login-page.ts';
import { langOf, perMinute, refuse } from './respond.ts';

export const SIMULATOR_COOKIE = 'knvl_simulator';
const FORM_BODY_LIMIT = 4096;

export interface SimulatorAccessOptions {
  token: string;
  /** PUBLIC_URL is https: the cookie is Secure even when a proxy speaks plain http to us. */
  publicHttps: boolean;
  limits: Pick<SimulatorLimits, 'loginsPerMinute' | 'pagesPerMinute'>;
}

export interface SimulatorAccess {
  /** A preParsing hook for every guarded route: after the rate limit (onRequest), before the body is read. */
  guard: preParsingHookHandler;
  /** GET and POST /simulator/login, POST /simulator/logout; in a scope of their own (they have a form parser). */
  registerLogin(app: FastifyInstance): void;
}

/** The page itself answers unsigned browsers with the form; everything else with JSON. */
function isPage(request: FastifyRequest): boolean {
  return request.routeOptions.url === '/' && (request.method === 'GET' || request.method === 'HEAD');
}

function sendLoginPage(reply: FastifyReply, status: number, lang: Lang, wrong = false): FastifyReply {
  return reply
    .code(status)
    .headers(LOGIN_PAGE_HEADERS)
    .type('text/html; charset=utf-8')
    .send(simulatorLoginPage(lang, { wrong }));
}

function formField(body: unknown, name: string): string | null {
  if (typeof body !== 'object' || body === null) return null;
  const value = (body as Record<string, unknown>)[name];
  return typeof value === 'string' ? value : null;
}

export function createSimulatorAccess(options: SimulatorAccessOptions): SimulatorAccess {
  const { token } = options;
  const sessions = createCookieSessions();
  const maxAgeS = SIMULATOR_SESSION_TTL_MS / 1000;

  const secure = (request: FastifyRequest) => options.publicHttps || request.protocol === 'https';
  const cookie = (request: FastifyRequest, value: string, maxAge: number) =>
    `${SIMULATOR_COOKIE}=${value}; Path=/; HttpOnly; SameSite=Strict; Max-Age=${maxAge}${secure(request) ? '; Secure' : ''}`;

  function signedIn(request: FastifyRequest): boolean {
    const value = cookieNamed(request, SIMULATOR_COOKIE);
    return value !== null && sessions.isOpen(value);
  }

  return {
    guard(request, reply, payload, done) {
      // Callback style: answering here and not calling done() stops the request.
      const bearer = bearerToken(request);
      if (bearer !== null) {
        if (bearer !== undefined && sameSecret(bearer, token)) return done(null, payload);
        reply.header('www-authenticate', 'Bearer realm="simulator"');
        refuse(reply, 401, 'token_wrong', t(langOf(request), 'simulator.error.token_wrong'));
        return;
      }
      if (signedIn(request)) return done(null, payload);
      if (isPage(request)) {
        sendLoginPage(reply, 401, langOf(request));
        return;
      }
      reply.header('www-authenticate', 'Bearer realm="simulator"');
      refuse(reply, 401, 'token_needed', t(langOf(request), 'simulator.error.token_needed'));
    },

    registerLogin(app) {
      void app.register(async (scope) => {
        scope.addContentTypeParser(
          'application/x-www-form-urlencoded',
          { parseAs: 'string', bodyLimit: FORM_BODY_LIMIT },
          (_request, body, done) => {
            done(null, Object.fromEntries(new URLSearchParams(String(body))));
          },
        );

        scope.get(SIMULATOR_LOGIN_PATH, { config: perMinute(options.limits.pagesPerMinute) }, (request, reply) => {
          if (signedIn(request)) return reply.code(303).header('location', '/').send();
          return sendLoginPage(reply, 200, langOf(request));
        });

        scope.post(SIMULATOR_LOGIN_PATH, { config: perMinute(options.limits.loginsPerMinute) }, (request, reply) => {
          const lang = resolveLang(formField(request.body, 'lang') ?? langOf(request));
          if (!isSameOrigin(request)) return refuse(reply, 403, 'cross_site', t(lang, 'simulator.error.cross_site'));
          const given = formField(request.body, 'token');
          if (given === null || !sameSecret(given, token)) return sendLoginPage(reply, 401, lang, true);
          return reply
            .code(303)
            .header('cache-control', 'no-store')
            .header('set-cookie', cookie(request, sessions.open(), maxAgeS))
            .header('location', lang === 'vi' ? '/' : `/?lang=${lang}`)
            .send();
        });

        scope.post(SIMULATOR_LOGOUT_PATH, { config: perMinute(options.limits.pagesPerMinute) }, (request, reply) => {
          if (!isSameOrigin(request))
            return refuse(reply, 403, 'cross_site', t(langOf(request), 'simulator.error.cross_site'));
          const value = cookieNamed(request, SIMULATOR_COOKIE);
          if (value !== null) sessions.close(value);
          return reply
            .code(303)
            .header('cache-control', 'no-store')
            .header('set-cookie', cookie(request, '', 0))
            .header('location', '/')
            .send();
        });
      });
    },
  };
}
