import type { Config } from '../app/config.ts';
import { openCliDatabase } from './service-context.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { seedReferenceData } from '../db/reference-data.ts';

/** npm run cli -- migrate: applies pending migrations and loads reference data; prints what it did. */
export async function migrateCommand(config: Config, print: (line: string) => void): Promise<void> {
  const database = await openCliDatabase(config);
  try {
    const applied = await migrateToLatest(database.db);
    print(
      applied.length === 0
        ? `The database at ${database.location} is up to date.`
        : `Applied ${applied.length} migration(s) to ${database.location}: ${applied.map((m) => m.migrationName).join(', ')}`,
    );
    const seeded = await seedReferenceData(database.db);
    if (seeded.changed)
      print(
        `Loaded reference data: ${seeded.provinces} provinces, ${seeded.communes} communes, ${seeded.occupations} occupations.`,
      );
  } finally {
    await database.close();
  }
}
