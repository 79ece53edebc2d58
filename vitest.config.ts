import { configDefaults, defineConfig } from 'vitest/config';

/**
 * Four projects. `npm test` runs unit, integration and e2e; `npm run test:faults` the delivery fault tests, which
 * deliver 5 × 10,000 messages through fault injection and run on their own (CI runs both, see .ci/run).
 * - unit: pure code, no server (no global setup);
 * - integration, e2e, faults: one PostgreSQL, one redis-server and the PGlite templates for the whole run
 *   (test/harness/global-setup.ts).
 * Unit, integration and e2e files share their worker's module cache (isolate: false): loading the app's modules
 * (Kysely, BullMQ, the geo data…) once per worker instead of once per file halves the integration tests' CPU. Every
 * file opens and closes its own databases, queues and servers, so nothing of one file reaches the next. The fault
 * tests keep a fresh process per file: each kills and restarts servers under a delivery of 10,000 messages.
 */
const SERVERS = ['test/harness/global-setup.ts'];
/** After each file, whatever processes it left running are stopped (a test that timed out). */
const SETUP = ['test/harness/stop-leftover-roles.ts'];
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
      {
        extends: true,
        test: {
          name: 'unit',
          sequence: { groupOrder: 0 },
          include: ['test/unit/**/*.test.ts', 'src/**/*.test.ts'],
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          sequence: { groupOrder: 0 },
          include: ['test/integration/**/*.test.ts'],
          exclude: [...configDefaults.exclude, FAULTS],
          globalSetup: SERVERS,
          setupFiles: SETUP,
          isolate: false,
        },
      },
      // After the others (groupOrder 1), two files at a time: each starts whole services (npm start, chromium), and
      // their start-up bounds (ready within 20 s) are about the service, not about a machine busy with other tests.
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          globalSetup: SERVERS,
          setupFiles: SETUP,
          isolate: false,
          maxWorkers: 2,
          sequence: { groupOrder: 1 },
        },
      },
      // Each case delivers 10,000 messages through its fault: minutes, not the 30 s of the others.
      {
        extends: true,
        test: {
          name: 'faults',
          include: [FAULTS],
          // Two at a time: with three, case (d) once counted adapter attempts that timed out on a starved CPU.
          maxWorkers: 2,
          globalSetup: SERVERS,
          setupFiles: SETUP,
          testTimeout: 480_000,
          sequence: { groupOrder: 2 },
        },
      },
    ],
  },
});
