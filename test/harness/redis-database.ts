/**
 * The shared test redis-server with a database of this test file's own (0–15): two e2e files run at once, and two
 * apps on one database share BullMQ's queues, so one app's worker could take the other's jobs (a job then "never
 * arrives"). Each e2e file that starts the app passes its own number.
 */
export function redisDatabase(url: string, index: number): string {
  if (!Number.isInteger(index) || index < 1 || index > 15) throw new Error(`redis database ${index}: use 1 to 15`);
  const parsed = new URL(url);
  parsed.pathname = `/${index}`;
  return parsed.toString();
}
