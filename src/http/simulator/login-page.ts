/**
 * The small form a browser gets instead of the simulator page while SIMULATOR_TOKEN is set and it has not signed
 * in: one password field, POSTed (the token never goes in an address). No script; its few styles are inline and
 * allowed by their hash, so the form needs nothing that the token guards. Pure.
 */
import { createHash } from 'node:crypto';
import type { Lang } from '../../kernel/i18n/index.ts';
import { t } from '../../channels/simulator/messages.ts';
import { html, SafeHtml } from '../../dashboard/pages/html.ts';

export const SIMULATOR_LOGIN_PATH = '/simulator/login';
export const SIMULATOR_LOGOUT_PATH = '/simulator/logout';

const STYLE = `body{font:16px/1.5 system-ui,sans-serif;margin:0;background:#f4f6f8;color:#1b2733}
main{max-width:26rem;margin:12vh auto;padding:1.5rem;background:#fff;border-radius:12px;box-shadow:0 1px 4px rgba(0,0,0,.12)}
h1{font-size:1.3rem;margin:0 0 .5rem}label{display:block;font-weight:600;margin:1rem 0 .3rem}
input{box-sizing:border-box;width:100%;font:inherit;padding:.55rem .7rem;border:1px solid #8a98a8;border-radius:8px}
button{margin-top:1rem;font:inherit;font-weight:600;padding:.55rem 1.2rem;border:0;border-radius:8px;background:#0a5bd3;color:#fff;cursor:pointer}
.error{color:#b00020;font-weight:600}a{color:#0a5bd3}`;

const STYLE_HASH = createHash('sha256').update(STYLE).digest('base64');

/** Nothing loads, nothing runs; the form may post only here; no framing. */
export const LOGIN_PAGE_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': `default-src 'none'; style-src 'sha256-${STYLE_HASH}'; img-src data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'`,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-store',
};

export function simulatorLoginPage(lang: Lang, options: { wrong?: boolean } = {}): string {
  const other: Lang = lang === 'vi' ? 'en' : 'vi';
  return html`<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${t(lang, 'simulator.login.title')}</title>
<link rel="icon" href="data:,">
<style>${new SafeHtml(STYLE)}</style>
</head>
<body>
<main>
<h1>${t(lang, 'simulator.login.title')}</h1>
<p>${t(lang, 'simulator.login.text')}</p>
<form method="post" action="${SIMULATOR_LOGIN_PATH}">
<input type="hidden" name="lang" value="${lang}">
<label for="token">${t(lang, 'simulator.login.label')}</label>
<input id="token" name="token" type="password" autocomplete="current-password" required autofocus${options.wrong ? html` aria-invalid="true" aria-describedby="login-error"` : ''}>
${options.wrong ? html`<p id="login-error" class="error" role="alert">${t(lang, 'simulator.login.wrong')}</p>` : ''}
<button type="submit" id="login">${t(lang, 'simulator.login.button')}</button>
</form>
<p><a href="/?lang=${other}" lang="${other}">${t(lang, 'simulator.login.other_language')}</a></p>
</main>
</body>
</html>
`.value;
}
