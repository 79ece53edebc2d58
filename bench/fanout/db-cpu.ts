import fs from 'node:fs';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../src/db/schema.ts';

/**
 * CPU time (ms) of each backend connected to the bench database, read from /proc when the server runs here (else null).
 */
export async function backendCpu(db: Kysely<Database>): Promise<Map<number, number> | null> {
  const { rows } = await sql<{
    pid: number;
  }>`SELECT pid FROM pg_stat_activity WHERE datname = current_database()`.execute(db);
  const ticks = new Map<number, number>();
  for (const { pid } of rows) {
    try {
      if (fs.readFileSync(`/proc/${pid}/comm`, 'utf8').trim() !== 'postgres') return null;
      const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
      ticks.set(Number(pid), (Number(fields[11]) + Number(fields[12])) * 10); // clock ticks of 10 ms
    } catch {
      return null;
    }
  }
  return ticks;
}

/** CPU used between two readings: all backends together, and the busiest one. */
export function diffCpu(
  before: Map<number, number> | null,
  after: Map<number, number> | null,
): { total: number; busiest: number } | null {
  if (!before || !after) return null;
  const used = [...after].map(([pid, ms]) => ms - (before.get(pid) ?? 0));
  return { total: used.reduce((a, b) => a + b, 0), busiest: Math.max(0, ...used) };
}
