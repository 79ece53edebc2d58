import { sql, type Kysely, type RawBuilder, type Transaction } from 'kysely';
import type { Database } from '../../db/schema.ts';

/**
 * What the vacancy and broadcast fan-outs share: the recipient chat of a person, the priorities, the counts, and
 * running one statement over slices of the subscribers at once.
 */

/**
 * Where a person's message goes: their most recently seen private chat that is reachable and not tombstoned — one
 * chat per person however many channels they use, so nobody gets the same thing twice. `ci` joined to the person
 * (FROM … JOIN ${privateChatJoin}) and kept only when no such chat of theirs is newer (WHERE … AND
 * ${isLatestPrivateChat}). Written as a join plus an anti-join, not a LATERAL … LIMIT 1, so that the planner can
 * probe the index for a few hundred people and hash-join for a million (3.5× less CPU there).
 * Served by channel_identities_latest_idx (migrations/0008_fanout_indexes.ts).
 */
export function privateChatJoin(personId: RawBuilder<unknown>): RawBuilder<unknown> {
  return sql`channel_identities ci ON ci.person_id = ${personId} AND ci.chat_type = 'private' AND ci.reachable AND ci.tombstoned_at IS NULL`;
}

export const isLatestPrivateChat = sql<boolean>`NOT EXISTS (
  SELECT 1 FROM channel_identities newer
  WHERE newer.person_id = ci.person_id AND newer.chat_type = 'private' AND newer.reachable AND newer.tombstoned_at IS NULL
    AND (newer.last_seen_at, newer.id) > (ci.last_seen_at, ci.id))`;

/**
 * The person `personId` has no row yet for (kind, ref). ON CONFLICT DO NOTHING is what makes a re-run write
 * nothing twice; this lets a re-run skip those people before trying to insert them (a merge anti-join on
 * notifications_person_uniq): a million-person re-run then costs the select, not a million conflicts.
 */
export function notYetWritten(kind: string, refId: number, personId: RawBuilder<unknown>): RawBuilder<boolean> {
  return sql<boolean>`NOT EXISTS (
    SELECT 1 FROM notifications done WHERE done.kind = ${kind} AND done.ref_id = ${refId}::bigint AND done.person_id = ${personId})`;
}

/** A group chat identity that can still be written to; alias `gi`. */
export const GROUP_CHAT_REACHABLE = sql<boolean>`(gi.chat_type = 'group' AND gi.reachable AND gi.tombstoned_at IS NULL)`;

/** Notification priorities (lower is sooner): vacancy alerts before broadcasts, both after direct replies. */
export const PRIORITY = { vacancy: 1, broadcast: 3 } as const;

/** What a fan-out wrote (rows new this run; a re-run writes 0). */
export interface FanoutCounts {
  /** People with a 'pending' row (to be sent at not_before). */
  pending: number;
  /** People with a 'held' row (daily digest subscribers, and over the daily cap). */
  held: number;
  groupChats: number;
}

export const NOTHING_WRITTEN: FanoutCounts = { pending: 0, held: 0, groupChats: 0 };

export function addCounts(a: FanoutCounts, b: FanoutCounts): FanoutCounts {
  return { pending: a.pending + b.pending, held: a.held + b.held, groupChats: a.groupChats + b.groupChats };
}

/** `WITH written AS (INSERT … RETURNING person_id, status) <this>`: what the insert wrote, as one row. */
export const COUNT_WRITTEN = sql`
  SELECT
    count(*) FILTER (WHERE person_id IS NOT NULL AND status = 'pending')::int AS pending,
    count(*) FILTER (WHERE person_id IS NOT NULL AND status = 'held')::int AS held,
    count(*) FILTER (WHERE person_id IS NULL)::int AS group_chats
  FROM written`;

export type WrittenRow = { pending: number; held: number; group_chats: number };

export function toCounts(row: WrittenRow | undefined): FanoutCounts {
  return {
    pending: Number(row?.pending ?? 0),
    held: Number(row?.held ?? 0),
    groupChats: Number(row?.group_chats ?? 0),
  };
}

/** A slice of subscribers by person id, inclusive; null = all. */
export type PersonRange = { from: number; to: number } | null;

export function inRange(column: RawBuilder<unknown>, range: PersonRange): RawBuilder<boolean> {
  return range === null
    ? sql<boolean>`TRUE`
    : sql<boolean>`${column} BETWEEN ${range.from}::bigint AND ${range.to}::bigint`;
}

type Db = Kysely<Database> | Transaction<Database>;

/**
 * Runs the people statement of a fan-out: in `trx` over everyone when `parallelism` is 1 (PGlite has one
 * connection), else over `parallelism` equal slices of the person ids at once, each in its own transaction on its
 * own connection, so a million-row fan-out uses every core (PostgreSQL runs one INSERT on one core). A slice that
 * commits stays even if another fails: the statements are idempotent (ON CONFLICT DO NOTHING) and the caller
 * marks the fan-out finished only when every slice succeeded, so a re-run completes it.
 */
export async function runOverPeople(
  db: Kysely<Database>,
  trx: Transaction<Database>,
  parallelism: number,
  statement: (range: PersonRange) => RawBuilder<WrittenRow>,
): Promise<FanoutCounts> {
  if (parallelism <= 1) return runStatement(trx, statement(null));
  const ranges = await personRanges(trx, parallelism);
  // allSettled: when one slice fails, wait for the others before giving up, so that a retry never overlaps them.
  const settled = await Promise.allSettled(
    ranges.map((range) => db.transaction().execute((slice) => runStatement(slice, statement(range)))),
  );
  const failed = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected');
  if (failed) throw failed.reason;
  return settled.reduce((sum, s) => (s.status === 'fulfilled' ? addCounts(sum, s.value) : sum), NOTHING_WRITTEN);
}

/** The statement, without JIT: compiling it costs more (1.4 s at a million rows) than it saves on a run this short. */
export async function runStatement(
  trx: Transaction<Database>,
  statement: RawBuilder<WrittenRow>,
): Promise<FanoutCounts> {
  await sql`SET LOCAL jit = off`.execute(trx);
  const { rows } = await statement.execute(trx);
  return toCounts(rows[0]);
}

async function personRanges(db: Db, slices: number): Promise<PersonRange[]> {
  const { rows } = await sql<{
    lo: number | null;
    hi: number | null;
  }>`SELECT min(person_id) AS lo, max(person_id) AS hi FROM worker_profiles`.execute(db);
  const lo = Number(rows[0]?.lo ?? 0);
  const hi = Number(rows[0]?.hi ?? 0);
  const size = Math.max(1, Math.ceil((hi - lo + 1) / slices));
  const ranges: PersonRange[] = [];
  for (let from = lo; from <= hi; from += size) ranges.push({ from, to: from + size - 1 });
  if (ranges.length === 0) return [null];
  // Open at both ends: a profile created meanwhile falls in a slice rather than between them.
  ranges[0] = { from: 0, to: ranges[0]!.to };
  ranges[ranges.length - 1] = { from: ranges[ranges.length - 1]!.from, to: Number.MAX_SAFE_INTEGER };
  return ranges;
}
