/**
 * The code on a worker's ticket to an event, typed at the door by an official or an employer ("K7M2QD"): six
 * characters from an alphabet without look-alikes (no 0/O, 1/I/L), read back case-insensitively and without spaces
 * or dashes ("k7m 2qd", "K7M-2QD"). Unique per event (the table's constraint); the caller retries on a clash.
 * Pure: the random bytes come from the caller (node:crypto in production, fixed bytes in tests).
 */
export const TICKET_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const TICKET_LENGTH = 6;

/** A code from TICKET_LENGTH random bytes (each byte picks a letter; the slight bias does not matter for a seat). */
export function ticketCode(bytes: Uint8Array): string {
  if (bytes.length < TICKET_LENGTH) throw new Error(`a ticket code needs ${TICKET_LENGTH} random bytes`);
  let code = '';
  for (let i = 0; i < TICKET_LENGTH; i += 1) code += TICKET_ALPHABET[(bytes[i] ?? 0) % TICKET_ALPHABET.length];
  return code;
}

/** A typed code as stored, or null when it cannot be one ("k7m-2qd" → "K7M2QD"; "0" and "O" are not in codes). */
export function readTicketCode(text: string | null): string | null {
  if (text === null) return null;
  const compact = text.toUpperCase().replace(/[\s-]/g, '');
  if (compact.length !== TICKET_LENGTH) return null;
  for (const letter of compact) if (!TICKET_ALPHABET.includes(letter)) return null;
  return compact;
}
