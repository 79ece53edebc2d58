/**
 * Text for a spreadsheet cell. Excel and LibreOffice run a cell that starts with = + - @ (or a tab or a carriage
 * return, which some of them skip) as a formula — "CSV injection" — so such text gets a leading apostrophe, which
 * they show as plain text. A number written as text ("-5", "1.234") is left alone. Pure.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
const NUMBER = /^-?\d+(?:[.,]\d+)*$/;

export function inertCellText(text: string): string {
  return FORMULA_START.test(text) && !NUMBER.test(text) ? `'${text}` : text;
}

/** A CSV field: inert, and quoted when it holds a comma, a quote or a line break. */
export function csvField(text: string): string {
  const inert = inertCellText(text);
  return /[",\r\n]/.test(inert) ? `"${inert.replace(/"/g, '""')}"` : inert;
}
