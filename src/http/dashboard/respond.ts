import type { FastifyReply } from 'fastify';
import type { Lang } from '../../kernel/i18n/index.ts';
import { t } from '../../dashboard/messages.ts';
import type { SafeHtml } from '../../dashboard/pages/html.ts';
import { messagePage } from '../../dashboard/pages/message-page.ts';

/** How every /dashboard response is sent: its security headers, its cookie, HTML and refusals. */
export const DASHBOARD_PATH = '/dashboard';
export const LOGIN_PATH = `${DASHBOARD_PATH}/login`;
/**
 * The session cookie. Its Path is / because one session opens both /dashboard and (for an ADMIN_TOKEN session)
 * /admin/queues; HttpOnly and SameSite=Strict keep it from scripts and from other sites' requests.
 */
export const SESSION_COOKIE = 'knvl_session';

/** Nothing loads from anywhere (no script at all), styles are inline, charts are inline SVG; no framing. */
export const CONTENT_SECURITY_POLICY =
  "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'; form-action 'self'; base-uri 'none'";

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
};

export function sendHtml(reply: FastifyReply, status: number, body: SafeHtml): FastifyReply {
  return reply.code(status).type('text/html; charset=utf-8').send(body.value);
}

/**
 * A refusal or notice page; `newLink` adds how to get a new login link, `adminLogin` a link to the admins' sign-in
 * form.
 */
export function sendMessage(
  reply: FastifyReply,
  lang: Lang,
  status: number,
  lines: readonly string[],
  options: { newLink?: boolean; adminLogin?: boolean; back?: boolean; title?: string } = {},
): FastifyReply {
  const all = options.newLink ? [...lines, t(lang, 'dashboard.login.new_link')] : lines;
  const title = options.title ?? (status >= 400 ? t(lang, 'dashboard.error.title') : t(lang, 'dashboard.title'));
  return sendHtml(
    reply,
    status,
    messagePage(lang, { title, lines: all, back: options.back, adminLogin: options.adminLogin }),
  );
}

export function sessionCookie(value: string, maxAgeSeconds: number, secure: boolean): string {
  return `${SESSION_COOKIE}=${value}; Path=/; HttpOnly; SameSite=Strict; Max-Age=${maxAgeSeconds}${secure ? '; Secure' : ''}`;
}

export function clearedCookie(secure: boolean): string {
  return sessionCookie('', 0, secure);
}
