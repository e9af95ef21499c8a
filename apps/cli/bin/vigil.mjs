#!/usr/bin/env node
// Launcher for `npx vigil`: loads the TypeScript CLI in this same process through tsx's loader,
// so there is no build step and signals (Ctrl-C, SIGTERM) reach Vigil itself. `vigil scan` runs
// from a bundle built on first use instead (scan-bundle.mjs), which starts a second sooner.
import { spawn } from 'node:child_process';
import { pathToFileURL } from 'node:url';

// `vigil scan` allocates many short-lived objects per item and holds a window of items: with a
// larger young generation fewer of them are copied or promoted (measured in docs/benchmarks.md).
// Allocation-site pretenuring is off: V8 otherwise sometimes decides, at the first scavenge (when
// the whole window is alive), to allocate the scan's per-item objects in the old generation, and
// from then on those dead objects keep their young text and selectors alive until a full GC: runs
// that hit it were 5-8% slower (decision 0019). V8 reads both flags at start-up only, so scan
// starts itself once more with them; the parent forwards signals and exits as the child did.
// VIGIL_NO_RESPAWN=1 runs it in place.
const SCAN_FLAGS = ['--max-semi-space-size=64', '--no-allocation-site-pretenuring'];

if (
  process.argv[2] === 'scan' &&
  !process.execArgv.some((a) => a.startsWith('--max-semi-space-size')) &&
  !process.env.VIGIL_NO_RESPAWN
) {
  const child = spawn(process.execPath, [...process.execArgv, ...SCAN_FLAGS, ...process.argv.slice(1)], {
    stdio: 'inherit',
  });
  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'];
  const forward = (signal) => child.kill(signal);
  for (const signal of signals) process.on(signal, forward);
  child.on('error', (error) => {
    process.stderr.write(`vigil: cannot start the scan process: ${error.message}\n`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => {
    for (const s of signals) process.off(s, forward);
    if (signal) process.kill(process.pid, signal);
    else process.exit(code ?? 1);
  });
} else {
  const bundle =
    process.argv[2] === 'scan' ? await (await import('./scan-bundle.mjs')).scanBundle() : undefined;
  if (bundle) await import(pathToFileURL(bundle).href);
  else {
    const { register } = await import('tsx/esm/api');
    register();
    await import('../src/main.ts');
  }
}
