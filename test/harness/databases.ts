import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { inject } from 'vitest';
import { type DatabaseHandle, openDatabase } from '../../src/db/connect.ts';
import { createTestDatabase } from './postgres.ts';

/**
 * The two backends: real PostgreSQL 15 and embedded PGlite. Tests of the database code, the queue, reporting and the
 * migrations run on both (describe.each(backends)), since there the driver is the point; the dialog scenarios run on
 * PostgreSQL (world.ts).
 */
export interface BackendFactory {
  name: 'postgres' | 'pglite';
  /**
   * A database of the test's own, already migrated and holding the reference data (a copy of the run's template);
   * `{ empty: true }`: nothing in it yet, for the tests of the migrations themselves.
   */
  open(options?: { empty?: boolean }): Promise<OpenedDatabase>;
}

export interface OpenedDatabase {
  handle: DatabaseHandle;
  cleanup: () => Promise<void>;
}

export const postgresBackend: BackendFactory = {
  name: 'postgres',
  async open(options = {}) {
    const database = await createTestDatabase(inject('postgresUrl'), 't', options);
    const handle = await openDatabase({ databaseUrl: database.url, dataDir: os.tmpdir() });
    return {
      handle,
      cleanup: async () => {
        await handle.close();
        await database.drop();
      },
    };
  },
};

export const pgliteBackend: BackendFactory = {
  name: 'pglite',
  async open(options = {}) {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'knvl-pglite-'));
    const templates = inject('pgliteTemplates');
    fs.cpSync(options.empty ? templates.empty : templates.migrated, dataDir, { recursive: true });
    const handle = await openDatabase({ databaseUrl: null, dataDir });
    return {
      handle,
      cleanup: async () => {
        await handle.close();
        fs.rmSync(dataDir, { recursive: true, force: true });
      },
    };
  },
};

export const backends: BackendFactory[] = [postgresBackend, pgliteBackend];
