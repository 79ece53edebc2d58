import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../../src/db/connect.ts';
import { startPostgres } from './postgres.ts';
import { startRedis } from './redis.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    postgresUrl: string;
    redisUrl: string;
    /** An empty, initialised PGlite data directory that tests copy instead of initialising their own. */
    pgliteTemplate: string;
  }
}

/**
 * Creating a PGlite cluster (its initdb, in WebAssembly) takes about 10 s of CPU; copying an initialised one and
 * opening it about 1 s. Made once per run, empty: each test still runs the migrations itself.
 */
async function makePgliteTemplate(): Promise<string> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'knvl-pglite-template-'));
  const handle = await openDatabase({ databaseUrl: null, dataDir });
  await handle.close();
  return dataDir;
}

/** One real PostgreSQL 15 and one real redis-server for the whole run, removed afterwards. */
export default async function setup(project: TestProject) {
  const [postgres, redis, pgliteTemplate] = await Promise.all([startPostgres(), startRedis(), makePgliteTemplate()]);
  project.provide('postgresUrl', postgres.url);
  project.provide('redisUrl', redis.url);
  project.provide('pgliteTemplate', pgliteTemplate);
  return async () => {
    await Promise.all([postgres.stop(), redis.destroy()]);
    fs.rmSync(pgliteTemplate, { recursive: true, force: true });
  };
}
