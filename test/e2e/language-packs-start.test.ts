import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '../harness/free-port.ts';
import { spawnRole } from '../harness/spawn-role.ts';

/** npm start and npm run cli -- i18n check on a pack with errors: the same errors, and the service does not start. */
const locales = fs.mkdtempSync(path.join(os.tmpdir(), 'knvl-locales-e2e-'));
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'knvl-e2e-'));
afterAll(() => {
  for (const dir of [locales, dataDir]) fs.rmSync(dir, { recursive: true, force: true });
});
fs.writeFileSync(
  path.join(locales, 'qaa.json'),
  JSON.stringify({ name: 'Lus Qàa', messages: { language: { 'language.done_pack': '{lang}' } } }),
);
const ERROR = 'qaa.json: language › language.done_pack: placeholder {lang} is not in the Vietnamese text';

describe('a language pack with errors', () => {
  it('stops npm start with one line naming the file, key and placeholder (exit code 1)', async () => {
    const app = spawnRole('src/app/main.ts', {
      DATA_DIR: dataDir,
      LOCALES_DIR: locales,
      PORT: String(await freePort()),
    });
    const exit = await app.exited;
    expect(exit.code).toBe(1);
    const lines = app.stderr().trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^Language pack errors \(npm run cli -- i18n check <code> lists them\): /);
    expect(lines[0]).toContain(ERROR);
    expect(fs.readdirSync(dataDir)).toEqual([]); // refused before opening anything
  });

  it('npm run cli -- i18n check lists the same error and exits 1', async () => {
    const cli = spawnRole('src/app/cli.ts', { DATA_DIR: dataDir, LOCALES_DIR: locales }, ['i18n', 'check', 'qaa']);
    expect((await cli.exited).code).toBe(1);
    expect(cli.stdout()).toContain(ERROR);
  });
});
