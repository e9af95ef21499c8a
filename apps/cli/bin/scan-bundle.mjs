// The prebuilt `vigil scan`: apps/cli/src/scan-main.ts and everything it imports (our TypeScript,
// the lexicons, libphonenumber's metadata, eld, commander, csv) bundled into one ES module by
// esbuild. Loading TypeScript through tsx's hooks module by module costs about a second of CPU at
// every start; the bundle starts in about a third of that (docs/decisions/0018). The bundle is built
// on first use and again whenever one of its input files is newer, so it never runs stale code;
// if it cannot be built (no esbuild, read-only checkout) the launcher takes the tsx path.
import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const ENTRY = join(ROOT, 'apps/cli/src/scan-main.ts');
const OUT_DIR = join(ROOT, 'apps/cli/dist');
export const BUNDLE = join(OUT_DIR, 'scan.mjs');
/** The bundle's input files (from esbuild's metafile), to tell when it is stale. */
const INPUTS = join(OUT_DIR, 'scan.inputs.json');

const debug = (message) => {
  if (process.env.VIGIL_DEBUG) process.stderr.write(`vigil: scan bundle: ${message}\n`);
};

/**
 * True when the bundle exists and none of its inputs changed after it was written (paths in the
 * inputs file are relative to `root`).
 */
export function bundleIsFresh(bundle = BUNDLE, inputsFile = INPUTS, root = ROOT) {
  let built;
  let inputs;
  try {
    built = statSync(bundle).mtimeMs;
    inputs = JSON.parse(readFileSync(inputsFile, 'utf8'));
  } catch {
    return false;
  }
  if (!Array.isArray(inputs) || inputs.length === 0) return false;
  for (const file of inputs) {
    try {
      if (statSync(resolve(root, file)).mtimeMs >= built) return false;
    } catch {
      return false;
    }
  }
  return true;
}

/** Build the bundle; concurrent builders each write their own temp files and rename them in. */
export async function buildBundle() {
  const { build } = await import('esbuild');
  mkdirSync(OUT_DIR, { recursive: true });
  const tag = `${process.pid}.${Math.random().toString(36).slice(2, 8)}`;
  const tmpBundle = `${BUNDLE}.${tag}.tmp`;
  const tmpInputs = `${INPUTS}.${tag}.tmp`;
  try {
    const result = await build({
      entryPoints: [ENTRY],
      absWorkingDir: ROOT,
      outfile: tmpBundle,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      metafile: true,
      logLevel: 'silent',
      // CommonJS dependencies (commander, csv) require Node built-ins, which an ES module bundle
      // can only do through a real require.
      banner: {
        js: "import { createRequire as __vigilCreateRequire } from 'node:module'; const require = __vigilCreateRequire(import.meta.url);",
      },
    });
    writeFileSync(tmpInputs, JSON.stringify(Object.keys(result.metafile.inputs)));
    renameSync(tmpInputs, INPUTS);
    renameSync(tmpBundle, BUNDLE);
  } finally {
    rmSync(tmpBundle, { force: true });
    rmSync(tmpInputs, { force: true });
  }
}

/** The bundle's path, built or rebuilt first when needed; undefined when it cannot be had. */
export async function scanBundle() {
  if (process.env.VIGIL_NO_BUNDLE) return undefined;
  if (bundleIsFresh()) return BUNDLE;
  try {
    await buildBundle();
    debug(`built ${BUNDLE}`);
    return BUNDLE;
  } catch (error) {
    debug(`not built (${error?.message ?? error}); running the TypeScript sources`);
    return undefined;
  }
}
