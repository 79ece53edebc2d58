import type { Choice } from '../../kernel/message.ts';
import { BUTTONS_PER_ROW, CALLBACK_DATA_MAX_BYTES, LONG_BUTTON_LABEL, MAX_KEYBOARD_BUTTONS } from './limits.ts';

/**
 * Choices → inline keyboard. Pure. Buttons read "1. Đồng ý", matching the numbered lines in the text, and
 * carry the choice id as callback_data.
 *
 * Layout: if any label is longer than LONG_BUTTON_LABEL characters, one button per row (long labels would
 * be cut off side by side on a phone); otherwise rows of at most BUTTONS_PER_ROW, balanced (4 → 2+2,
 * 5 → 3+2, 7 → 3+2+2). Only the first MAX_KEYBOARD_BUTTONS choices become buttons; the rest are answered
 * by typing their number.
 */

export interface InlineButton {
  text: string;
  callback_data: string;
}

export interface InlineKeyboard {
  inline_keyboard: InlineButton[][];
}

/** A choice id Telegram cannot carry. Ids are ours, so this is a programming error, never user input. */
export class CallbackDataError extends Error {
  constructor(
    readonly choiceId: string,
    readonly bytes: number,
  ) {
    super(
      `choice id ${JSON.stringify(choiceId)} is ${bytes} bytes in UTF-8; Telegram callback_data must be 1-${CALLBACK_DATA_MAX_BYTES} bytes`,
    );
    this.name = 'CallbackDataError';
  }
}

export function assertCallbackData(id: string): void {
  const bytes = Buffer.byteLength(id, 'utf8');
  if (bytes < 1 || bytes > CALLBACK_DATA_MAX_BYTES) throw new CallbackDataError(id, bytes);
}

export function inlineKeyboardFor(choices: readonly Choice[]): InlineKeyboard | null {
  if (choices.length === 0) return null;
  for (const choice of choices) assertCallbackData(choice.id);
  const shown = choices.slice(0, MAX_KEYBOARD_BUTTONS);
  const buttons = shown.map((choice, index) => ({ text: `${index + 1}. ${choice.label}`, callback_data: choice.id }));
  const long = shown.some((choice) => [...choice.label].length > LONG_BUTTON_LABEL);
  const rowCount = long ? buttons.length : Math.ceil(buttons.length / BUTTONS_PER_ROW);
  return { inline_keyboard: balancedRows(buttons, rowCount) };
}

/** Splits items into `rowCount` rows whose lengths differ by at most one, longer rows first. */
function balancedRows<T>(items: readonly T[], rowCount: number): T[][] {
  const rows: T[][] = [];
  let start = 0;
  for (let row = 0; row < rowCount; row += 1) {
    const size = Math.ceil((items.length - start) / (rowCount - row));
    rows.push(items.slice(start, start + size));
    start += size;
  }
  return rows;
}
