import type { Lang } from '../../kernel/i18n/index.ts';
import { t } from '../messages.ts';
import { html, type SafeHtml } from './html.ts';
import { page } from './layout.ts';

/**
 * GET /dashboard/login without a link: the administrators' sign-in form. The token is typed and POSTed in the
 * form's body, so it never appears in an address, a browser's history or a proxy's log. Officials need no token
 * (they ask the bot for a one-time link), and the page says so. `next` is where to go once signed in. Pure.
 */
export type AfterLogin = 'dashboard' | 'queues';

export interface AdminLoginView {
  lang: Lang;
  next: AfterLogin;
  /** Shown above the form: why the last attempt was refused. */
  problems?: readonly string[];
}

export function adminLoginPage(view: AdminLoginView): SafeHtml {
  const { lang } = view;
  const body = html`<div class="message" id="message"><h2>${t(lang, 'dashboard.admin_login.title')}</h2>
${(view.problems ?? []).map((line) => html`<p class="problem">${line}</p>`)}<p>${t(lang, 'dashboard.admin_login.text')}</p>
<form method="post" action="/dashboard/login" class="login" id="admin-login-form">
<label>${t(lang, 'dashboard.admin_login.field')} <input type="password" name="admin_token" id="admin-token" autocomplete="current-password" required></label>
<input type="hidden" name="next" value="${view.next}">
<button class="primary" type="submit" id="sign-in">${t(lang, 'dashboard.admin_login.button')}</button>
</form>
<p class="note">${t(lang, 'dashboard.admin_login.officials')}</p></div>`;
  return page({ lang, title: t(lang, 'dashboard.title'), body });
}
