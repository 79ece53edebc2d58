import { Redis } from 'ioredis';

const MB = 1048576;

/** The peak RSS of this process, sampled every `everyMs` from now on. */
export function sampleRss(everyMs = 50): { peakMb(): number; stop(): void } {
  let peak = process.memoryUsage.rss();
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss());
  }, everyMs);
  return {
    peakMb: () => Math.round(Math.max(peak, process.memoryUsage.rss()) / MB),
    stop: () => clearInterval(timer),
  };
}

function memoryField(info: string, field: string): number {
  const match = new RegExp(`^${field}:(\\d+)`, 'm').exec(info);
  return match ? Number(match[1]) : 0;
}

/**
 * Redis memory while the benchmark runs: `used_memory` from INFO memory every `everyMs` (the highest seen), and
 * at the end Redis' own `used_memory_peak` (the highest since the server started: with a shared REDIS_URL that may
 * predate the benchmark).
 */
export function sampleRedisMemory(
  url: string,
  everyMs = 250,
): { stop(): Promise<{ usedMaxMb: number; peakMb: number }> } {
  const redis = new Redis(url, { maxRetriesPerRequest: 1 });
  redis.on('error', () => undefined);
  let usedMax = 0;
  const read = async () => {
    usedMax = Math.max(usedMax, memoryField(await redis.info('memory'), 'used_memory'));
  };
  const timer = setInterval(() => void read().catch(() => undefined), everyMs);
  return {
    async stop() {
      clearInterval(timer);
      const info = await redis.info('memory');
      usedMax = Math.max(usedMax, memoryField(info, 'used_memory'));
      const peak = memoryField(info, 'used_memory_peak');
      await redis.quit().catch(() => redis.disconnect());
      return { usedMaxMb: Number((usedMax / MB).toFixed(1)), peakMb: Number((peak / MB).toFixed(1)) };
    },
  };
}

/** CPU time redis-server has used (INFO cpu: used_cpu_user + used_cpu_sys), in ms. */
export async function redisCpuMs(url: string): Promise<number> {
  const redis = new Redis(url, { maxRetriesPerRequest: 1 });
  redis.on('error', () => undefined);
  try {
    const info = await redis.info('cpu');
    const seconds = (field: string) => Number(new RegExp(`^${field}:([\\d.]+)`, 'm').exec(info)?.[1] ?? 0);
    return Math.round((seconds('used_cpu_user') + seconds('used_cpu_sys')) * 1000);
  } finally {
    await redis.quit().catch(() => redis.disconnect());
  }
}

/** CPU time of this process so far (user + system), in ms. */
export function processCpuMs(): number {
  const { user, system } = process.cpuUsage();
  return Math.round((user + system) / 1000);
}

/**
 * The delivery queue while it runs, every `everyMs`: jobs started and not finished (active: at most the worker's
 * concurrency) and jobs waiting in the window (wait + prioritized; at most the feeder's window). Averages tell what
 * holds the rate back: active at the concurrency → the sends are slow; the window empty → the feeder is slow.
 */
export function sampleQueue(
  queue: { getJobCounts(...types: string[]): Promise<Record<string, number>> },
  everyMs = 250,
) {
  let samples = 0;
  let active = 0;
  let waiting = 0;
  let emptyWindow = 0;
  const timer = setInterval(() => {
    queue.getJobCounts('active', 'wait', 'prioritized').then(
      (counts) => {
        const inWindow = (counts.wait ?? 0) + (counts.prioritized ?? 0);
        samples += 1;
        active += counts.active ?? 0;
        waiting += inWindow;
        if (inWindow === 0) emptyWindow += 1;
      },
      () => undefined,
    );
  }, everyMs);
  return {
    stop() {
      clearInterval(timer);
      if (samples === 0) return null;
      return {
        samples,
        active_avg: Math.round(active / samples),
        waiting_avg: Math.round(waiting / samples),
        window_empty_pct: Math.round((100 * emptyWindow) / samples),
      };
    },
  };
}
