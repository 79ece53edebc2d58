/**
 * Removes a bot token from text that may reach an error message, a SendFailure detail or a log line.
 * Both platforms put the token in the URL path (`/bot<token>/<method>`), so any error that quotes the URL
 * (node-fetch and undici do) quotes the token.
 */
const HIDDEN = '[redacted]';
/** Any `/bot<something>` path segment (not a `//bot...` host), whatever the token looks like. */
const BOT_PATH = /(?<!\/)\/bot[^/\s?#"']+/g;

export function hideToken(text: string, token: string | undefined): string {
  let out = text;
  if (token) {
    for (const form of new Set([token, encodeURIComponent(token), encodeURI(token)])) {
      if (form && out.includes(form)) out = out.split(form).join(HIDDEN);
    }
  }
  return out.replace(BOT_PATH, `/bot${HIDDEN}`);
}
