import { configDefaults, defineConfig } from 'vitest/config';

/**
 * `npm test`: everything but the delivery fault tests, which deliver 5 × 10,000 messages through fault injection
 * (5–7 minutes on 2 cores) and run on their own: `npm run test:faults` (CI runs both, see .ci/run).
 */
const FAULTS = 'test/integration/messaging/delivery/faults.test.ts';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: process.env.FAULT_RECIPIENTS ? configDefaults.exclude : [...configDefaults.exclude, FAULTS],
    globalSetup: ['test/harness/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
