import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error plain JavaScript module (the database child process loads it without a build)
import { createMultiplexedServer } from './wire-multiplexer.mjs';

let db: PGlite;
let server: { listen(port: number, host: string): Promise<number>; close(): Promise<void> };
let url: string;
let dataDir: string;

beforeAll(async () => {
  // On disk, as the embedded database runs.
  dataDir = mkdtempSync(join(tmpdir(), 'vigil-mux-'));
  db = await PGlite.create({ dataDir });
  server = createMultiplexedServer(db, { maxConnections: 8 });
  url = `postgres://postgres@127.0.0.1:${await server.listen(0, '127.0.0.1')}/postgres`;
  await db.exec('CREATE TABLE t (n int)');
});
afterAll(async () => {
  await server?.close();
  await db?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

async function connect(): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url });
  client.on('error', () => undefined);
  await client.connect();
  return client;
}

/** The socket under a pg client, to cut it as a SIGKILL of the client's process would. */
function cut(client: pg.Client): void {
  (client as unknown as { connection: { stream: { destroy(): void } } }).connection.stream.destroy();
}

/** A query that must answer within `ms`, so that a stuck multiplexer fails the test instead of hanging it. */
async function answersWithin<T>(ms: number, work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms: the session is held`)), ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

describe('wire multiplexer', () => {
  it('interleaves clients and keeps a transaction to its own client', async () => {
    const a = await connect();
    const b = await connect();
    await a.query('BEGIN');
    await a.query('INSERT INTO t VALUES (1)');
    const other = b.query('SELECT count(*)::int AS n FROM t');
    await a.query('ROLLBACK');
    expect((await answersWithin(10_000, other)).rows[0].n).toBe(0);
    await a.end();
    await b.end();
  });

  it('rolls back and frees the session when a client vanishes while its BEGIN is still running', async () => {
    const a = await connect();
    // One simple-query unit that opens a transaction and keeps PGlite busy; the socket is cut while it runs.
    const running = a
      .query('BEGIN; INSERT INTO t VALUES (2); SELECT count(*) FROM generate_series(1, 2000000)')
      .catch(() => undefined);
    await new Promise((r) => setTimeout(r, 20));
    cut(a);
    await running;
    const b = await answersWithin(10_000, connect());
    const rows = await answersWithin(10_000, b.query('SELECT count(*)::int AS n FROM t'));
    expect(rows.rows[0].n).toBe(0);
    await b.end();
  });

  it('rolls back and frees the session when a client vanishes between statements of its transaction', async () => {
    const a = await connect();
    await a.query('BEGIN');
    await a.query('INSERT INTO t VALUES (3)');
    cut(a);
    const b = await answersWithin(10_000, connect());
    const rows = await answersWithin(10_000, b.query('SELECT count(*)::int AS n FROM t'));
    expect(rows.rows[0].n).toBe(0);
    await b.end();
  });

  it('survives a client that vanishes mid-message and one that sends junk', async () => {
    const a = await connect();
    const socket = (a as unknown as { connection: { stream: { write(b: Buffer): void } } }).connection.stream;
    // Half a Query message: the length says 100 bytes, only 10 arrive.
    const half = Buffer.alloc(10);
    half.write('Q', 0);
    half.writeInt32BE(100, 1);
    socket.write(half);
    cut(a);
    const b = await answersWithin(10_000, connect());
    expect((await answersWithin(10_000, b.query('SELECT 1 AS one'))).rows[0].one).toBe(1);
    await b.end();
  });
});
