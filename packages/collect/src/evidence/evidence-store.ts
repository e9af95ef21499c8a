import { createHash, randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { chmod, mkdir, open, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { sha256Hex } from './digest.ts';

export interface StoredObject {
  sha256: string;
  path: string;
  size: number;
  /** False when identical bytes were already in the store (stored once). */
  created: boolean;
}

const shaPattern = /^[0-9a-f]{64}$/;
const host = hostname().replace(/\./g, '_');

function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function fsyncPath(path: string): Promise<void> {
  const handle = await open(path, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Content-addressed, write-once evidence files: `<dataDir>/evidence/sha256/ab/cd/<sha256>`, mode 0444.
 * Bytes go to a temp file, are fsynced, then renamed into place, so after a crash an object is
 * either complete under its hash or absent; temp files are swept at start.
 */
export class EvidenceStore {
  readonly root: string;
  readonly tmpDir: string;
  private readonly madeDirs = new Set<string>();

  constructor(dataDir: string) {
    this.root = join(dataDir, 'evidence');
    this.tmpDir = join(this.root, 'tmp');
  }

  pathOf(sha256: string): string {
    if (!shaPattern.test(sha256)) throw new Error(`not a sha256: ${sha256.slice(0, 80)}`);
    return join(this.root, 'sha256', sha256.slice(0, 2), sha256.slice(2, 4), sha256);
  }

  private async ensureDir(dir: string): Promise<void> {
    if (this.madeDirs.has(dir)) return;
    await mkdir(dir, { recursive: true });
    this.madeDirs.add(dir);
  }

  async has(sha256: string): Promise<boolean> {
    return stat(this.pathOf(sha256)).then(
      () => true,
      () => false,
    );
  }

  async put(bytes: Uint8Array): Promise<StoredObject> {
    const sha256 = sha256Hex(bytes);
    const path = this.pathOf(sha256);
    if (await this.has(sha256)) return { sha256, path, size: bytes.length, created: false };
    const dir = join(path, '..');
    await Promise.all([this.ensureDir(this.tmpDir), this.ensureDir(dir)]);
    const tmp = join(this.tmpDir, `${sha256}.${host}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
    // Created read-only (0444): the mode binds later opens, this descriptor stays writable.
    const handle = await open(tmp, 'wx', 0o444);
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(tmp, path);
    // The rename is durable only once the directory entry is on disk.
    await fsyncPath(dir);
    return { sha256, path, size: bytes.length, created: true };
  }

  /** Copy a file of any size into the store, hashing while copying (imports of large WARCs). */
  async putFile(source: string): Promise<StoredObject> {
    await this.ensureDir(this.tmpDir);
    const tmp = join(this.tmpDir, `import.${host}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
    const hash = createHash('sha256');
    let size = 0;
    const handle = await open(tmp, 'wx', 0o600);
    try {
      for await (const chunk of createReadStream(source) as AsyncIterable<Buffer>) {
        hash.update(chunk);
        size += chunk.length;
        await handle.write(chunk);
      }
      await handle.sync();
    } finally {
      await handle.close();
    }
    const sha256 = hash.digest('hex');
    const path = this.pathOf(sha256);
    if (await this.has(sha256)) {
      await rm(tmp, { force: true });
      return { sha256, path, size, created: false };
    }
    const dir = join(path, '..');
    await this.ensureDir(dir);
    await chmod(tmp, 0o444);
    await rename(tmp, path);
    await fsyncPath(dir);
    return { sha256, path, size, created: true };
  }

  read(sha256: string): Promise<Buffer> {
    return readFile(this.pathOf(sha256));
  }

  /** Hash an object as it is on disk now (whole read when small, streamed when large). */
  async hashOnDisk(sha256: string, knownSize?: number): Promise<string> {
    if (knownSize !== undefined && knownSize < 8 * 1024 * 1024)
      return sha256Hex(await readFile(this.pathOf(sha256)));
    return new Promise((resolve, reject) => {
      const hash = createHash('sha256');
      createReadStream(this.pathOf(sha256))
        .on('data', (c) => hash.update(c))
        .on('error', reject)
        .on('end', () => resolve(hash.digest('hex')));
    });
  }

  /** Every object file in the store (name, size), whatever the index says. */
  async *objects(): AsyncGenerator<{ sha256: string; size: number; mode: number }> {
    const base = join(this.root, 'sha256');
    const level = (dir: string) => readdir(dir).catch(() => [] as string[]);
    for (const a of (await level(base)).sort())
      for (const b of (await level(join(base, a))).sort())
        for (const name of (await level(join(base, a, b))).sort()) {
          const s = await stat(join(base, a, b, name)).catch(() => undefined);
          if (s?.isFile()) yield { sha256: name, size: s.size, mode: s.mode & 0o777 };
        }
  }

  /**
   * Remove temp files left by dead writers; returns how many. A temp file of a live process on
   * this host (another worker sharing the store) is left alone unless older than an hour.
   */
  async sweepTemp(): Promise<number> {
    const names = await readdir(this.tmpDir).catch(() => [] as string[]);
    let removed = 0;
    for (const name of names) {
      const [, fileHost, pid] = name.split('.');
      const path = join(this.tmpDir, name);
      const age = Date.now() - ((await stat(path).catch(() => undefined))?.mtimeMs ?? 0);
      const ownerAlive = fileHost === host && pid !== undefined && isAlive(Number(pid));
      if (ownerAlive && age < 3_600_000) continue;
      await rm(path, { force: true });
      removed++;
    }
    return removed;
  }
}
