/** Registration links: Telegram deep-link payloads, Zalo short codes and the trade codes both use. */
export type { LinkReading, RegistrationLink } from './link.ts';
export { isInviteShaped, linkPayload, PAYLOAD_MAX_LENGTH, parseLinkPayload } from './payload.ts';
export { readShortCode, shortCode } from './short-code.ts';
export { occupationOfTradeCode, TRADE_CODES, tradeCodeOf } from './trade-codes.ts';
export { qrPng, qrSvg, qrTerminal } from './qr.ts';
export { isBotUsername, telegramLink } from './telegram-link.ts';
export { QR_ROUTE, qrPath } from './qr-path.ts';
