import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { events, openDatabase } from '@vigil/db';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from './support/cli.ts';

const WRITER = fileURLToPath(new URL('./fixtures/event-writer.ts', import.meta.url));

/** Run the writer until it has committed `count` rows, then SIGKILL it (and, optionally, the database process). */
function writeThenKill(dataDir: string, count: number, killDatabaseToo: boolean): Promise<number[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', WRITER, dataDir], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    const committed: number[] = [];
    let buffer = '';
    let stderr = '';
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      let newline = buffer.indexOf('\n');
      while (newline >= 0) {
        const line = buffer.slice(0, newline);
        buffer = buffer.slice(newline + 1);
        const match = /^committed (\d+)$/.exec(line);
        if (match) committed.push(Number(match[1]));
        newline = buffer.indexOf('\n');
      }
      if (committed.length >= count && child.exitCode === null && !child.killed) {
        // Killing the process group takes the embedded database process down with the writer.
        if (killDatabaseToo) process.kill(-child.pid!, 'SIGKILL');
        else child.kill('SIGKILL');
      }
    });
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL') resolve(committed);
      else reject(new Error(`writer exited with ${code}: ${stderr}`));
    });
  });
}

// About the embedded database only: the PostgreSQL run skips it.
describe.skipIf(!!process.env.DATABASE_URL)('SIGKILL during writes', () => {
  const dirs: string[] = [];
  afterAll(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  for (const killDatabaseToo of [false, true]) {
    it(`loses no committed row and needs no repair (${killDatabaseToo ? 'server and database process' : 'server process'} killed)`, async () => {
      const dataDir = mkdtempSync(join(tmpdir(), 'vigil-crash-'));
      dirs.push(dataDir);
      const committed = await writeThenKill(dataDir, 150, killDatabaseToo);
      expect(committed.length).toBeGreaterThanOrEqual(150);
      // Start again on the same directory, as a user would after a crash.
      const database = await openDatabase({ dataDir });
      try {
        const rows = await database.db.select({ id: events.id }).from(events);
        const stored = new Set(rows.map((row) => row.id));
        const lost = committed.filter((id) => !stored.has(id));
        expect(lost).toEqual([]);
      } finally {
        await database.close();
      }
    });
  }
});
