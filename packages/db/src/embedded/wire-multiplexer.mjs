// Many PostgreSQL clients onto PGlite's one session, safely.
//
// PGlite is a single backend: one session, one unnamed prepared statement, one transaction. The
// multiplexer in @electric-sql/pglite-socket interleaves clients message by message, so the Parse
// of one client can replace another's unnamed statement between that client's Parse and Bind, and
// queries fail at random under concurrency. Here each client's messages are grouped up to a
// protocol boundary (Sync, simple Query, Flush, CopyDone/CopyFail) and a group runs as one unit;
// while a client is inside a transaction only its own groups run.
import { createServer } from 'node:net';

const SSL_REQUEST = 80877103;
const CANCEL_REQUEST = 80877102;
const UNIT_END = new Set(['S', 'Q', 'H', 'c', 'f']);

export function createMultiplexedServer(db, { maxConnections = 32 } = {}) {
  const queue = [];
  let owner = null;
  let running = false;
  const connections = new Set();

  // Only pump decides who owns the session. A client can vanish at any moment, also while its own
  // unit runs (the unit that opens its transaction, say); so release() only marks it closed, and pump
  // rolls back a transaction whose client is gone before it runs anything else.
  async function pump() {
    if (running) return;
    running = true;
    try {
      for (;;) {
        if (owner?.closed) await abandon();
        const index = owner ? queue.findIndex((unit) => unit.conn === owner) : 0;
        if (index < 0 || queue.length === 0) break;
        const [unit] = queue.splice(index, 1);
        if (unit.conn.closed) continue;
        try {
          await db.runExclusive(() =>
            db.execProtocolRawStream(unit.bytes, {
              onRawData: (chunk) => {
                if (!unit.conn.closed) unit.conn.socket.write(Buffer.from(chunk));
              },
            }),
          );
        } catch (error) {
          process.stderr.write(`embedded database: protocol error: ${error?.message ?? error}\n`);
        }
        owner = db.isInTransaction() ? unit.conn : null;
      }
    } finally {
      running = false;
    }
  }

  /** The session's owner is gone: roll its transaction back so that the others can go on. */
  async function abandon() {
    try {
      // Not inside db.runExclusive: exec takes PGlite's query lock itself, and waiting for it while
      // holding it never returns (that was the other half of the old hang).
      await db.exec('ROLLBACK');
    } catch (error) {
      process.stderr.write(
        `embedded database: rollback for a closed client failed: ${error?.message ?? error}\n`,
      );
    }
    owner = null;
  }

  function release(conn) {
    if (conn.closed) return;
    conn.closed = true;
    connections.delete(conn);
    for (let i = queue.length - 1; i >= 0; i--) if (queue[i].conn === conn) queue.splice(i, 1);
    void pump();
  }

  function onData(conn, data) {
    conn.buffer = conn.buffer.length ? Buffer.concat([conn.buffer, data]) : data;
    for (;;) {
      if (!conn.started) {
        if (conn.buffer.length < 8) return;
        const length = conn.buffer.readInt32BE(0);
        if (conn.buffer.length < length) return;
        const code = conn.buffer.readInt32BE(4);
        const message = conn.buffer.subarray(0, length);
        conn.buffer = conn.buffer.subarray(length);
        if (code === SSL_REQUEST) {
          conn.socket.write('N');
          continue;
        }
        if (code === CANCEL_REQUEST) {
          conn.socket.end();
          return;
        }
        conn.started = true;
        queue.push({ conn, bytes: new Uint8Array(message) });
        void pump();
        continue;
      }
      if (conn.buffer.length < 5) return;
      const type = String.fromCharCode(conn.buffer[0]);
      const length = 1 + conn.buffer.readInt32BE(1);
      if (conn.buffer.length < length) return;
      const message = conn.buffer.subarray(0, length);
      conn.buffer = conn.buffer.subarray(length);
      if (type === 'X') {
        conn.socket.end();
        release(conn);
        return;
      }
      conn.pending.push(message);
      if (UNIT_END.has(type)) {
        queue.push({ conn, bytes: new Uint8Array(Buffer.concat(conn.pending)) });
        conn.pending = [];
        void pump();
      }
    }
  }

  const server = createServer((socket) => {
    if (connections.size >= maxConnections) {
      socket.end();
      return;
    }
    socket.setNoDelay(true);
    const conn = { socket, buffer: Buffer.alloc(0), pending: [], started: false, closed: false };
    connections.add(conn);
    socket.on('data', (data) => onData(conn, data));
    socket.on('error', () => release(conn));
    socket.on('close', () => release(conn));
  });

  return {
    listen: (port, host) =>
      new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => resolve(server.address().port));
      }),
    close: () =>
      new Promise((resolve) => {
        for (const conn of connections) conn.socket.destroy();
        server.close(() => resolve());
      }),
  };
}
