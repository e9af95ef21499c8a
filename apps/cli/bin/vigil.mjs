#!/usr/bin/env node
// Launcher for `npx vigil`: loads the TypeScript CLI in this same process through tsx's loader,
// so there is no build step and signals (Ctrl-C, SIGTERM) reach Vigil itself. `vigil scan` runs
// from a bundle built on first use instead (scan-bundle.mjs), which starts a second sooner.
import { spawn } from 'node:child_process';
import { pathToFileURL } from 'node:url';

// `vigil scan` allocates many short-lived objects per item and holds a window of items: with a
// larger young generation fewer of them are copied or promoted (measured in docs/benchmarks.md).
// V8 sizes the young generation at start-up only, so scan starts itself once more with the flag;
// the parent forwards signals and exits as the child did. VIGIL_NO_RESPAWN=1 runs it in place.
const YOUNG_GENERATION = '--max-semi-space-size=64';

if (
  process.argv[2] === 'scan' &&
  !process.execArgv.some((a) => a.startsWith('--max-semi-space-size')) &&
  !process.env.VIGIL_NO_RESPAWN
) {
  const child = spawn(process.execPath, [...process.execArgv, YOUNG_GENERATION, ...process.argv.slice(1)], {
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
