import { parseArgs } from 'node:util';
import type { Config } from '../app/config.ts';
import { openCliDatabase } from './service-context.ts';
import { createInvite } from '../db/invites.ts';
import type { RoleName } from '../db/schema.ts';
import { UsageError } from './usage-error.ts';

/**
 * npm run cli -- invite --role official|employer|admin|provider [--region CODE] [--allow-simulator]
 * Prints a one-time code; whoever sends "/start CODE" to the bot gets the role (valid 30 days). From a simulator
 * chat only with --allow-simulator (demos).
 */
const ROLES: readonly RoleName[] = ['official', 'employer', 'admin', 'provider'];

export async function inviteCommand(config: Config, args: string[], print: (line: string) => void): Promise<void> {
  let values;
  try {
    ({ values } = parseArgs({
      args,
      options: { role: { type: 'string' }, region: { type: 'string' }, 'allow-simulator': { type: 'boolean' } },
      strict: true,
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const role = values.role as RoleName | undefined;
  if (!role || !ROLES.includes(role)) throw new UsageError(`--role must be one of ${ROLES.join(', ')}`);
  const region = values.region ?? null;
  if (region !== null && !/^\d{2}$|^\d{5}$/.test(region))
    throw new UsageError('--region is a 2-digit province code (e.g. 19) or a 5-digit commune code');

  const database = await openCliDatabase(config);
  try {
    let regionName = 'the whole country';
    if (region) {
      const row = await database.db.selectFrom('regions').select('name').where('code', '=', region).executeTakeFirst();
      if (!row) throw new UsageError(`no province or commune has the code ${region}`);
      regionName = `${row.name} (${region})`;
    }
    const allowSimulator = values['allow-simulator'] === true;
    const { code, expiresAt } = await createInvite(database.db, role, region, { allowSimulator });
    print(code);
    print(
      `One-time ${role} invite for ${regionName}, valid until ${expiresAt.toISOString().slice(0, 10)}: the person sends "/start ${code}" to the bot${allowSimulator ? ' (the simulator included)' : ''}.`,
    );
  } finally {
    await database.close();
  }
}
