import { configDefaults, defineConfig } from 'vitest/config';

/**
 * Four projects. `npm test` runs unit, integration and e2e; `npm run test:faults` the delivery fault tests, which
 * deliver 5 × 10,000 messages through fault injection and run on their own (CI runs both, see .ci/run).
 * - unit: pure code, no server (no global setup); its files share their workers' module cache (isolate: false),
 *   which makes them about 4 times quicker to load;
 * - integration, e2e, faults: one PostgreSQL, one redis-server and the PGlite templates for the whole run
 *   (test/harness/global-setup.ts), each file in a fresh process.
 */
const SERVERS = ['test/harness/global-setup.ts'];
const FAULTS = 'test/integration/messaging/delivery/faults/*.test.ts';

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Most integration and end-to-end time is spent waiting (for processes, servers, timers), so on 2 cores three
    // files run at once; vitest's default there is one.
    maxWorkers: 3,
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/unit/**/*.test.ts', 'src/**/*.test.ts'], isolate: false } },
      { extends: true, test: { name: 'integration', include: ['test/integration/**/*.test.ts'], exclude: [...configDefaults.exclude, FAULTS], globalSetup: SERVERS } },
      { extends: true, test: { name: 'e2e', include: ['test/e2e/**/*.test.ts'], globalSetup: SERVERS } },
      // Each case delivers 10,000 messages through its fault: minutes, not the 30 s of the others.
      { extends: true, test: { name: 'faults', include: [FAULTS], globalSetup: SERVERS, testTimeout: 480_000 } },
    ],
  },
});
