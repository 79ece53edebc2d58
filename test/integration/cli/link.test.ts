import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/app/config.ts';
import { runCli } from '../../../src/cli/commands.ts';
import { linkCommand } from '../../../src/cli/link.ts';
import { startFakeTelegramApi, type FakeTelegramApi } from '../../fakes/telegram-api.ts';

/** npm run cli -- link: the Telegram link, the Zalo code and the QR code of a registration link. */
describe('npm run cli -- link', () => {
  let telegram: FakeTelegramApi;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'knvl-link-'));
  beforeAll(async () => {
    telegram = await startFakeTelegramApi();
  });
  afterAll(async () => {
    await telegram.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const run = async (args: string[], env: Record<string, string> = {}) => {
    const lines: string[] = [];
    await linkCommand(loadConfig(env), args, (line) => lines.push(line));
    return lines;
  };
  const exitOf = async (args: string[]) => {
    let stderr = '';
    const code = await runCli(['link', ...args], { stdout: () => {}, stderr: (text) => (stderr += text) });
    return { code, stderr };
  };

  it('prints the link and the Zalo code, and writes a PNG of 512 × 512', async () => {
    const out = path.join(dir, 'phoyen.png');
    const lines = await run(['--commune', '05860', '--occupation', 'may', '--bot', 'KetNoiViecLamBot', '--out', out]);
    expect(lines).toEqual([
      'https://t.me/KetNoiViecLamBot?start=c05860_omay',
      'Trên Zalo, nhắn: DK 05860 may',
      `QR code written to ${out}`,
    ]);
    const png = fs.readFileSync(out);
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(png.toString('ascii', 12, 16)).toBe('IHDR');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([512, 512]);
  });

  it('asks Telegram for the bot username when --bot is not given; a vacancy and an occupation key', async () => {
    const out = path.join(dir, 'v.svg');
    const lines = await run(
      ['--commune', '00769', '--occupation', 'construction', '--vacancy', '12'].concat([
        '--format',
        'svg',
        '--out',
        out,
      ]),
      { TELEGRAM_BOT_TOKEN: telegram.token, TELEGRAM_API_ROOT: telegram.apiRoot },
    );
    expect(lines.slice(0, 2)).toEqual([
      'https://t.me/KetNoiViecLamBot?start=c00769_othoxay_v12',
      'Trên Zalo, nhắn: DK 00769 thoxay',
    ]);
    const svg = fs.readFileSync(out, 'utf8');
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"[^>]*viewBox="0 0 \d+ \d+"/);
    expect(svg.trim().endsWith('</svg>')).toBe(true);
    expect(svg).toContain('<path');
  });

  it('prints a terminal QR code with --format txt', async () => {
    const lines = await run(['--commune', '05860', '--format', 'txt', '--bot', 'KetNoiViecLamBot']);
    expect(lines[0]).toBe('https://t.me/KetNoiViecLamBot?start=c05860');
    expect(lines[1]).toBe('Trên Zalo, nhắn: DK 05860');
    expect(lines[2]?.split('\n').length).toBeGreaterThan(10);
    expect(lines[2]).toMatch(/[█▀▄]/);
  });

  it.each([
    [[], '--commune CODE is required'],
    [['--commune', '99999', '--bot', 'KetNoiViecLamBot'], 'no commune has the code "99999"'],
    [['--commune', '5860', '--bot', 'KetNoiViecLamBot'], 'no commune has the code "5860"'],
    [['--commune', '05860', '--occupation', 'bacsi', '--bot', 'KetNoiViecLamBot'], 'unknown occupation "bacsi"'],
    [['--commune', '05860', '--occupation', 'other', '--bot', 'KetNoiViecLamBot'], 'unknown occupation "other"'],
    [['--commune', '05860', '--vacancy', 'x', '--bot', 'KetNoiViecLamBot'], '--vacancy is a vacancy number'],
    [['--commune', '05860', '--format', 'jpg', '--bot', 'KetNoiViecLamBot'], '--format must be one of png, svg, txt'],
    [['--commune', '05860', '--bot', 'not a bot'], '--bot is a Telegram bot username'],
    [['--commune', '05860', '--colour', 'red'], "Unknown option '--colour'"],
  ])('%j: exit code 2, %s', async (args, message) => {
    const { code, stderr } = await exitOf(args);
    expect(code).toBe(2);
    expect(stderr).toContain(message);
  });

  it('without --bot and without a Telegram token: exit code 2, saying what to pass', async () => {
    await expect(run(['--commune', '05860'], {})).rejects.toThrow('pass --bot NAME, or set TELEGRAM_BOT_TOKEN');
  });
});
