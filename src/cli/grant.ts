import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import type { Config } from '../app/config.ts';
import { openCliDatabase } from './service-context.ts';
import type { RoleName } from '../db/schema.ts';
import { UsageError } from './usage-error.ts';
import { writeAudit } from '../db/audit-log.ts';
import { queueChatCommands } from '../messaging/queue/chat-commands.ts';

/**
 * npm run cli -- grant --channel telegram|zalo|simulator --chat ID --role official|employer|admin|provider
 * [--region CODE] [--allow-simulator] Gives a role to the person behind a chat (they must have written to the bot once). An official's
 * region (a province or commune code) limits everything they see and do; without --region the scope is the country.
 * A simulator chat is refused unless --allow-simulator is given (demos).
 */
const ROLES: readonly RoleName[] = ['official', 'employer', 'admin', 'provider'];
const CHANNELS = ['telegram', 'zalo', 'simulator'] as const;

export async function grantCommand(config: Config, args: string[], print: (line: string) => void): Promise<void> {
  let values;
  try {
    ({ values } = parseArgs({
      args,
      options: {
        channel: { type: 'string' },
        chat: { type: 'string' },
        role: { type: 'string' },
        region: { type: 'string' },
        'allow-simulator': { type: 'boolean' },
      },
      strict: true,
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const channel = values.channel;
  if (!channel || !(CHANNELS as readonly string[]).includes(channel))
    throw new UsageError(`--channel must be one of ${CHANNELS.join(', ')}`);
  // Anyone who can open the simulator can be anyone there: a role for one is for demos, and asked for by name.
  if (channel === 'simulator' && values['allow-simulator'] !== true)
    throw new UsageError(
      'simulator chats are not real people: add --allow-simulator to grant a role to one anyway (demos only)',
    );
  if (!values.chat)
    throw new UsageError(
      '--chat is required: the chat id of the person (see the simulator, or the bot logs of their first message)',
    );
  const role = values.role as RoleName | undefined;
  if (!role || !ROLES.includes(role)) throw new UsageError(`--role must be one of ${ROLES.join(', ')}`);
  const region = values.region ?? null;
  if (region !== null && !/^\d{2}$|^\d{5}$/.test(region))
    throw new UsageError('--region is a 2-digit province code (e.g. 19) or a 5-digit commune code');

  const database = await openCliDatabase(config);
  try {
    const db = database.db;
    const identity = await db
      .selectFrom('channel_identities')
      .select(['person_id', 'display_name', 'chat_type'])
      .where('channel', '=', channel as (typeof CHANNELS)[number])
      .where('chat_id', '=', values.chat)
      .executeTakeFirst();
    if (!identity?.person_id)
      throw new UsageError(
        `no person has written from ${channel} chat ${values.chat}: ask them to send /start to the bot first`,
      );
    let regionName = 'the whole country';
    if (region) {
      const row = await db.selectFrom('regions').select('name').where('code', '=', region).executeTakeFirst();
      if (!row) throw new UsageError(`no province or commune has the code ${region}`);
      regionName = `${row.name} (${region})`;
    }
    const personId = identity.person_id;
    const granted = await db.transaction().execute(async (trx) => {
      const inserted = await trx
        .insertInto('roles')
        .values({ person_id: personId, role, region_code: region, granted_via: 'cli' })
        .onConflict((oc) =>
          oc.expression(sql`person_id, role, region_code`).where('revoked_at', 'is', null).doNothing(),
        )
        .returning('id')
        .executeTakeFirst();
      if (inserted) {
        await writeAudit(trx, {
          actorPersonId: null,
          actorLabel: 'cli',
          action: 'role.granted',
          subjectType: 'person',
          subjectId: String(personId),
          regionCode: region,
          details: { role },
        });
        // Their Telegram "/" menu gains the role's commands (set by the running service's notify worker).
        await queueChatCommands(trx, personId);
      }
      return inserted !== undefined;
    });
    print(
      granted
        ? `Granted ${role} for ${regionName} to ${identity.display_name ?? 'the person'} (${channel} chat ${values.chat}).`
        : `${identity.display_name ?? 'The person'} already is ${role} for ${regionName}.`,
    );
  } finally {
    await database.close();
  }
}
