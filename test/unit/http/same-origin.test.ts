import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isSameOrigin } from '../../../src/http/same-origin.ts';

describe('isSameOrigin', () => {
  const app = Fastify();
  app.post('/login', (request) => ({ same: isSameOrigin(request) }));
  beforeAll(() => app.ready());
  afterAll(() => app.close());

  it.each([
    ['no browser headers (curl, a script)', {}, true],
    ['Sec-Fetch-Site: same-origin', { 'sec-fetch-site': 'same-origin' }, true],
    ['Sec-Fetch-Site: none (typed address, bookmark)', { 'sec-fetch-site': 'none' }, true],
    ['Sec-Fetch-Site: cross-site', { 'sec-fetch-site': 'cross-site', origin: 'http://bot.example.vn' }, false],
    ['Sec-Fetch-Site: same-site (a sibling subdomain)', { 'sec-fetch-site': 'same-site' }, false],
    ['Origin of this host', { origin: 'http://bot.example.vn' }, true],
    ['Origin of another host', { origin: 'https://evil.example' }, false],
    ['Origin of this host on another port', { origin: 'http://bot.example.vn:8080' }, false],
    ['Origin: null', { origin: 'null' }, false],
    ['Origin that is not a URL', { origin: 'bot.example.vn' }, false],
  ])('%s → %s', async (_name, headers, same) => {
    const response = await app.inject({
      method: 'POST',
      url: '/login',
      headers: { host: 'bot.example.vn', ...headers },
    });
    expect(response.json()).toEqual({ same });
  });
});
