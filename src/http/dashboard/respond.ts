import type { FastifyReply } from 'fastify';
import { t, type Lang } from '../../core/i18n/index.ts';
import type { SafeHtml } from '../../web/html.ts';
import { messagePage } from '../../web/message-page.ts';

/** How every /dashboard response is sent: its security headers, its cookie, HTML and refusals. */
export const DASHBOARD_PATH = '/dashboard';
export const DASHBOARD_COOKIE = 'knvl_dashboard';

/** Nothing loads from anywhere (no script at all), styles are inline, charts are inline SVG; no framing. */
export const CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'; form-action 'self'; base-uri 'none'";

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

/** A refusal or notice page; `newLink` adds how to get a new login link. */
export function sendMessage(reply: FastifyReply, lang: Lang, status: number, lines: readonly string[], options: { newLink?: boolean; back?: boolean; title?: string } = {}): FastifyReply {
  const all = options.newLink ? [...lines, t(lang, 'dashboard.login.new_link')] : lines;
  return sendHtml(reply, status, messagePage(lang, { title: options.title ?? (status >= 400 ? t(lang, 'dashboard.error.title') : t(lang, 'dashboard.title')), lines: all, back: options.back }));
}

export function sessionCookie(value: string, maxAgeSeconds: number, secure: boolean): string {
  return `${DASHBOARD_COOKIE}=${value}; Path=${DASHBOARD_PATH}; HttpOnly; SameSite=Strict; Max-Age=${maxAgeSeconds}${secure ? '; Secure' : ''}`;
}

export function clearedCookie(secure: boolean): string {
  return sessionCookie('', 0, secure);
}
