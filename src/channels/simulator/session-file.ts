/**
 * The terminal client's memory of who it has been: for each name given to `--as`, the session the server handed
 * out, so `npm run chat -- --as Lan` is the same person next time. One small JSON file (DATA_DIR/
 * simulator-sessions.json), readable by its owner only: a session is as good as a password for that chat.
 * Names are matched as the bot folds them ("Lan" and "lan" are one entry).
 */
import fs from 'node:fs';
import path from 'node:path';
import { simulatorChatId } from './identity.ts';
import { isSimulatorSession, sessionChatId } from './session.ts';

export const SESSION_FILE_NAME = 'simulator-sessions.json';

export interface SavedPerson {
  name: string;
  session: string;
  chatId: string;
}

interface SessionFile {
  people: Record<string, SavedPerson>;
}

export function sessionFilePath(dataDir: string): string {
  return path.join(dataDir, SESSION_FILE_NAME);
}

/**
 * The folded name, as the in-process identity spells it ("Cán bộ Hùng" → "sim-can-bo-hung"): one entry per person's
 * name.
 */
function keyOf(name: string): string {
  return simulatorChatId(name);
}

/** What the file holds; a missing, unreadable or damaged file (or entry) is as good as none. */
function readFile(file: string): SessionFile {
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return { people: {} };
  }
  const people: Record<string, SavedPerson> = {};
  const entries = typeof raw === 'object' && raw !== null ? (raw as { people?: unknown }).people : null;
  if (typeof entries === 'object' && entries !== null) {
    for (const [key, value] of Object.entries(entries)) {
      const person = value as Partial<SavedPerson> | null;
      if (typeof person?.name !== 'string' || !isSimulatorSession(person.session)) continue;
      people[key] = { name: person.name, session: person.session, chatId: sessionChatId(person.session) };
    }
  }
  return { people };
}

export function readSavedPerson(file: string, name: string): SavedPerson | null {
  return readFile(file).people[keyOf(name)] ?? null;
}

/** Adds or replaces `person`'s entry, keeping the others. Throws when the file cannot be written. */
export function savePerson(file: string, person: SavedPerson): void {
  const contents = readFile(file);
  contents.people[keyOf(person.name)] = person;
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  // Written beside it and renamed over it, so a crash never leaves half a file; 0600 from the first byte.
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    fs.writeFileSync(temporary, `${JSON.stringify(contents, null, 2)}\n`, { mode: 0o600 });
    fs.chmodSync(temporary, 0o600); // in case a stale temporary file had other bits
    fs.renameSync(temporary, file);
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    throw error;
  }
}
