/**
 * Who a simulator user is: a display name typed on the page or after `--as`, turned into a stable chat id.
 * "Lan", "lan", " Lan " and "LAN" are one person (the name is folded, as the bot folds what people type);
 * names whose letters folding cannot spell in ASCII ("Лан", "李") keep a short hash so they stay distinct.
 */
import { createHash } from 'node:crypto';
import { fold } from '../../kernel/fold.ts';

/** Longest display name, counted in characters after NFC and trimming. */
export const SIMULATOR_NAME_MAX = 40;

const CHAT_ID_PREFIX = 'sim-';
/** Chat ids stay short ASCII (ids travel in URLs, logs and database keys); this is a hard cap. */
const CHAT_ID_MAX = 64;
const CONTROL = /\p{Cc}|\p{Cf}/u;

/** The name as it is shown: NFC, inner whitespace collapsed, trimmed. */
export function normaliseSimulatorName(name: string): string {
  return name.normalize('NFC').replace(/\s+/g, ' ').trim();
}

export type NameProblem = 'user_missing' | 'user_too_long' | 'user_invalid';

/** Why a display name cannot be used, or null when it can. */
export function simulatorNameProblem(name: string): NameProblem | null {
  const tidy = normaliseSimulatorName(name);
  if (tidy.length === 0) return 'user_missing';
  if ([...tidy].length > SIMULATOR_NAME_MAX) return 'user_too_long';
  if (CONTROL.test(tidy)) return 'user_invalid';
  return null;
}

function shortHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 10);
}

/** Letters and digits of a name with accents removed and case folded; what "the same person" means. */
function identityKey(name: string): string {
  return normaliseSimulatorName(name)
    .normalize('NFKD') // as fold() does: full-width "Ｌａｎ" is "Lan"
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * The chat id (and user id) of a display name: `sim-` + a slug of the folded name, e.g. "Cán bộ Hùng" →
 * "sim-can-bo-hung". At most 64 ASCII characters. Callers validate the name first.
 */
export function simulatorChatId(name: string): string {
  const key = identityKey(name);
  const slug = fold(key).replace(/ /g, '-');
  // Folding dropped letters it cannot spell (Cyrillic, Han…), or the name has no letters at all:
  // add a hash of the accent-free name so distinct people keep distinct chats.
  const lossy = /[^a-z0-9 ]/.test(key) || slug.length === 0;
  const hash = lossy ? shortHash(key.length > 0 ? key : normaliseSimulatorName(name)) : '';
  const room = CHAT_ID_MAX - CHAT_ID_PREFIX.length - (hash ? hash.length + 1 : 0);
  const head = slug.slice(0, room).replace(/-+$/, '');
  return CHAT_ID_PREFIX + [head, hash].filter((part) => part.length > 0).join('-');
}
