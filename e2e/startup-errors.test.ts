import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { childEnv, freePort, runVigil } from './support/cli.ts';

/** Bad configuration ends with one clear line on stderr and a non-zero exit. */
// Start-up checks do not depend on the database target: the PostgreSQL run skips them.
describe.skipIf(!!process.env.DATABASE_URL)(
  'vigil serve refuses bad configuration with one clear line',
  () => {
    const dirs: string[] = [];
    const tempDir = () => {
      const dir = mkdtempSync(join(tmpdir(), 'vigil-e2e-'));
      dirs.push(dir);
      return dir;
    };
    afterAll(() => {
      for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
    });

    const lastLine = (stderr: string) => stderr.trim().split('\n').at(-1) ?? '';

    it('names an unreachable DATABASE_URL', async () => {
      const port = await freePort();
      const result = await runVigil(
        ['serve'],
        childEnv({ DATABASE_URL: `postgres://nobody:secret@127.0.0.1:${port}/none` }),
      );
      expect(result.code).not.toBe(0);
      expect(lastLine(result.stderr)).toMatch(
        /^vigil: cannot connect to the database at postgres:\/\/nobody:\*\*\*@127\.0\.0\.1/,
      );
      expect(result.stderr).not.toContain('secret');
    });

    it('names a DATABASE_URL that is not a URL', async () => {
      const result = await runVigil(['serve'], childEnv({ DATABASE_URL: 'mysql://x' }));
      expect(result.code).not.toBe(0);
      expect(lastLine(result.stderr)).toBe('vigil: DATABASE_URL must start with postgres://, got mysql://');
    });

    it('names an unwritable data directory', async () => {
      // CI runs as root, which ignores permission bits: put a file where a directory must be instead.
      const blocked = join(tempDir(), 'file');
      writeFileSync(blocked, 'not a directory');
      const result = await runVigil(['serve'], childEnv({ VIGIL_DATA_DIR: join(blocked, 'data') }));
      expect(result.code).not.toBe(0);
      expect(lastLine(result.stderr)).toMatch(
        /^vigil: data directory .* is not writable \(\w+\): set VIGIL_DATA_DIR/,
      );
    });

    it('names a port in use', async () => {
      const blocker: Server = createServer();
      const port = await new Promise<number>((resolve) =>
        blocker.listen(0, '127.0.0.1', () => resolve((blocker.address() as { port: number }).port)),
      );
      try {
        const result = await runVigil(['serve'], childEnv({ VIGIL_DATA_DIR: tempDir(), PORT: String(port) }));
        expect(result.code).not.toBe(0);
        expect(lastLine(result.stderr)).toBe(
          `vigil: port ${port} on 127.0.0.1 is already in use: stop the other program or set PORT`,
        );
      } finally {
        blocker.close();
      }
    });

    it('refuses a data directory from a newer schema version', async () => {
      const dataDir = tempDir();
      const migrated = await runVigil(['migrate'], childEnv({ VIGIL_DATA_DIR: dataDir }));
      expect(migrated.code, migrated.stderr).toBe(0);
      // Pretend a newer Vigil has migrated this database further.
      const { startEmbeddedDatabase } = await import('@vigil/db');
      const embedded = await startEmbeddedDatabase(dataDir);
      const client = new pg.Client(embedded.url);
      await client.connect();
      await client.query(`INSERT INTO public.__drizzle_migrations (hash, created_at) VALUES ('future', $1)`, [
        String(Date.now() + 10 ** 9),
      ]);
      await client.end();
      await embedded.stop();
      const result = await runVigil(['serve'], childEnv({ VIGIL_DATA_DIR: dataDir }));
      expect(result.code).not.toBe(0);
      expect(lastLine(result.stderr)).toMatch(
        /^vigil: the database has schema version \d+, newer than this Vigil knows/,
      );
      // Three embedded starts (two with initdb or recovery): slow on a loaded 2-core machine.
    }, 180_000);
  },
);
