import type { Lang } from '../../kernel/i18n/index.ts';
import { t } from '../messages.ts';
import { html, type SafeHtml } from './html.ts';
import { page } from './layout.ts';

/**
 * The dashboard's short pages: a refusal or a notice in plain words (a used or expired link, a region outside the
 * viewer's scope, signed out), and the login page whose button spends a one-time link. (The admins' sign-in form
 * is in admin-login-page.ts.) Pure.
 */
export function messagePage(
  lang: Lang,
  options: { title: string; lines: readonly string[]; back?: boolean; adminLogin?: boolean },
): SafeHtml {
  const body = html`<div class="message" id="message"><h2>${options.title}</h2>${options.lines.map((line) => html`<p>${line}</p>`)}
${options.back ? html`<p><a href="/dashboard">${t(lang, 'dashboard.back')}</a></p>` : null}${options.adminLogin ? html`<p><a href="/dashboard/login" id="admin-login">${t(lang, 'dashboard.admin_login.link')}</a></p>` : null}</div>`;
  return page({ lang, title: t(lang, 'dashboard.title'), body });
}

/**
 * GET /dashboard/login?token=… shows this and spends nothing: the button posts the token. Chat apps fetch the links
 * in messages to draw previews, and such a fetch must not use up an official's one-time link.
 */
export function loginPage(lang: Lang, token: string): SafeHtml {
  const body = html`<div class="message" id="message"><h2>${t(lang, 'dashboard.login.title')}</h2><p>${t(lang, 'dashboard.login.text')}</p>
<form method="post" action="/dashboard/login"><input type="hidden" name="token" value="${token}"><button class="primary" type="submit" id="open">${t(lang, 'dashboard.login.button')}</button></form></div>`;
  return page({ lang, title: t(lang, 'dashboard.title'), body });
}
