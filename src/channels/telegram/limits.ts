/**
 * Telegram Bot API limits the adapter fits every message into (https://core.telegram.org/bots/api).
 * Dialogs never see these numbers.
 */

/** sendMessage text, counted after entity parsing; we send plain text, so it is the raw length (UTF-16 units). */
export const TEXT_LIMIT = 4096;
/** sendPhoto caption. */
export const CAPTION_LIMIT = 1024;
/** Inline keyboard callback_data, in UTF-8 bytes (1-64). */
export const CALLBACK_DATA_MAX_BYTES = 64;
/**
 * Telegram accepts up to 100 inline buttons, but a keyboard taller than a phone screen is unusable for the
 * people we serve. Past this many choices the first ones become buttons and the rest are answered by typing
 * their number (every choice is always a numbered line in the text).
 */
export const MAX_KEYBOARD_BUTTONS = 24;
/** Button labels longer than this (in characters) get a row each; shorter ones share rows. */
export const LONG_BUTTON_LABEL = 20;
/** Short buttons per row at most. */
export const BUTTONS_PER_ROW = 3;
