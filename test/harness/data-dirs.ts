import fs from 'node:fs';
import path from 'node:path';
import { inject } from 'vitest';

/**
 * Puts an embedded database that is already initialised, migrated and seeded with the reference data (a copy of the
 * run's PGlite template) where `npm start` keeps it (DATA_DIR/pg, src/db/connect.ts), so a start on `dataDir` skips
 * PGlite's initdb (about 10 s of CPU on this machine). For tests about something other than a first start; the
 * first-start tests keep an empty DATA_DIR.
 */
export function seedEmbeddedDatabase(dataDir: string): string {
  fs.cpSync(inject('pgliteTemplates').migrated, path.join(dataDir, 'pg'), { recursive: true });
  return dataDir;
}
