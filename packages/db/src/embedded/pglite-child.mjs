// The embedded database: PGlite served over the PostgreSQL wire protocol (wire-multiplexer.mjs),
// in its own process so that its blocking WebAssembly engine never stalls the HTTP server. Plain JavaScript, so the
// parent can start it with `node` directly. Talks to the parent over IPC:
//   child -> parent: { type: 'ready', port } | { type: 'error', message }
//   parent -> child: { type: 'stop' }
// When the parent disappears (even by SIGKILL) the IPC channel closes and the child shuts the
// database down cleanly, so the next start needs no repair.
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { createMultiplexedServer } from './wire-multiplexer.mjs';

const dataDir = process.env.VIGIL_PGLITE_DIR;
const maxConnections = Number(process.env.VIGIL_PGLITE_MAX_CONNECTIONS ?? '8');

function report(message) {
  if (process.send) process.send(message);
}

let stopping = false;
let db;
let server;

async function stop(code) {
  if (stopping) return;
  stopping = true;
  try {
    if (server) await server.close();
    if (db) await db.close();
  } catch (error) {
    process.stderr.write(`embedded database: shutdown error: ${error?.message ?? error}\n`);
    code = 1;
  }
  process.exit(code);
}

async function main() {
  if (!dataDir) throw new Error('VIGIL_PGLITE_DIR is not set');
  db = await PGlite.create({ dataDir, extensions: { pg_trgm } });
  server = createMultiplexedServer(db, { maxConnections });
  const port = await server.listen(0, '127.0.0.1');
  report({ type: 'ready', port });
}

process.on('message', (message) => {
  if (message && message.type === 'stop') void stop(0);
});
process.on('disconnect', () => void stop(0));
process.on('SIGTERM', () => void stop(0));
process.on('SIGINT', () => void stop(0));

main().catch((error) => {
  report({ type: 'error', message: error?.message ?? String(error) });
  process.stderr.write(`embedded database: ${error?.stack ?? error}\n`);
  process.exit(1);
});
