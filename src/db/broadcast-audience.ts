import { sql, type Kysely, type RawBuilder, type Transaction } from 'kysely';
import type { Database } from './schema.ts';

/**
 * Who an official's broadcast reaches: the one rule shared by the preview (/phatsong counts it before the official
 * confirms) and the fan-out (which sends to exactly these). Targets are region codes: communes and/or provinces.
 *
 * People — a worker profile `wp` such that
 *   - its commune is a target, or its province is a target (a province target covers all its communes);
 *   - alerts are not paused, the person is active (not stopped, not deleted);
 *   - the 'alerts' consent is given and not withdrawn;
 *   - the person has at least one reachable, non-tombstoned private chat (counted once however many they have);
 *   - when priority groups are chosen: their priority_groups overlap the chosen ones AND their 'priority_status'
 *     consent is given and not withdrawn (without that consent the groups are never used, even if stored).
 *
 * Group chats — an active group_subscriptions row `gs` whose chat is a reachable, non-tombstoned group, and whose
 * region is a target, or is a commune of a target province. A province-level subscription does NOT receive a
 * broadcast aimed at some communes of that province: the official narrowed the audience on purpose, and a
 * province group would spread it to the whole province (the same reason a worker of another commune of the
 * province does not receive it). When priority groups are chosen no group chat receives it: a chat cannot be
 * narrowed to a priority group.
 *
 * The conditions are SQL fragments over the aliases `wp` (worker_profiles) and `gs` (group_subscriptions), so the
 * fan-out selects recipients with the same WHERE clause the preview counted with.
 */
type Db = Kysely<Database> | Transaction<Database>;

function codeList(codes: readonly string[]): RawBuilder<unknown> {
  return sql.join(codes.map((code) => sql`${code}`));
}

/** The base rule for people (targets, not paused, active, alerts consent, a reachable private chat); alias `wp`. */
export function peopleReachedCondition(targets: readonly string[]): RawBuilder<boolean> {
  if (targets.length === 0) return sql<boolean>`FALSE`;
  const codes = codeList(targets);
  return sql<boolean>`(
    (wp.commune_code IN (${codes}) OR wp.province_code IN (${codes}))
    AND wp.paused_at IS NULL
    AND EXISTS (SELECT 1 FROM people bp WHERE bp.id = wp.person_id AND bp.status = 'active')
    AND EXISTS (SELECT 1 FROM consents bc WHERE bc.person_id = wp.person_id AND bc.purpose = 'alerts' AND bc.withdrawn_at IS NULL)
    AND EXISTS (
      SELECT 1 FROM channel_identities bi
      WHERE bi.person_id = wp.person_id AND bi.chat_type = 'private' AND bi.reachable AND bi.tombstoned_at IS NULL))`;
}

/** Whether the person `wp` may be counted in priority groups at all: their 'priority_status' consent stands. */
export function priorityConsentCondition(): RawBuilder<boolean> {
  return sql<boolean>`EXISTS (
    SELECT 1 FROM consents pc WHERE pc.person_id = wp.person_id AND pc.purpose = 'priority_status' AND pc.withdrawn_at IS NULL)`;
}

/** The full rule for people (alias `wp`): the base rule, narrowed to the priority groups when any are chosen. */
export function broadcastPeopleCondition(
  targets: readonly string[],
  priorityGroups: readonly string[],
): RawBuilder<boolean> {
  const base = peopleReachedCondition(targets);
  if (priorityGroups.length === 0) return base;
  return sql<boolean>`(${base} AND wp.priority_groups && ARRAY[${codeList(priorityGroups)}]::text[] AND ${priorityConsentCondition()})`;
}

/** The rule for group chats (alias `gs`); never any when priority groups are chosen. */
export function broadcastGroupChatCondition(
  targets: readonly string[],
  priorityGroups: readonly string[],
): RawBuilder<boolean> {
  if (targets.length === 0 || priorityGroups.length > 0) return sql<boolean>`FALSE`;
  const codes = codeList(targets);
  return sql<boolean>`(
    gs.stopped_at IS NULL
    AND (gs.region_code IN (${codes})
      OR EXISTS (SELECT 1 FROM regions gr WHERE gr.code = gs.region_code AND gr.level = 'commune' AND gr.province_code IN (${codes})))
    AND EXISTS (
      SELECT 1 FROM channel_identities gi
      WHERE gi.id = gs.identity_id AND gi.chat_type = 'group' AND gi.reachable AND gi.tombstoned_at IS NULL))`;
}

export interface AudienceCount {
  people: number;
  groupChats: number;
}

/** How many people and group chats a broadcast to `targets` (narrowed to `priorityGroups`, if any) reaches now. */
export async function countBroadcastAudience(
  db: Db,
  targets: readonly string[],
  priorityGroups: readonly string[],
): Promise<AudienceCount> {
  const { rows } = await sql<{ people: number; group_chats: number }>`
    SELECT
      (SELECT count(*)::int FROM worker_profiles wp WHERE ${broadcastPeopleCondition(targets, priorityGroups)}) AS people,
      (SELECT count(*)::int FROM group_subscriptions gs WHERE ${broadcastGroupChatCondition(targets, priorityGroups)}) AS group_chats`.execute(
    db,
  );
  const row = rows[0];
  return { people: Number(row?.people ?? 0), groupChats: Number(row?.group_chats ?? 0) };
}

/**
 * The audience of `targets` split by priority groups, so that the count for any choice of groups follows without
 * another query (the wizard asks the groups after the targets, and shows the count in the same reply): people
 * reached, grouped by their priority groups (only when their 'priority_status' consent stands; else []), and the
 * group chats. `regionCodes` echoes the targets it was computed for.
 */
export interface AudienceBreakdown {
  regionCodes: string[];
  people: { groups: string[]; count: number }[];
  groupChats: number;
}

export async function loadAudienceBreakdown(db: Db, targets: readonly string[]): Promise<AudienceBreakdown> {
  const [people, chats] = await Promise.all([
    sql<{ groups: string; people: number }>`
      SELECT CASE WHEN ${priorityConsentCondition()} THEN array_to_string(wp.priority_groups, ',') ELSE '' END AS groups, count(*)::int AS people
      FROM worker_profiles wp
      WHERE ${peopleReachedCondition(targets)}
      GROUP BY 1`.execute(db),
    sql<{
      group_chats: number;
    }>`SELECT count(*)::int AS group_chats FROM group_subscriptions gs WHERE ${broadcastGroupChatCondition(targets, [])}`.execute(
      db,
    ),
  ]);
  return {
    regionCodes: [...targets],
    people: people.rows.map((r) => ({ groups: r.groups === '' ? [] : r.groups.split(','), count: Number(r.people) })),
    groupChats: Number(chats.rows[0]?.group_chats ?? 0),
  };
}

/** The count for a choice of priority groups, from a breakdown: the same rule as countBroadcastAudience. Pure. */
export function audienceFromBreakdown(breakdown: AudienceBreakdown, priorityGroups: readonly string[]): AudienceCount {
  if (priorityGroups.length === 0) {
    return { people: breakdown.people.reduce((sum, row) => sum + row.count, 0), groupChats: breakdown.groupChats };
  }
  const people = breakdown.people
    .filter((row) => row.groups.some((g) => priorityGroups.includes(g)))
    .reduce((sum, row) => sum + row.count, 0);
  return { people, groupChats: 0 };
}
