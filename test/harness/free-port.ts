import { freeLoopbackPort } from '../../src/net/free-port.ts';

/** A TCP port on 127.0.0.1 that was free a moment ago. */
export const freePort = freeLoopbackPort;

export async function waitFor<T>(
  what: string,
  attempt: () => Promise<T>,
  timeoutMs = 20_000,
  intervalMs = 100,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      return await attempt();
    } catch (error) {
      lastError = error;
      await new Promise((r) => setTimeout(r, intervalMs));
    }
  }
  throw new Error(
    `Timed out after ${timeoutMs} ms waiting for ${what}: ${lastError instanceof Error ? lastError.message : String(lastError)}`,
  );
}
