import { promises as fs } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { type Kysely, type Migration, type MigrationProvider, Migrator, type MigrationResult } from 'kysely';

export const MIGRATIONS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../migrations');

export class MigrationFailedError extends Error {
  constructor(
    readonly migration: string | undefined,
    cause: unknown,
  ) {
    super(`Migration ${migration ?? '(unknown)'} failed: ${cause instanceof Error ? cause.message : String(cause)}`, {
      cause,
    });
    this.name = 'MigrationFailedError';
  }
}

const MIGRATION_FILE = /^\d{4}_[a-z0-9_]+\.ts$/;

/**
 * Reads migrations/NNNN_name.ts. Our own import() (rather than Kysely's FileMigrationProvider) so the
 * TypeScript loader in use (tsx, or vitest's) resolves the files.
 */
export const migrationFolderProvider: MigrationProvider = {
  async getMigrations(): Promise<Record<string, Migration>> {
    const files = (await fs.readdir(MIGRATIONS_DIR)).filter((f) => MIGRATION_FILE.test(f)).sort();
    const migrations: Record<string, Migration> = {};
    for (const file of files) {
      const module = (await import(pathToFileURL(path.join(MIGRATIONS_DIR, file)).href)) as Partial<Migration>;
      if (typeof module.up !== 'function') throw new Error(`Migration ${file} has no up() function`);
      migrations[file.replace(/\.ts$/, '')] = module as Migration;
    }
    return migrations;
  },
};

// biome-ignore lint/suspicious/noExplicitAny: migrations run against any schema version
export function createMigrator(db: Kysely<any>): Migrator {
  return new Migrator({ db, provider: migrationFolderProvider });
}

/**
 * Applies every pending migration in order, all in one transaction (PostgreSQL DDL is transactional): all or nothing.
 */
// biome-ignore lint/suspicious/noExplicitAny: as above
export async function migrateToLatest(db: Kysely<any>): Promise<MigrationResult[]> {
  const { error, results = [] } = await createMigrator(db).migrateToLatest();
  if (error) {
    const failed = results.find((r) => r.status === 'Error');
    throw new MigrationFailedError(failed?.migrationName, error);
  }
  return results.filter((r) => r.status === 'Success');
}
