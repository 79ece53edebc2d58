/**
 * Counts open event streams, per address and in total, and refuses one past either cap. Each stream holds a
 * socket and a listener for as long as the client likes, so without a cap one address could hold them all.
 */
export type StreamRefusal = 'too_many_streams_ip' | 'too_many_streams_total';

export type StreamSlot = { ok: true; release(): void } | { ok: false; reason: StreamRefusal };

export interface StreamCaps {
  /** Takes a slot for `ip`; the caller must release it when the stream closes (releasing twice is harmless). */
  open(ip: string): StreamSlot;
  /** Streams open for `ip`, or in total without an argument. */
  count(ip?: string): number;
}

export function createStreamCaps(caps: { perIp: number; total: number }): StreamCaps {
  const byIp = new Map<string, number>();
  let total = 0;

  return {
    open(ip) {
      const mine = byIp.get(ip) ?? 0;
      if (mine >= caps.perIp) return { ok: false, reason: 'too_many_streams_ip' };
      if (total >= caps.total) return { ok: false, reason: 'too_many_streams_total' };
      byIp.set(ip, mine + 1);
      total += 1;
      let released = false;
      return {
        ok: true,
        release() {
          if (released) return;
          released = true;
          total -= 1;
          const left = (byIp.get(ip) ?? 1) - 1;
          if (left > 0) byIp.set(ip, left);
          else byIp.delete(ip);
        },
      };
    },
    count(ip) {
      return ip === undefined ? total : (byIp.get(ip) ?? 0);
    },
  };
}
