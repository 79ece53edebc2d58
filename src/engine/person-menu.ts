import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { Audience } from '../kernel/roles.ts';
import type { HomeMenu } from './home.ts';
import type { Registry } from './registry.ts';

/**
 * The home menu of one person: the entries their audiences see, with the counts of things waiting for them read
 * now ("Duyệt tin (3 tin chờ duyệt)"). A person with no role sees no entry with a count: no query is made.
 * A count that cannot be read shows the entry without one rather than failing the message.
 */
export async function personMenu(
  db: Kysely<Database>,
  registry: Registry,
  personId: number | null,
  audiences: readonly Audience[],
): Promise<HomeMenu> {
  const entries = registry.menuFor(audiences);
  if (personId === null || !entries.some((entry) => entry.count)) return entries;
  const counts = await Promise.all(
    entries.map((entry) => (entry.count ? entry.count(db, personId).catch(() => 0) : Promise.resolve(0))),
  );
  return entries.map((entry, index) => {
    const count = counts[index] ?? 0;
    return count > 0 ? { id: entry.id, label: (lang) => entry.counted(lang, count) } : entry;
  });
}
