/**
 * Where `npm start` listens (issue 11): with the simulator on and no SIMULATOR_TOKEN, on 127.0.0.1 only, so nobody
 * else on the network can chat as anyone; with SIMULATOR_TOKEN, on every interface, every simulator request
 * needing the token.
 *
 * "Not reachable from elsewhere" is shown without sending traffic beyond loopback (this workplace allows no other
 * target): the kernel's own table of listening sockets (/proc/net/tcp, tcp6) says which address the port is bound
 * to, and 127.0.0.2, another address of this machine, stands for the others: a socket bound to 0.0.0.0 answers
 * there, one bound to 127.0.0.1 does not.
 */
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { startApp, stopApp } from '../harness/running-app.ts';
import { seedEmbeddedDatabase } from '../harness/data-dirs.ts';

vi.setConfig({ testTimeout: 90_000, hookTimeout: 90_000 });

const TOKEN = 'a-simulator-token-12';
const dirs: string[] = [];
function tempDataDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'knvl-listen-'));
  dirs.push(dir);
  return seedEmbeddedDatabase(dir); // these tests are not about a first start
}
afterAll(() => {
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
});

/**
 * The addresses a TCP port is listening on, from /proc/net/tcp and tcp6 ("127.0.0.1", "0.0.0.0", "::"; other IPv6 ones
 * raw).
 */
function listeningAddresses(port: number): string[] {
  const found: string[] = [];
  for (const [file, v6] of [
    ['/proc/net/tcp', false],
    ['/proc/net/tcp6', true],
  ] as const) {
    if (!fs.existsSync(file)) continue;
    for (const line of fs.readFileSync(file, 'utf8').split('\n').slice(1)) {
      const [, local, , state] = line.trim().split(/\s+/);
      if (!local || state !== '0A') continue; // 0A: LISTEN
      const [hexAddress, hexPort] = local.split(':') as [string, string];
      if (parseInt(hexPort, 16) !== port) continue;
      found.push(v6 ? (/^0+$/.test(hexAddress) ? '::' : `[${hexAddress}]`) : ipv4(hexAddress));
    }
  }
  return found;
}

/** /proc/net/tcp writes an IPv4 address as one little-endian 32-bit hex word. */
function ipv4(hex: string): string {
  return [6, 4, 2, 0].map((at) => parseInt(hex.slice(at, at + 2), 16)).join('.');
}

/** Whether a TCP connection to host:port is accepted. */
function accepts(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    socket.setTimeout(3000);
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
  });
}

/** This machine's addresses other than loopback (none on a bare sandbox; named in the assertions when there are). */
function otherAddresses(): string[] {
  return Object.values(os.networkInterfaces())
    .flat()
    .filter((entry) => entry !== undefined && !entry.internal)
    .map((entry) => entry!.address);
}

describe('the HTTP server’s listening address', () => {
  it('simulator on without SIMULATOR_TOKEN: 127.0.0.1 only', async () => {
    const app = await startApp({ DATA_DIR: tempDataDir() });
    try {
      expect(listeningAddresses(app.port)).toEqual(['127.0.0.1']);
      for (const address of otherAddresses())
        expect(listeningAddresses(app.port), `not on ${address}`).not.toContain(address);
      expect(await accepts('127.0.0.1', app.port)).toBe(true);
      expect(await accepts('127.0.0.2', app.port)).toBe(false);
      // The simulator is open there: the page, no login.
      expect((await fetch(`http://127.0.0.1:${app.port}/`)).status).toBe(200);
    } finally {
      await stopApp(app);
    }
  });

  it('with SIMULATOR_TOKEN: every interface, and the simulator asks for the token', async () => {
    const app = await startApp({ DATA_DIR: tempDataDir(), SIMULATOR_TOKEN: TOKEN });
    try {
      expect(listeningAddresses(app.port)).toEqual(['0.0.0.0']);
      expect(await accepts('127.0.0.2', app.port)).toBe(true);
      const page = await fetch(`http://127.0.0.2:${app.port}/`);
      expect(page.status).toBe(401);
      expect(await page.text()).toContain('action="/simulator/login"');
      const session = await fetch(`http://127.0.0.1:${app.port}/simulator/sessions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"name":"Lan"}',
      });
      expect(session.status).toBe(401);
      await session.body?.cancel();
      const withToken = await fetch(`http://127.0.0.1:${app.port}/simulator/sessions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
        body: '{"name":"Lan"}',
      });
      expect(withToken.status).toBe(201);
      await withToken.body?.cancel();
    } finally {
      await stopApp(app);
    }
  });
});
