import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SimulatorEvent } from '../../../../src/channels/simulator/adapter.ts';
import { readServerSentEvents, type ServerSentEvent } from '../../../../src/channels/simulator/sse-reader.ts';
import { en, vi } from '../../../../src/core/i18n/index.ts';
import { waitFor } from '../../../harness/free-port.ts';
import { ECHO_CHOICES, type EchoApp, startEchoApp } from './echo-app.ts';

interface Stream {
  response: Response;
  next(timeoutMs?: number): Promise<ServerSentEvent>;
  close(): void;
}

async function openStream(base: string, user: string, headers: Record<string, string> = {}): Promise<Stream> {
  const abort = new AbortController();
  const response = await fetch(`${base}/simulator/events?user=${encodeURIComponent(user)}`, { headers, signal: abort.signal });
  const events = readServerSentEvents(response.body!);
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

function post(base: string, body: unknown, contentType = 'application/json'): Promise<Response> {
  return fetch(`${base}/simulator/messages`, {
    method: 'POST',
    headers: { 'content-type': contentType },
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
      expect(await response.text()).toBe(fs.readFileSync(new URL(`../../../../src/channels/simulator/public/${file}`, import.meta.url), 'utf8'));
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
      const body = (await response.json()) as { lang: string; strings: Record<string, string>; limits: Record<string, number> };
      expect(body.lang).toBe(lang);
      expect(body.limits).toEqual({ nameMax: 40, textMax: 4096 });
      expect(body.strings['title']).toBe(catalogue['simulator.page.title']);
      expect(Object.keys(body.strings).length).toBe(Object.keys(catalogue).filter((k) => k.startsWith('simulator.page.')).length);
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
      const wanted = new Set([...html.matchAll(/data-i18n="([^"]+)"/g), ...js.matchAll(/\btr\('([^'$]+)'/g)].map((m) => m[1]!));
      for (const m of js.matchAll(/'(suggestion\.[a-z_]+)'/g)) wanted.add(m[1]!);
      for (const state of ['connecting', 'connected', 'reconnecting']) wanted.add(`status.${state}`);
      expect(wanted.size).toBeGreaterThan(20);
      for (const lang of ['vi', 'en']) {
        const { strings } = (await (await fetch(`${base}/simulator/i18n.json?lang=${lang}`)).json()) as { strings: Record<string, string> };
        for (const key of wanted) expect(strings[key], `${lang} ${key}`).toBeTruthy();
      }
      // The markup itself holds no words: every text node is empty, a symbol, or the pre-script "…".
      const text = html.replace(/<[^>]+>/g, ' ');
      expect(text.replace(/[\s…×]/g, '')).toBe('');
    });
  });

  describe('POST /simulator/messages and the event stream', () => {
    it('answers 202 with the count, hands the message to onInbound, and the reply arrives on the stream', async () => {
      const stream = await openStream(base, 'Lan');
      try {
        expect(stream.response.status).toBe(200);
        expect(stream.response.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
        expect(stream.response.headers.get('cache-control')).toBe('no-cache');
        await waitFor('the stream to subscribe', async () => expect(echo.adapter.listenerCount('sim-lan')).toBe(1));

        const response = await post(base, { user: 'lan', text: '/start' });
        expect(response.status).toBe(202);
        expect(await response.json()).toEqual({ accepted: 1 });
        const event = await nextMessage(stream);
        expect(event).toMatchObject({ text: echoed('/start'), choices: ECHO_CHOICES });
        expect(new Date(event.at).toISOString()).toBe(event.at);
        expect(echo.received.at(-1)![0]).toMatchObject({ channel: 'simulator', chatId: 'sim-lan', displayName: 'lan', text: '/start', choiceId: null });
      } finally {
        stream.close();
      }
    });

    it('a pressed choice travels as choiceId', async () => {
      const stream = await openStream(base, 'Lan Choice');
      try {
        await waitFor('the stream to subscribe', async () => expect(echo.adapter.listenerCount('sim-lan-choice')).toBe(1));
        expect((await post(base, { user: 'Lan Choice', choiceId: 'agree' })).status).toBe(202);
        expect((await nextMessage(stream)).text).toBe(echoed('choice:agree'));
        expect(echo.received.at(-1)![0]).toMatchObject({ text: null, choiceId: 'agree' });
        // and a typed "2" is text, for the bot to map
        expect((await post(base, { user: 'Lan Choice', text: '2' })).status).toBe(202);
        expect((await nextMessage(stream)).text).toBe(echoed('2'));
      } finally {
        stream.close();
      }
    });

    it('replays recent history to a late subscriber, then goes live; Last-Event-ID skips what was seen', async () => {
      await post(base, { user: 'Cán bộ Hùng', text: 'một' });
      await waitFor('the first reply', async () => expect(echo.adapter.history('sim-can-bo-hung')).toHaveLength(1));
      await post(base, { user: 'can bo hung', text: 'hai' });
      await waitFor('both replies', async () => expect(echo.adapter.history('sim-can-bo-hung')).toHaveLength(2));

      const late = await openStream(base, 'CÁN BỘ HÙNG');
      try {
        const first = await nextMessage(late);
        const second = await nextMessage(late);
        expect([first.text, second.text]).toEqual([echoed('một'), echoed('hai')]);
        await post(base, { user: 'Cán bộ Hùng', text: 'ba' });
        expect((await nextMessage(late)).text).toBe(echoed('ba'));

        const resumed = await openStream(base, 'Cán bộ Hùng', { 'last-event-id': first.id });
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

    it('keeps people apart', async () => {
      const a = await openStream(base, 'Người A');
      const b = await openStream(base, 'Người B');
      try {
        await waitFor('both streams', async () => {
          expect(echo.adapter.listenerCount('sim-nguoi-a')).toBe(1);
          expect(echo.adapter.listenerCount('sim-nguoi-b')).toBe(1);
        });
        await post(base, { user: 'Người A', text: 'của A' });
        await post(base, { user: 'Người B', text: 'của B' });
        expect((await nextMessage(b)).text).toBe(echoed('của B'));
        expect((await nextMessage(a)).text).toBe(echoed('của A'));
      } finally {
        a.close();
        b.close();
      }
    });

    it('removes the listener when the client disconnects (no leak)', async () => {
      const streams = await Promise.all(Array.from({ length: 5 }, () => openStream(base, 'Leak Check')));
      await waitFor('five listeners', async () => expect(echo.adapter.listenerCount('sim-leak-check')).toBe(5));
      streams[0]!.close();
      streams[1]!.close();
      await waitFor('three listeners', async () => expect(echo.adapter.listenerCount('sim-leak-check')).toBe(3));
      for (const stream of streams) stream.close();
      await waitFor('no listeners', async () => expect(echo.adapter.listenerCount('sim-leak-check')).toBe(0));
      // a send to nobody still works and is kept for the next visitor
      expect((await post(base, { user: 'Leak Check', text: 'ai đó?' })).status).toBe(202);
      await waitFor('the reply in history', async () => expect(echo.adapter.history('sim-leak-check')).toHaveLength(1));
    });
  });

  describe('bad input is a 400 with a short reason, never a 500', () => {
    it.each<[string, string, string, string]>([
      ['missing user', JSON.stringify({ text: 'hi' }), 'application/json', 'user_missing'],
      ['empty user', JSON.stringify({ user: '  ', text: 'hi' }), 'application/json', 'user_missing'],
      ['5,000-character name', JSON.stringify({ user: 'x'.repeat(5000), text: 'hi' }), 'application/json', 'user_too_long'],
      ['user is a number', JSON.stringify({ user: 42, text: 'hi' }), 'application/json', 'user_invalid'],
      ['text is a number', JSON.stringify({ user: 'Lan', text: 42 }), 'application/json', 'text_invalid'],
      ['text too long', JSON.stringify({ user: 'Lan', text: 'x'.repeat(4097) }), 'application/json', 'text_too_long'],
      ['choiceId is an object', JSON.stringify({ user: 'Lan', choiceId: { id: 1 } }), 'application/json', 'choice_invalid'],
      ['no text and no choice', JSON.stringify({ user: 'Lan' }), 'application/json', 'empty'],
      ['an array', JSON.stringify([{ user: 'Lan', text: 'hi' }]), 'application/json', 'body_invalid'],
      ['JSON null', 'null', 'application/json', 'body_invalid'],
      ['a JSON string', '"hello"', 'application/json', 'body_invalid'],
      ['malformed JSON', '{"user": "Lan", "text": ', 'application/json', 'not_json'],
      ['plain text', 'xin chào', 'text/plain', 'not_json'],
      ['a form', 'user=Lan&text=hi', 'application/x-www-form-urlencoded', 'not_json'],
      ['empty JSON body', '', 'application/json', 'not_json'],
      ['prototype pollution', '{"user":"Lan","text":"hi","__proto__":{"admin":true}}', 'application/json', 'not_json'],
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
      const response = await fetch(`${base}/simulator/messages?lang=en`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
      expect(await response.json()).toEqual({ error: en['simulator.error.user_missing'], code: 'user_missing' });
      const long = await fetch(`${base}/simulator/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ user: 'x'.repeat(41), text: 'hi' }) });
      expect(((await long.json()) as { error: string }).error).toBe('Tên người dùng dài quá 40 ký tự.');
    });

    it('a body far too large is 413, not 500', async () => {
      const response = await post(base, { user: 'Lan', text: 'x'.repeat(300_000) });
      expect(response.status).toBe(413);
      expect(await response.json()).toMatchObject({ code: 'too_large' });
    });

    it.each([
      ['no user', '', 'user_missing'],
      ['an empty user', '?user=', 'user_missing'],
      ['a 5,000-character name', `?user=${'x'.repeat(5000)}`, 'user_too_long'],
      ['two users', '?user=a&user=b', 'user_invalid'],
    ])('GET /simulator/events with %s is 400', async (_name, query, code) => {
      const response = await fetch(`${base}/simulator/events${query}`);
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({ code });
    });
  });
});

describe('simulator routes: resilience', () => {
  it('still answers 202 when onInbound fails, and logs instead of crashing', async () => {
    const echo = await startEchoApp({ failInbound: true });
    try {
      const response = await post(echo.url, { user: 'Lan', text: 'hi' });
      expect(response.status).toBe(202);
      expect((await post(echo.url, { user: 'Lan', text: 'again' })).status).toBe(202);
      expect(echo.received).toHaveLength(2);
    } finally {
      await echo.close();
    }
  });

  it('sends a ": ping" comment on idle streams', async () => {
    const echo = await startEchoApp({ pingIntervalMs: 50 });
    const abort = new AbortController();
    try {
      const response = await fetch(`${echo.url}/simulator/events?user=Lan`, { signal: abort.signal });
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
    const stream = await openStream(echo.url, 'Lan');
    await waitFor('the stream to subscribe', async () => expect(echo.adapter.listenerCount('sim-lan')).toBe(1));
    const started = Date.now();
    await echo.close();
    expect(Date.now() - started).toBeLessThan(2000);
    await expect(stream.next(2000)).rejects.toThrow(/ended/);
    expect(echo.adapter.listenerCount('sim-lan')).toBe(0);
  });
});
