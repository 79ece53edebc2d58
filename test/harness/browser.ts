import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type BrowserContext, chromium, type LaunchOptions } from 'playwright-core';

/**
 * Debian's chromium (`npm run setup` installs it; nothing downloads a browser), driven headless by playwright-core
 * with the flags a closed network needs, each launch on a fresh profile. `closeAll()` closes every browser it
 * opened and removes their profiles.
 */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

type ContextOptions = Omit<
  Parameters<typeof chromium.launchPersistentContext>[1] & LaunchOptions,
  'executablePath' | 'headless' | 'args'
>;

export interface ChromiumLauncher {
  launch(options?: ContextOptions): Promise<BrowserContext>;
  closeAll(): Promise<void>;
}

/** Fails the test at once, with the fix, when chromium is not installed (never a silent skip). */
export function requireChromium(): void {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(
      `${CHROMIUM} is missing: the browser tests drive Debian's chromium. Run npm run setup (or apt-get install chromium), or set CHROMIUM_PATH.`,
    );
  }
}

export function chromiumLauncher(): ChromiumLauncher {
  const opened: { context: BrowserContext; profile: string }[] = [];
  return {
    async launch(options = {}) {
      requireChromium();
      const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'knvl-chromium-'));
      try {
        const context = await chromium.launchPersistentContext(profile, {
          ...options,
          executablePath: CHROMIUM,
          headless: true,
          args: FLAGS,
        });
        opened.push({ context, profile });
        return context;
      } catch (error) {
        fs.rmSync(profile, { recursive: true, force: true });
        throw error;
      }
    },
    async closeAll() {
      for (const { context, profile } of opened.splice(0)) {
        await context.close().catch(() => undefined);
        fs.rmSync(profile, { recursive: true, force: true });
      }
    },
  };
}
