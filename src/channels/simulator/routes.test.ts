import fs from 'node:fs';
import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSimulatorAdapter, type SimulatorEvent } from './adapter.ts';
import { simulatorChatId } from './identity.ts';
import { SIMULATOR_SESSION_HEADER, sessionChatId } from './session.ts';
import { readServerSentEvents, type ServerSentEvent } from './sse-reader.ts';
import { messages, t } from './messages.ts';
import { registerSimulatorRoutes } from '../../http/simulator-routes.ts';
import { waitFor } from '../../../test/harness/free-port.ts';
import { ECHO_CHOICES, type EchoApp, startEchoApp } from './testdata/echo-app.ts';

const { vi, en } = messages;

interface Stream {
  response: Response;
  next(timeoutMs?: number): Promise<ServerSentEvent>;
  close(): void;
}

interface Person {
  session: string;
  chatId: string;
  name: string;
}

/** POST /simulator/sessions: a new person. */
async function addPerson(base: string, name: string, headers: Record<string, string> = {}): Promise<Person> {
  const response = await fetch(`${base}/simulator/sessions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ name }),
  });
  expect(response.status).toBe(201);
  return (await response.json()) as Person;
}

async function openStream(base: string, session: string, headers: Record<string, string> = {}): Promise<Stream> {
  const abort = new AbortController();
  const response = await fetch(`${base}/simulator/events`, {
    headers: { [SIMULATOR_SESSION_HEADER]: session, ...headers },
    signal: abort.signal,
  });
  const events = readServerSentEvents(response.body!);
  const user = session.slice(0, 6);
  return {
    response,
    next: async (timeoutMs = 5000) => {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no event for ${user} within ${timeoutMs} ms`)), timeoutMs);
      });
      try {
        const result = await Promise.race([events.next(), timeout]);
        if (result.done) throw new Error(`the stream for ${user} ended`);
        return result.value;
      } finally {
        clearTimeout(timer);
      }
    },
    close: () => abort.abort(),
  };
}

async function nextMessage(stream: Stream): Promise<SimulatorEvent> {
  const frame = await stream.next();
  expect(frame.event).toBe('message');
  const event = JSON.parse(frame.data) as SimulatorEvent;
  expect(frame.id).toBe(event.id);
  return event;
}

function post(
  base: string,
  body: unknown,
  contentType = 'application/json',
  headers: Record<string, string> = {},
): Promise<Response> {
  return fetch(`${base}/simulator/messages`, {
    method: 'POST',
    headers: { 'content-type': contentType, ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

const echoed = (said: string) => `Bạn nói: ${said}\n\n1. Đồng ý\n2. Không đồng ý`;

describe('simulator routes over real HTTP', () => {
  let echo: EchoApp;
  let base: string;

  beforeAll(async () => {
    echo = await startEchoApp();
    base = echo.url;
  });
  afterAll(async () => {
    await echo.close();
  });

  describe('page and assets', () => {
    it.each([
      ['/', 'text/html; charset=utf-8', 'index.html'],
      ['/simulator/app.js', 'text/javascript; charset=utf-8', 'app.js'],
      ['/simulator/app.css', 'text/css; charset=utf-8', 'app.css'],
    ])('%s is served as %s, from src/channels/simulator/public/%s', async (path, contentType, file) => {
      const response = await fetch(base + path);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe(contentType);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
      expect(await response.text()).toBe(fs.readFileSync(new URL(`./public/${file}`, import.meta.url), 'utf8'));
    });

    it('the page loads its script and style from this server, and nothing from outside', async () => {
      const html = await (await fetch(`${base}/`)).text();
      expect(html).toContain('src="/simulator/app.js"');
      expect(html).toContain('href="/simulator/app.css"');
      const js = await (await fetch(`${base}/simulator/app.js`)).text();
      const css = await (await fetch(`${base}/simulator/app.css`)).text();
      for (const text of [html, js, css]) {
        expect(text).not.toMatch(/(src|href)\s*=\s*["']?(https?:)?\/\//i);
        expect(text).not.toMatch(/url\(\s*["']?(https?:)?\/\//i);
        expect(text).not.toMatch(/@import|import\s*\(|from\s+["']https?:/i);
      }
    });
  });

  describe('GET /simulator/i18n.json', () => {
    it.each([
      ['vi', vi],
      ['en', en],
    ] as const)('gives the page its %s strings from the catalogue', async (lang, catalogue) => {
      const response = await fetch(`${base}/simulator/i18n.json?lang=${lang}`);
      expect(response.headers.get('content-type')).toContain('application/json');
      const body = (await response.json()) as {
        lang: string;
        strings: Record<string, string>;
        limits: Record<string, number>;
        signOut: boolean;
      };
      expect(body.lang).toBe(lang);
      expect(body.limits).toEqual({ nameMax: 40, textMax: 4096 });
      expect(body.signOut).toBe(false); // no SIMULATOR_TOKEN: nothing to sign out of
      expect(body.strings['title']).toBe(catalogue['simulator.page.title']);
      expect(Object.keys(body.strings).length).toBe(
        Object.keys(catalogue).filter((k) => k.startsWith('simulator.page.')).length,
      );
    });

    it('falls back to Vietnamese for an unknown or missing language', async () => {
      for (const query of ['?lang=fr', '', '?lang=EN&lang=vi']) {
        const body = (await (await fetch(`${base}/simulator/i18n.json${query}`)).json()) as { lang: string };
        expect(body.lang).toBe('vi');
      }
    });

    it('has every string the page and its script ask for (the page has no text of its own)', async () => {
      const html = await (await fetch(`${base}/`)).text();
      const js = await (await fetch(`${base}/simulator/app.js`)).text();
      const wanted = new Set(
        [...html.matchAll(/data-i18n="([^"]+)"/g), ...js.matchAll(/\btr\('([^'$]+)'/g)].map((m) => m[1]!),
      );
      for (const m of js.matchAll(/'(suggestion\.[a-z_]+)'/g)) wanted.add(m[1]!);
      for (const state of ['connecting', 'connected', 'reconnecting']) wanted.add(`status.${state}`);
      expect(wanted.size).toBeGreaterThan(20);
      for (const lang of ['vi', 'en']) {
        const { strings } = (await (await fetch(`${base}/simulator/i18n.json?lang=${lang}`)).json()) as {
          strings: Record<string, string>;
        };
        for (const key of wanted) expect(strings[key], `${lang} ${key}`).toBeTruthy();
      }
      // The markup itself holds no words: every text node is empty, a symbol, or the pre-script "…".
      const text = html.replace(/<[^>]+>/g, ' ');
      expect(text.replace(/[\s…×]/g, '')).toBe('');
    });
  });

  describe('POST /simulator/sessions', () => {
    it('hands out a random session and the chat id derived from it', async () => {
      const response = await fetch(`${base}/simulator/sessions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ name: '  Cán  bộ Hùng ' }),
      });
      expect(response.status).toBe(201);
      expect(response.headers.get('cache-control')).toBe('no-store');
      const person = (await response.json()) as Person;
      expect(person.session).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(person.chatId).toBe(sessionChatId(person.session));
      expect(person.name).toBe('Cán bộ Hùng');
    });

    it('two people with the same name are two sessions and two chats', async () => {
      const first = await addPerson(base, 'Lan');
      const second = await addPerson(base, 'Lan');
      expect(second.session).not.toBe(first.session);
      expect(second.chatId).not.toBe(first.chatId);
    });

    it.each<[string, string, string, string]>([
      ['no name', '{}', 'application/json', 'name_missing'],
      ['an empty name', JSON.stringify({ name: '   ' }), 'application/json', 'name_missing'],
      ['a 41-character name', JSON.stringify({ name: 'x'.repeat(41) }), 'application/json', 'name_too_long'],
      ['a number', JSON.stringify({ name: 7 }), 'application/json', 'name_invalid'],
      ['a control character', JSON.stringify({ name: 'La\u0000n' }), 'application/json', 'name_invalid'],
      ['an array', JSON.stringify([{ name: 'Lan' }]), 'application/json', 'body_invalid'],
      ['a form', 'name=Lan', 'application/x-www-form-urlencoded', 'not_json'],
      ['malformed JSON', '{"name": ', 'application/json', 'not_json'],
    ])('%s is a 400 with a reason', async (_name, body, contentType, code) => {
      const response = await fetch(`${base}/simulator/sessions`, {
        method: 'POST',
        headers: { 'content-type': contentType },
        body,
      });
      expect(response.status).toBe(400);
      const answer = (await response.json()) as { error: string; code: string };
      expect(answer.code).toBe(code);
      expect(answer.error.length).toBeGreaterThan(5);
    });
  });

  describe('POST /simulator/messages and the event stream', () => {
    it('answers 202 with the count, hands the message to onInbound as the session’s chat, and the reply arrives on the stream', async () => {
      const lan = await addPerson(base, 'lan');
      const stream = await openStream(base, lan.session);
      try {
        expect(stream.response.status).toBe(200);
        expect(stream.response.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
        expect(stream.response.headers.get('cache-control')).toBe('no-cache');
        await waitFor('the stream to subscribe', async () => expect(echo.adapter.listenerCount(lan.chatId)).toBe(1));

        const response = await post(base, { session: lan.session, user: 'lan', text: '/start' });
        expect(response.status).toBe(202);
        expect(await response.json()).toEqual({ accepted: 1 });
        const event = await nextMessage(stream);
        expect(event).toMatchObject({ text: echoed('/start'), choices: ECHO_CHOICES });
        expect(new Date(event.at).toISOString()).toBe(event.at);
        expect(echo.received.at(-1)![0]).toMatchObject({
          channel: 'simulator',
          chatId: lan.chatId,
          userId: lan.chatId,
          displayName: 'lan',
          text: '/start',
          choiceId: null,
        });
      } finally {
        stream.close();
      }
    });

    it('a pressed choice travels as choiceId; the name is optional', async () => {
      const person = await addPerson(base, 'Lan Choice');
      const stream = await openStream(base, person.session);
      try {
        await waitFor('the stream to subscribe', async () => expect(echo.adapter.listenerCount(person.chatId)).toBe(1));
        expect((await post(base, { session: person.session, user: 'Lan Choice', choiceId: 'agree' })).status).toBe(202);
        expect((await nextMessage(stream)).text).toBe(echoed('choice:agree'));
        expect(echo.received.at(-1)![0]).toMatchObject({ text: null, choiceId: 'agree' });
        // and a typed "2" is text, for the bot to map; without `user` the bot just has no name for the person
        expect((await post(base, { session: person.session, text: '2' })).status).toBe(202);
        expect((await nextMessage(stream)).text).toBe(echoed('2'));
        expect(echo.received.at(-1)![0]).toMatchObject({ chatId: person.chatId, displayName: null, text: '2' });
      } finally {
        stream.close();
      }
    });

    it('replays recent history to a late subscriber, then goes live; Last-Event-ID skips what was seen', async () => {
      const hung = await addPerson(base, 'Cán bộ Hùng');
      await post(base, { session: hung.session, user: 'Cán bộ Hùng', text: 'một' });
      await waitFor('the first reply', async () => expect(echo.adapter.history(hung.chatId)).toHaveLength(1));
      await post(base, { session: hung.session, text: 'hai' });
      await waitFor('both replies', async () => expect(echo.adapter.history(hung.chatId)).toHaveLength(2));

      const late = await openStream(base, hung.session);
      try {
        const first = await nextMessage(late);
        const second = await nextMessage(late);
        expect([first.text, second.text]).toEqual([echoed('một'), echoed('hai')]);
        await post(base, { session: hung.session, text: 'ba' });
        expect((await nextMessage(late)).text).toBe(echoed('ba'));

        const resumed = await openStream(base, hung.session, { 'last-event-id': first.id });
        try {
          expect((await nextMessage(resumed)).text).toBe(echoed('hai'));
          expect((await nextMessage(resumed)).text).toBe(echoed('ba'));
        } finally {
          resumed.close();
        }
      } finally {
        late.close();
      }
    });

    it('keeps people apart, even two people both called "Lan"', async () => {
      const a = await addPerson(base, 'Lan');
      const b = await addPerson(base, 'Lan');
      const streamA = await openStream(base, a.session);
      const streamB = await openStream(base, b.session);
      try {
        await waitFor('both streams', async () => {
          expect(echo.adapter.listenerCount(a.chatId)).toBe(1);
          expect(echo.adapter.listenerCount(b.chatId)).toBe(1);
        });
        await post(base, { session: a.session, user: 'Lan', text: 'của A' });
        await post(base, { session: b.session, user: 'Lan', text: 'của B' });
        expect((await nextMessage(streamB)).text).toBe(echoed('của B'));
        expect((await nextMessage(streamA)).text).toBe(echoed('của A'));
        expect(echo.adapter.history(a.chatId).map((e) => e.text)).toEqual([echoed('của A')]);
      } finally {
        streamA.close();
        streamB.close();
      }
    });

    it('a name alone opens nothing: no stream, no message, and the old name-derived chat stays shut', async () => {
      // What an official's chat used to be addressed by, with a one-time dashboard link in it.
      await echo.adapter.send(simulatorChatId('Cán bộ Hùng'), {
        text: 'http://localhost:3000/dashboard/login?token=secret',
      });
      const before = echo.received.length;

      const byName = await fetch(`${base}/simulator/events?user=${encodeURIComponent('Cán bộ Hùng')}`);
      expect(byName.status).toBe(400);
      expect(await byName.json()).toMatchObject({ code: 'session_missing' });
      const asName = await post(base, { user: 'Cán bộ Hùng', text: '/baocao' });
      expect(asName.status).toBe(400);
      expect(await asName.json()).toMatchObject({ code: 'session_missing' });
      // Nor does a session in the address (where it would be logged and leak through history).
      const person = await addPerson(base, 'Cán bộ Hùng');
      const inAddress = await fetch(`${base}/simulator/events?session=${person.session}`);
      expect(inAddress.status).toBe(400);
      await inAddress.body?.cancel();
      // And a body cannot pick its chat: extra fields are ignored, the chat is the session's.
      expect(
        (
          await post(base, {
            session: person.session,
            text: 'hi',
            chatId: simulatorChatId('Cán bộ Hùng'),
            userId: 'sim-can-bo-hung',
          })
        ).status,
      ).toBe(202);
      expect(
        echo.received
          .slice(before)
          .flat()
          .map((m) => m.chatId),
      ).toEqual([person.chatId]);
      expect(person.chatId).not.toBe(simulatorChatId('Cán bộ Hùng'));
    });

    it('removes the listener when the client disconnects (no leak)', async () => {
      const person = await addPerson(base, 'Leak Check');
      const streams = await Promise.all(Array.from({ length: 5 }, () => openStream(base, person.session)));
      await waitFor('five listeners', async () => expect(echo.adapter.listenerCount(person.chatId)).toBe(5));
      streams[0]!.close();
      streams[1]!.close();
      await waitFor('three listeners', async () => expect(echo.adapter.listenerCount(person.chatId)).toBe(3));
      for (const stream of streams) stream.close();
      await waitFor('no listeners', async () => expect(echo.adapter.listenerCount(person.chatId)).toBe(0));
      // a send to nobody still works and is kept for the next visitor
      expect((await post(base, { session: person.session, text: 'ai đó?' })).status).toBe(202);
      await waitFor('the reply in history', async () => expect(echo.adapter.history(person.chatId)).toHaveLength(1));
    });
  });

  describe('bad input is a 400 with a short reason, never a 500', () => {
    const session = 'A'.repeat(43);
    it.each<[string, string, string, string]>([
      ['missing session', JSON.stringify({ user: 'Lan', text: 'hi' }), 'application/json', 'session_missing'],
      ['empty session', JSON.stringify({ session: '', text: 'hi' }), 'application/json', 'session_missing'],
      [
        'a made-up short session',
        JSON.stringify({ session: 'lan', text: 'hi' }),
        'application/json',
        'session_invalid',
      ],
      ['session is a number', JSON.stringify({ session: 42, text: 'hi' }), 'application/json', 'session_invalid'],
      ['empty user', JSON.stringify({ session, user: '  ', text: 'hi' }), 'application/json', 'user_missing'],
      [
        '5,000-character name',
        JSON.stringify({ session, user: 'x'.repeat(5000), text: 'hi' }),
        'application/json',
        'user_too_long',
      ],
      ['user is a number', JSON.stringify({ session, user: 42, text: 'hi' }), 'application/json', 'user_invalid'],
      ['text is a number', JSON.stringify({ session, text: 42 }), 'application/json', 'text_invalid'],
      ['text too long', JSON.stringify({ session, text: 'x'.repeat(4097) }), 'application/json', 'text_too_long'],
      ['choiceId is an object', JSON.stringify({ session, choiceId: { id: 1 } }), 'application/json', 'choice_invalid'],
      ['no text and no choice', JSON.stringify({ session, user: 'Lan' }), 'application/json', 'empty'],
      ['an array', JSON.stringify([{ session, text: 'hi' }]), 'application/json', 'body_invalid'],
      ['JSON null', 'null', 'application/json', 'body_invalid'],
      ['a JSON string', '"hello"', 'application/json', 'body_invalid'],
      ['malformed JSON', '{"session": "x", "text": ', 'application/json', 'not_json'],
      ['plain text', 'xin chào', 'text/plain', 'not_json'],
      ['a form', `session=${session}&text=hi`, 'application/x-www-form-urlencoded', 'not_json'],
      ['empty JSON body', '', 'application/json', 'not_json'],
      [
        'prototype pollution',
        `{"session":"${session}","text":"hi","__proto__":{"admin":true}}`,
        'application/json',
        'not_json',
      ],
    ])('%s', async (_name, body, contentType, code) => {
      const before = echo.received.length;
      const response = await post(base, body, contentType);
      expect(response.status).toBe(400);
      const answer = (await response.json()) as { error: string; code: string };
      expect(answer.code).toBe(code);
      expect(answer.error.length).toBeGreaterThan(5);
      expect(answer.error.length).toBeLessThan(120);
      expect(echo.received.length).toBe(before);
    });

    it('gives the reason in English when asked', async () => {
      const response = await fetch(`${base}/simulator/messages?lang=en`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{}',
      });
      expect(await response.json()).toEqual({ error: en['simulator.error.session_missing'], code: 'session_missing' });
      const long = await post(base, { session: 'A'.repeat(43), user: 'x'.repeat(41), text: 'hi' });
      expect(((await long.json()) as { error: string }).error).toBe('Tên người dùng dài quá 40 ký tự.');
    });

    it('a body far too large is 413, not 500', async () => {
      const response = await post(base, { session: 'A'.repeat(43), text: 'x'.repeat(300_000) });
      expect(response.status).toBe(413);
      expect(await response.json()).toMatchObject({ code: 'too_large' });
    });

    it.each([
      ['no session', {}, 'session_missing'],
      ['an empty session', { [SIMULATOR_SESSION_HEADER]: '' }, 'session_missing'],
      ['a made-up session', { [SIMULATOR_SESSION_HEADER]: 'Lan' }, 'session_invalid'],
      ['two sessions', { [SIMULATOR_SESSION_HEADER]: `${'A'.repeat(43)}, ${'B'.repeat(43)}` }, 'session_invalid'],
    ])('GET /simulator/events with %s is 400', async (_name, headers, code) => {
      const response = await fetch(`${base}/simulator/events`, { headers });
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({ code });
    });
  });
});

describe('simulator routes with SIMULATOR_TOKEN', () => {
  const TOKEN = 'a-simulator-token-12';
  const bearer = { authorization: `Bearer ${TOKEN}` };
  let echo: EchoApp;
  let base: string;

  beforeAll(async () => {
    echo = await startEchoApp({ token: TOKEN, trustProxy: true });
    base = echo.url;
  });
  afterAll(async () => {
    await echo.close();
  });

  const form = (fields: Record<string, string>, headers: Record<string, string> = {}) =>
    fetch(`${base}/simulator/login`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
      body: new URLSearchParams(fields).toString(),
    });

  async function signIn(headers: Record<string, string> = {}): Promise<{ cookie: string; setCookie: string }> {
    const response = await form({ token: TOKEN }, headers);
    expect(response.status).toBe(303);
    const setCookie = response.headers.get('set-cookie')!;
    return { cookie: setCookie.split(';')[0]!, setCookie };
  }

  const ROUTES: Array<[string, string, string | undefined]> = [
    ['GET', '/', undefined],
    ['GET', '/simulator/app.js', undefined],
    ['GET', '/simulator/app.css', undefined],
    ['GET', '/simulator/i18n.json', undefined],
    ['POST', '/simulator/sessions', JSON.stringify({ name: 'Lan' })],
    ['POST', '/simulator/messages', JSON.stringify({ session: 'A'.repeat(43), text: 'hi' })],
    ['GET', '/simulator/events', undefined],
  ];

  it.each(ROUTES)('%s %s needs the token: 401 without it or with a wrong one', async (method, path, body) => {
    const ask = (headers: Record<string, string>) =>
      fetch(base + path, {
        method,
        headers: { 'content-type': 'application/json', [SIMULATOR_SESSION_HEADER]: 'A'.repeat(43), ...headers },
        ...(body ? { body } : {}),
      });
    const none = await ask({});
    expect(none.status).toBe(401);
    if (path === '/') {
      // A browser gets the login form, not the page.
      const html = await none.text();
      expect(html).toContain('action="/simulator/login"');
      expect(html).toContain('type="password"');
      expect(html).not.toContain('app.js');
    } else {
      expect(await none.json()).toMatchObject({ code: 'token_needed' });
    }
    const wrong = await ask({ authorization: 'Bearer not-the-token-at-all' });
    expect(wrong.status).toBe(401);
    expect(await wrong.json()).toMatchObject({ code: 'token_wrong' });
    const basic = await ask({ authorization: `Basic ${Buffer.from(`x:${TOKEN}`).toString('base64')}` });
    expect(basic.status).toBe(401);
    await basic.body?.cancel();
    expect(echo.received).toHaveLength(0);
  });

  it('with the Bearer token a script adds a person, chats and reads the stream', async () => {
    const person = await addPerson(base, 'Lan', bearer);
    const stream = await openStream(base, person.session, bearer);
    try {
      expect(stream.response.status).toBe(200);
      await waitFor('the stream to subscribe', async () => expect(echo.adapter.listenerCount(person.chatId)).toBe(1));
      expect((await post(base, { session: person.session, text: 'hi' }, 'application/json', bearer)).status).toBe(202);
      expect((await nextMessage(stream)).text).toBe(echoed('hi'));
    } finally {
      stream.close();
    }
    expect((await fetch(`${base}/`, { headers: bearer })).status).toBe(200);
  });

  it('a browser signs in with the form: a random HttpOnly, SameSite=Strict session cookie, then the page', async () => {
    const page = await fetch(`${base}/simulator/login`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toMatch(
      /default-src 'none'; style-src 'sha256-[A-Za-z0-9+/]+=*'/,
    );
    const { cookie, setCookie } = await signIn();
    expect(setCookie).toMatch(/^knvl_simulator=[A-Za-z0-9_-]{43}; Path=\/; HttpOnly; SameSite=Strict; Max-Age=43200$/);
    expect(setCookie).not.toContain(TOKEN);
    // Another sign-in is another session.
    expect((await signIn()).cookie).not.toBe(cookie);

    expect((await fetch(`${base}/`, { headers: { cookie } })).status).toBe(200);
    const strings = (await (await fetch(`${base}/simulator/i18n.json`, { headers: { cookie } })).json()) as {
      signOut: boolean;
    };
    expect(strings.signOut).toBe(true);
    const person = await addPerson(base, 'Lan', { cookie });
    const stream = await openStream(base, person.session, { cookie });
    expect(stream.response.status).toBe(200);
    stream.close();
  });

  it('the cookie is Secure when the request came over https', async () => {
    const { setCookie } = await signIn({ 'x-forwarded-proto': 'https' });
    expect(setCookie).toMatch(/; Secure$/);
  });

  it('a wrong token gets the form again (401) with a short message, and no cookie', async () => {
    const response = await form({ token: 'not-the-token-at-all' });
    expect(response.status).toBe(401);
    expect(response.headers.get('set-cookie')).toBeNull();
    const html = await response.text();
    expect(html).toContain(vi['simulator.login.wrong']);
    expect(html).not.toContain('not-the-token-at-all');
    const english = await form({ token: 'nope', lang: 'en' });
    expect(await english.text()).toContain(en['simulator.login.wrong']);
    const empty = await form({});
    expect(empty.status).toBe(401);
    await empty.body?.cancel();
  });

  it('the token in an address opens nothing', async () => {
    const response = await fetch(`${base}/?token=${TOKEN}`, { redirect: 'manual' });
    expect(response.status).toBe(401);
    expect(response.headers.get('set-cookie')).toBeNull();
    await response.body?.cancel();
  });

  it.each([
    ['Sec-Fetch-Site: cross-site', { 'sec-fetch-site': 'cross-site' }],
    ['Origin of another site', { origin: 'https://evil.example' }],
  ])('a login posted from another site (%s) is refused with 403', async (_name, headers) => {
    const response = await form({ token: TOKEN }, headers);
    expect(response.status).toBe(403);
    expect(response.headers.get('set-cookie')).toBeNull();
    expect(await response.json()).toMatchObject({ code: 'cross_site' });
  });

  it('signing out ends the session; a cross-site sign-out does not', async () => {
    const { cookie } = await signIn();
    const crossSite = await fetch(`${base}/simulator/logout`, {
      method: 'POST',
      redirect: 'manual',
      headers: { cookie, 'sec-fetch-site': 'cross-site' },
    });
    expect(crossSite.status).toBe(403);
    expect((await fetch(`${base}/simulator/i18n.json`, { headers: { cookie } })).status).toBe(200);

    const out = await fetch(`${base}/simulator/logout`, {
      method: 'POST',
      redirect: 'manual',
      headers: { cookie, 'sec-fetch-site': 'same-origin' },
    });
    expect(out.status).toBe(303);
    expect(out.headers.get('location')).toBe('/');
    expect(out.headers.get('set-cookie')).toMatch(/^knvl_simulator=; Path=\/; HttpOnly; SameSite=Strict; Max-Age=0/);
    const after = await fetch(`${base}/simulator/i18n.json`, { headers: { cookie } });
    expect(after.status).toBe(401);
    await after.body?.cancel();
  });
});

describe('simulator routes: limits', () => {
  let echo: EchoApp;
  let base: string;
  const from = (address: string) => ({ 'x-forwarded-for': address });

  beforeAll(async () => {
    echo = await startEchoApp({
      trustProxy: true,
      limits: { messagesPerMinute: 3, sessionsPerMinute: 2, streamsPerIp: 2, streamsTotal: 3 },
    });
    base = echo.url;
  });
  afterAll(async () => {
    await echo.close();
  });

  it('messages past the per-address limit get a polite 429; another address is not held back', async () => {
    const session = 'M'.repeat(43);
    for (let i = 0; i < 3; i += 1)
      expect((await post(base, { session, text: `${i}` }, 'application/json', from('10.0.0.1'))).status).toBe(202);
    const refused = await fetch(`${base}/simulator/messages?lang=en`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...from('10.0.0.1') },
      body: JSON.stringify({ session, text: 'more' }),
    });
    expect(refused.status).toBe(429);
    const body = (await refused.json()) as { error: string; code: string };
    expect(body.code).toBe('rate_limited');
    expect(body.error).toMatch(/^That was a bit fast\. Please wait \d+ seconds and try again\.$/);
    expect(echo.received.flat().filter((m) => m.text === 'more')).toHaveLength(0);
    expect((await post(base, { session, text: 'other' }, 'application/json', from('10.0.0.2'))).status).toBe(202);
  });

  it('new sessions past the per-address limit get 429', async () => {
    await addPerson(base, 'A', from('10.0.1.1'));
    await addPerson(base, 'B', from('10.0.1.1'));
    const refused = await fetch(`${base}/simulator/sessions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...from('10.0.1.1') },
      body: JSON.stringify({ name: 'C' }),
    });
    expect(refused.status).toBe(429);
    expect(await refused.json()).toMatchObject({
      code: 'rate_limited',
      error: expect.stringMatching(/^Bạn thao tác nhanh quá/),
    });
  });

  it('event streams are capped per address and in total (429 with a reason); a closed one frees its slot', async () => {
    const session = 'S'.repeat(43);
    const chatId = sessionChatId(session);
    const first = await openStream(base, session, from('10.0.2.1'));
    const second = await openStream(base, session, from('10.0.2.1'));
    const opened = [first, second];
    try {
      expect([first.response.status, second.response.status]).toEqual([200, 200]);
      const perAddress = await fetch(`${base}/simulator/events`, {
        headers: { [SIMULATOR_SESSION_HEADER]: session, ...from('10.0.2.1') },
      });
      expect(perAddress.status).toBe(429);
      expect(await perAddress.json()).toEqual({
        code: 'too_many_streams_ip',
        error: t('vi', 'simulator.error.too_many_streams_ip', { max: 2 }),
      });

      const third = await openStream(base, session, from('10.0.2.2'));
      opened.push(third);
      expect(third.response.status).toBe(200);
      const total = await fetch(`${base}/simulator/events?lang=en`, {
        headers: { [SIMULATOR_SESSION_HEADER]: session, ...from('10.0.2.3') },
      });
      expect(total.status).toBe(429);
      expect(await total.json()).toEqual({
        code: 'too_many_streams_total',
        error: en['simulator.error.too_many_streams_total'],
      });
      await waitFor('three listeners', async () => expect(echo.adapter.listenerCount(chatId)).toBe(3));

      first.close();
      await waitFor('the slot to be freed', async () => expect(echo.adapter.listenerCount(chatId)).toBe(2));
      const again = await openStream(base, session, from('10.0.2.1'));
      opened.push(again);
      expect(again.response.status).toBe(200);
    } finally {
      for (const stream of opened) stream.close();
    }
  });

  it('logins past the per-address limit get 429 (token guessing is slow)', async () => {
    const guarded = await startEchoApp({ token: 'a-simulator-token-12', limits: { loginsPerMinute: 2 } });
    try {
      const guess = () =>
        fetch(`${guarded.url}/simulator/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: 'token=guess-guess-guess-1',
        });
      expect((await guess()).status).toBe(401);
      expect((await guess()).status).toBe(401);
      const refused = await guess();
      expect(refused.status).toBe(429);
      expect(await refused.json()).toMatchObject({ code: 'rate_limited' });
    } finally {
      await guarded.close();
    }
  });

  it('refuses to register without @fastify/rate-limit (the limits would silently not apply)', () => {
    const bare = Fastify();
    expect(() =>
      registerSimulatorRoutes(bare, { adapter: createSimulatorAdapter(), onInbound: async () => undefined }),
    ).toThrow(/@fastify\/rate-limit/);
  });
});

describe('simulator routes: resilience', () => {
  it('still answers 202 when onInbound fails, and logs instead of crashing', async () => {
    const echo = await startEchoApp({ failInbound: true });
    try {
      const session = 'R'.repeat(43);
      const response = await post(echo.url, { session, user: 'Lan', text: 'hi' });
      expect(response.status).toBe(202);
      expect((await post(echo.url, { session, text: 'again' })).status).toBe(202);
      expect(echo.received).toHaveLength(2);
    } finally {
      await echo.close();
    }
  });

  it('sends a ": ping" comment on idle streams', async () => {
    const echo = await startEchoApp({ pingIntervalMs: 50 });
    const abort = new AbortController();
    try {
      const response = await fetch(`${echo.url}/simulator/events`, {
        headers: { [SIMULATOR_SESSION_HEADER]: 'P'.repeat(43) },
        signal: abort.signal,
      });
      const reader = response.body!.getReader();
      const decoder = new TextDecoder();
      let text = '';
      while (!text.includes(': ping\n\n')) {
        const { value, done } = await reader.read();
        if (done) break;
        text += decoder.decode(value, { stream: true });
      }
      expect(text).toMatch(/^retry: \d+\n\n/);
      expect(text).toContain(': ping\n\n');
    } finally {
      abort.abort();
      await echo.close();
    }
  });

  it('closing the server ends open streams instead of waiting for them', async () => {
    const echo = await startEchoApp();
    const session = 'C'.repeat(43);
    const stream = await openStream(echo.url, session);
    await waitFor('the stream to subscribe', async () =>
      expect(echo.adapter.listenerCount(sessionChatId(session))).toBe(1),
    );
    const started = Date.now();
    await echo.close();
    expect(Date.now() - started).toBeLessThan(2000);
    await expect(stream.next(2000)).rejects.toThrow(/ended/);
    expect(echo.adapter.listenerCount(sessionChatId(session))).toBe(0);
  });
});
