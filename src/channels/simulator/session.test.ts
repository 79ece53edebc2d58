import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createSimulatorAdapter } from './adapter.ts';
import { simulatorChatId } from './identity.ts';
import { parseSessionRequest, parseSimulatorPost } from './request.ts';
import { readSavedPerson, savePerson, sessionFilePath } from './session-file.ts';
import { isSimulatorSession, newSimulatorSession, sessionChatId } from './session.ts';

const A = 'A'.repeat(43);
const B = 'B'.repeat(43);

describe('session → chat id', () => {
  // Pinned: changing the rule would turn every saved pane and every granted simulator identity into a stranger.
  it.each([
    [A, 'sim-b42ffa679281614c8826'],
    [B, 'sim-589830670405d6ece79b'],
    ['0123456789abcdefghijklmnopqrstuvwxyzABCDEFG', 'sim-a6cd737d927b218be111'],
  ])('%s → %s (sim- and 20 hex digits of a SHA-256)', (session, chatId) => {
    expect(sessionChatId(session)).toBe(chatId); // stable: no store needed, a reload keeps the chat
  });

  it('is a hash: sessions one character apart get unrelated chats, and the chat id does not give the session away', () => {
    const ids = ['A', 'B', 'C', '_', '-'].map((last) => sessionChatId(`${'A'.repeat(42)}${last}`));
    expect(new Set(ids).size).toBe(5);
    for (const id of ids) expect(id).not.toContain('AAAA');
  });

  it('never depends on a name: the same name gives nothing, two sessions give two people', () => {
    const first = newSimulatorSession();
    const second = newSimulatorSession();
    expect(sessionChatId(first)).not.toBe(sessionChatId(second));
    // The name-derived ids of the in-process harness have another shape: no session chat is one of them.
    expect(sessionChatId(first)).not.toBe(simulatorChatId('Lan'));
    expect(simulatorChatId('Lan')).not.toMatch(/^sim-[0-9a-f]{20}$/);
  });

  it('new sessions are 256 random bits in base64url, never repeated', () => {
    const sessions = Array.from({ length: 200 }, () => newSimulatorSession());
    expect(new Set(sessions).size).toBe(200);
    for (const session of sessions) {
      expect(session).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(Buffer.from(session, 'base64url')).toHaveLength(32);
      expect(isSimulatorSession(session)).toBe(true);
    }
  });

  it.each<[unknown, boolean]>([
    [A, true],
    ['A'.repeat(42), false],
    ['A'.repeat(44), false],
    [`${'A'.repeat(42)}=`, false],
    [`${'A'.repeat(42)} `, false],
    [`${'A'.repeat(42)}+`, false],
    ['Lan', false],
    ['', false],
    [null, false],
    [42, false],
    [[A], false],
  ])('isSimulatorSession(%j) is %s', (value, expected) => {
    expect(isSimulatorSession(value)).toBe(expected);
  });
});

describe('POST bodies over HTTP', () => {
  it.each<[unknown, string]>([
    [{ user: 'Lan', text: 'hi' }, 'session_missing'],
    [{ session: null, text: 'hi' }, 'session_missing'],
    [{ session: 'lan', text: 'hi' }, 'session_invalid'],
    [{ session: A, user: '', text: 'hi' }, 'user_missing'],
    [{ session: A, user: 7, text: 'hi' }, 'user_invalid'],
    [{ session: A }, 'empty'],
    [{ session: A, text: 'x'.repeat(4097) }, 'text_too_long'],
    [[{ session: A, text: 'hi' }], 'body_invalid'],
    ['hi', 'body_invalid'],
  ])('a message %j is refused: %s', (raw, problem) => {
    expect(parseSimulatorPost(raw)).toEqual({ ok: false, problem });
  });

  it('a message names its session, and the name is optional', () => {
    expect(parseSimulatorPost({ session: A, user: ' Cán  bộ Hùng ', text: 'hi' })).toEqual({
      ok: true,
      request: { session: A, user: 'Cán bộ Hùng', text: 'hi', choiceId: null },
    });
    expect(parseSimulatorPost({ session: A, choiceId: 'agree', chatId: 'sim-lan' })).toEqual({
      ok: true,
      request: { session: A, user: null, text: null, choiceId: 'agree' },
    });
  });

  it.each<[unknown, string]>([
    [{}, 'name_missing'],
    [{ name: '  ' }, 'name_missing'],
    [{ name: 'x'.repeat(41) }, 'name_too_long'],
    [{ name: 5 }, 'name_invalid'],
    [{ name: 'La\u0007n' }, 'name_invalid'],
    [null, 'body_invalid'],
  ])('asking for a session with %j is refused: %s', (raw, problem) => {
    expect(parseSessionRequest(raw)).toEqual({ ok: false, problem });
  });

  it('the adapter reads a message as the chat it is given, not as the name', () => {
    const adapter = createSimulatorAdapter();
    const [message] = adapter.receiveAs(sessionChatId(A), { user: 'Cán bộ Hùng', text: '/baocao', choiceId: null });
    expect(message).toMatchObject({
      chatId: sessionChatId(A),
      userId: sessionChatId(A),
      displayName: 'Cán bộ Hùng',
      text: '/baocao',
      chatType: 'private',
      addressedToBot: true,
    });
  });
});

describe('the terminal client’s session file', () => {
  const dirs: string[] = [];
  const tempFile = () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'knvl-sessions-'));
    dirs.push(dir);
    return sessionFilePath(path.join(dir, 'data'));
  };
  afterEach(() => {
    for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('remembers a session per name (as the bot folds names), readable by its owner only', () => {
    const file = tempFile();
    expect(readSavedPerson(file, 'Lan')).toBeNull();
    savePerson(file, { name: 'Lan', session: A, chatId: sessionChatId(A) });
    savePerson(file, { name: 'Cán bộ Hùng', session: B, chatId: sessionChatId(B) });
    expect(readSavedPerson(file, 'lan')).toEqual({ name: 'Lan', session: A, chatId: sessionChatId(A) });
    expect(readSavedPerson(file, 'can bo hung')?.session).toBe(B);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(path.basename(file)).toBe('simulator-sessions.json');
    // A new session for a name replaces the old one and keeps the others.
    const fresh = newSimulatorSession();
    savePerson(file, { name: 'LAN', session: fresh, chatId: sessionChatId(fresh) });
    expect(readSavedPerson(file, 'Lan')?.session).toBe(fresh);
    expect(readSavedPerson(file, 'Cán bộ Hùng')?.session).toBe(B);
    expect(fs.readdirSync(path.dirname(file))).toEqual(['simulator-sessions.json']);
  });

  it('a damaged file or entry is as good as none; the chat id is always recomputed from the session', () => {
    const file = tempFile();
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, '{ not json');
    expect(readSavedPerson(file, 'Lan')).toBeNull();
    fs.writeFileSync(
      file,
      JSON.stringify({
        people: {
          'sim-lan': { name: 'Lan', session: 'short' },
          'sim-hoa': { name: 'Hoa', session: A, chatId: 'sim-forged' },
        },
      }),
    );
    expect(readSavedPerson(file, 'Lan')).toBeNull();
    expect(readSavedPerson(file, 'Hoa')).toEqual({ name: 'Hoa', session: A, chatId: sessionChatId(A) });
    savePerson(file, { name: 'Lan', session: B, chatId: sessionChatId(B) });
    expect(readSavedPerson(file, 'Lan')?.session).toBe(B);
  });
});
