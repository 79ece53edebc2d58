import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

/**
 * How `npm run cli` finds the running service that holds DATA_DIR: DATA_DIR/cli-endpoint.json, readable by its
 * owner only, names the process, the loopback port of its CLI endpoint and the token the endpoint asks for.
 * Whoever can read the file can already read the database files next to it, so it grants nothing new.
 */
export const CLI_ENDPOINT_FILE = 'cli-endpoint.json';

const endpointSchema = z.object({
  pid: z.number().int().positive(),
  port: z.number().int().min(1).max(65535),
  token: z.string().min(32),
});

export type CliEndpoint = z.infer<typeof endpointSchema>;

export function cliEndpointPath(dataDir: string): string {
  return path.join(dataDir, CLI_ENDPOINT_FILE);
}

/** Written whole (a temporary file renamed into place), mode 0600. */
export function writeCliEndpoint(dataDir: string, endpoint: CliEndpoint): void {
  const target = cliEndpointPath(dataDir);
  const temporary = `${target}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, JSON.stringify(endpoint), { mode: 0o600 });
  fs.renameSync(temporary, target);
}

/** The endpoint, or null when there is none (or the file is not one we wrote). */
export function readCliEndpoint(dataDir: string): CliEndpoint | null {
  let text: string;
  try {
    text = fs.readFileSync(cliEndpointPath(dataDir), 'utf8');
  } catch {
    return null;
  }
  try {
    const parsed = endpointSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Removes the file if it is still this process's. */
export function removeCliEndpoint(dataDir: string, pid = process.pid): void {
  if (readCliEndpoint(dataDir)?.pid !== pid) return;
  fs.rmSync(cliEndpointPath(dataDir), { force: true });
}
