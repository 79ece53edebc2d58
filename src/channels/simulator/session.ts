/**
 * Who a simulator user is over HTTP: a session, a random secret handed out when a pane (or the terminal client)
 * adds a person. The person's chat id is a hash of it, so the server keeps no store, the chat id can be shown
 * (an admin needs it to grant a role) without giving the session away, and a display name alone opens nothing:
 * two people both called "Lan" are two sessions, two chats.
 */
import { createHash, randomBytes } from 'node:crypto';

/** 32 random bytes in base64url: 43 characters, 256 bits. */
const SESSION = /^[A-Za-z0-9_-]{43}$/;
const SESSION_BYTES = 32;
/** Hex digits of the hash kept in the chat id: 80 bits, so two sessions never share a chat in practice. */
const CHAT_HASH_LENGTH = 20;

/** The header that carries the session on GET /simulator/events (never the address, where it would be logged). */
export const SIMULATOR_SESSION_HEADER = 'x-simulator-session';

export function newSimulatorSession(): string {
  return randomBytes(SESSION_BYTES).toString('base64url');
}

export function isSimulatorSession(value: unknown): value is string {
  return typeof value === 'string' && SESSION.test(value);
}

/** The chat id (and user id) of a session: `sim-` + 20 hex digits of its SHA-256, e.g. "sim-3f0c9e1a5b7d2c4e6f80". */
export function sessionChatId(session: string): string {
  return `sim-${createHash('sha256').update(`knvl simulator session\n${session}`).digest('hex').slice(0, CHAT_HASH_LENGTH)}`;
}
