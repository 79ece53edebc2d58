import type { BroadcastTargetRow } from './funnel-queries.ts';

/**
 * Broadcasts counted by target area: a broadcast counts in every area one of its targets covers. A commune target
 * covers that commune and its province; a province target covers the province and every commune of it. Few rows
 * (a province sends a few broadcasts a week), so this is done here rather than in SQL. Pure.
 */
export interface Broadcast {
  id: number;
  /** Month bucket of the send time (1..n). */
  month: number;
  targets: { code: string; level: 'province' | 'commune'; provinceCode: string }[];
}

export function groupBroadcasts(rows: readonly BroadcastTargetRow[]): Broadcast[] {
  const byId = new Map<number, Broadcast>();
  for (const row of rows) {
    const id = Number(row.id);
    let broadcast = byId.get(id);
    if (broadcast === undefined) {
      broadcast = { id, month: Number(row.m), targets: [] };
      byId.set(id, broadcast);
    }
    broadcast.targets.push({ code: row.code, level: row.level, provinceCode: row.province_code });
  }
  return [...byId.values()];
}

/** Whether the broadcast reached (part of) a province. */
export function coversProvince(broadcast: Broadcast, provinceCode: string): boolean {
  return broadcast.targets.some((t) => t.provinceCode === provinceCode);
}

/** Whether the broadcast reached a commune (its commune or its whole province was a target). */
export function coversCommune(broadcast: Broadcast, communeCode: string, provinceCode: string): boolean {
  return broadcast.targets.some((t) => t.code === communeCode || (t.level === 'province' && t.code === provinceCode));
}
