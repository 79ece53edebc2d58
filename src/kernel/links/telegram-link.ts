/** The Telegram deep link that opens the bot with a payload: https://t.me/<bot>?start=<payload>. Pure. */
export function telegramLink(botUsername: string, payload: string): string {
  return `https://t.me/${botUsername.replace(/^@/, '')}?start=${payload}`;
}

/** A Telegram bot username: 5–32 letters, digits and "_", ending in "bot" (any case). */
export function isBotUsername(name: string): boolean {
  return /^@?[A-Za-z][A-Za-z0-9_]{3,31}$/.test(name) && /bot$/i.test(name);
}
