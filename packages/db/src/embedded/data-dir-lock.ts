import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseStartError } from './errors.ts';

export interface DataDirLock {
  /** Remember the database process, so a later start can wait for it to finish closing. */
  recordChild(pid: number): void;
  release(): void;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readPid(file: string): number | undefined {
  try {
    const pid = Number(readFileSync(file, 'utf8'));
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * One process per data directory: PGlite would corrupt its files if two opened them. A lock left
 * by a process that no longer exists (after SIGKILL) is taken over without manual repair; if the
 * old database process is still closing its files, we wait for it.
 */
export function acquireDataDirLock(dir: string): DataDirLock {
  const file = join(dir, 'vigil.lock');
  const childFile = join(dir, 'vigil-db.pid');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(file, String(process.pid), { flag: 'wx' });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = readPid(file);
      if (owner && owner !== process.pid && isAlive(owner)) {
        throw new DatabaseStartError(
          `data directory ${dir} is in use by another Vigil process (pid ${owner}): stop it or set VIGIL_DATA_DIR`,
        );
      }
      rmSync(file, { force: true });
      if (attempt === 1) throw new DatabaseStartError(`could not lock data directory ${dir}`);
    }
  }
  const oldChild = readPid(childFile);
  if (oldChild) {
    const deadline = Date.now() + 20_000;
    while (isAlive(oldChild) && Date.now() < deadline) sleep(50);
    if (isAlive(oldChild)) {
      rmSync(file, { force: true });
      throw new DatabaseStartError(
        `the previous database process (pid ${oldChild}) for ${dir} is still running: stop it and retry`,
      );
    }
  }
  return {
    recordChild: (pid) => writeFileSync(childFile, String(pid)),
    release: () => {
      rmSync(childFile, { force: true });
      rmSync(file, { force: true });
    },
  };
}
