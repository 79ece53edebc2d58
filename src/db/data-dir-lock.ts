import fs from 'node:fs';
import path from 'node:path';

/**
 * DATA_DIR holds the embedded database and the private redis-server's data; one process at a time may use it.
 * A lock file with our pid keeps a second process (say `npm run cli` or another `npm start`) from opening the
 * same database or stopping our redis-server as if it were a leftover. Within one process the lock is
 * counted, so the database and the private Redis can each hold it.
 */
export class DataDirBusyError extends Error {
  constructor(
    readonly ownerPid: number,
    dir: string,
  ) {
    super(
      `DATA_DIR ${dir} (embedded database and private Redis) is in use by process ${ownerPid}. Stop that process first, or set DATABASE_URL and REDIS_URL to share servers.`,
    );
    this.name = 'DataDirBusyError';
  }
}

const held = new Map<string, number>();

/** Whether a process with this pid exists (one we may not signal counts too). */
export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function takeFile(lockPath: string, dataDir: string): void {
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      fs.writeFileSync(lockPath, String(process.pid), { flag: 'wx' });
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = Number(fs.readFileSync(lockPath, 'utf8').trim());
      if (Number.isInteger(owner) && owner > 0 && owner !== process.pid && isProcessAlive(owner)) {
        throw new DataDirBusyError(owner, dataDir);
      }
      fs.rmSync(lockPath, { force: true }); // stale: its process is gone
    }
  }
  throw new Error(`Could not take the lock ${lockPath}`);
}

/** Takes (or re-enters) the lock on DATA_DIR; the returned function gives it back once. */
export function acquireDataDirLock(dataDir: string): () => void {
  const dir = path.resolve(dataDir);
  fs.mkdirSync(dir, { recursive: true });
  const lockPath = path.join(dir, 'pg.lock');
  const count = held.get(dir) ?? 0;
  if (count === 0) takeFile(lockPath, dir);
  held.set(dir, count + 1);

  let released = false;
  return () => {
    if (released) return;
    released = true;
    const remaining = (held.get(dir) ?? 1) - 1;
    if (remaining > 0) {
      held.set(dir, remaining);
      return;
    }
    held.delete(dir);
    try {
      if (fs.readFileSync(lockPath, 'utf8') === String(process.pid)) fs.unlinkSync(lockPath);
    } catch {
      // already gone
    }
  };
}
