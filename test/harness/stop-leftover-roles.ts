import { afterAll } from 'vitest';
import { stopLeftoverRoles } from './spawn-role.ts';

// A setup file of the integration, e2e and fault projects: after every test file, the processes it started and
// did not stop (a test that timed out) are stopped, so they cannot slow or disturb the files after it.
afterAll(async () => {
  const stopped = await stopLeftoverRoles();
  if (stopped > 0) console.warn(`stopped ${stopped} process(es) this file left running`);
});
