import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../../src/db/connect.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';
import { seedReferenceData } from '../../src/db/reference-data.ts';
import { databaseUrl, startPostgres } from './postgres.ts';
import { startRedis } from './redis.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    postgresUrl: string;
    redisUrl: string;
    /** PGlite data directories that tests copy instead of creating their own (see makePgliteTemplates). */
    pgliteTemplates: { empty: string; migrated: string };
  }
}

interface Servers {
  postgresUrl: string;
  redisUrl: string;
  pgliteTemplates: { empty: string; migrated: string };
  stop(): Promise<void>;
}

/** Migrates and seeds a database in place, then closes it (the last connection gone, it can serve as a template). */
async function migrateAndSeed(options: { databaseUrl: string | null; dataDir: string }): Promise<void> {
  const handle = await openDatabase(options);
  try {
    await migrateToLatest(handle.db);
    await seedReferenceData(handle.db);
  } finally {
    await handle.close();
  }
}

const ROOT = path.resolve(import.meta.dirname, '../..');

/**
 * Creating a PGlite cluster (its initdb, in WebAssembly) takes about 10 s of CPU. An empty one depends only on the
 * PGlite version, so it is made once per version and kept in node_modules/.cache (built aside, then renamed into
 * place: a run that loses the race to another drops its own); tests copy it and never open it in place.
 */
async function emptyPgliteCluster(): Promise<string> {
  const { version } = JSON.parse(
    fs.readFileSync(path.join(ROOT, 'node_modules/@electric-sql/pglite/package.json'), 'utf8'),
  ) as { version: string };
  const cached = path.join(ROOT, 'node_modules/.cache/ket-noi-viec-lam', `pglite-${version}-empty`);
  if (fs.existsSync(cached)) return cached;
  fs.mkdirSync(path.dirname(cached), { recursive: true });
  const building = fs.mkdtempSync(`${cached}.building-`);
  const handle = await openDatabase({ databaseUrl: null, dataDir: building });
  await handle.close();
  try {
    fs.renameSync(building, cached);
  } catch {
    fs.rmSync(building, { recursive: true, force: true });
  }
  return cached;
}

/**
 * The PGlite data directories tests copy (about 1 s, where migrating and seeding takes about 1.5 s more): `empty`
 * (initialised, for the migration tests) and `migrated` (the schema and the reference data, for every other test),
 * made for this run from the empty cluster.
 */
async function makePgliteTemplates(): Promise<{ empty: string; migrated: string }> {
  const empty = await emptyPgliteCluster();
  const migrated = fs.mkdtempSync(path.join(os.tmpdir(), 'knvl-pglite-migrated-'));
  fs.cpSync(empty, migrated, { recursive: true });
  await migrateAndSeed({ databaseUrl: null, dataDir: migrated });
  return { empty, migrated };
}

/**
 * One real PostgreSQL 15 and one real redis-server, plus the PGlite templates. PostgreSQL's template1 is migrated
 * and seeded, so every CREATE DATABASE (createTestDatabase) starts from the schema and the reference data.
 */
async function startServers(): Promise<Servers> {
  const [postgres, redis, pgliteTemplates] = await Promise.all([
    startPostgres().then(async (server) => {
      await migrateAndSeed({ databaseUrl: databaseUrl(server.url, 'template1'), dataDir: os.tmpdir() });
      return server;
    }),
    startRedis(),
    makePgliteTemplates(),
  ]);
  return {
    postgresUrl: postgres.url,
    redisUrl: redis.url,
    pgliteTemplates,
    async stop() {
      await Promise.all([postgres.stop(), redis.destroy()]);
      fs.rmSync(pgliteTemplates.migrated, { recursive: true, force: true });
    },
  };
}

/**
 * The servers of a run, shared by the projects that list this file (integration, e2e, faults): vitest runs a
 * project's global setup for each project in the run, in this one process, so the first starts them and the last
 * to finish stops them. The unit project lists no global setup and starts nothing.
 */
const RUN = Symbol.for('ket-noi-viec-lam.test-servers');
interface SharedServers {
  ready: Promise<Servers>;
  projects: number;
}

export default async function setup(project: TestProject) {
  const holder = globalThis as { [RUN]?: SharedServers };
  const shared = (holder[RUN] ??= { ready: startServers(), projects: 0 });
  shared.projects += 1;
  const servers = await shared.ready;
  project.provide('postgresUrl', servers.postgresUrl);
  project.provide('redisUrl', servers.redisUrl);
  project.provide('pgliteTemplates', servers.pgliteTemplates);
  return async () => {
    shared.projects -= 1;
    if (shared.projects > 0) return;
    delete holder[RUN];
    await servers.stop();
  };
}
