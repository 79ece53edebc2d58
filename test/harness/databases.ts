import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { inject } from 'vitest';
import { type DatabaseHandle, openDatabase } from '../../src/db/connect.ts';
import { createTestDatabase } from './postgres.ts';

/** The two backends every database test runs on: real PostgreSQL 15 and embedded PGlite. */
export interface BackendFactory {
  name: 'postgres' | 'pglite';
  open(): Promise<{ handle: DatabaseHandle; cleanup: () => Promise<void> }>;
}

export const backends: BackendFactory[] = [
  {
    name: 'postgres',
    async open() {
      const database = await createTestDatabase(inject('postgresUrl'));
      const handle = await openDatabase({ databaseUrl: database.url, dataDir: os.tmpdir() });
      return {
        handle,
        cleanup: async () => {
          await handle.close();
          await database.drop();
        },
      };
    },
  },
  {
    name: 'pglite',
    async open() {
      const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'knvl-pglite-'));
      fs.cpSync(inject('pgliteTemplate'), dataDir, { recursive: true });
      const handle = await openDatabase({ databaseUrl: null, dataDir });
      return {
        handle,
        cleanup: async () => {
          await handle.close();
          fs.rmSync(dataDir, { recursive: true, force: true });
        },
      };
    },
  },
];
