// Build the web app when its build is missing or older than its sources, so that
// `npm ci && npm start` serves the command centre with no separate build step.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const web = new URL('../apps/web/', import.meta.url).pathname;
const built = join(web, 'dist', 'index.html');

function newest(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let max = 0;
  for (const name of readdirSync(path)) max = Math.max(max, newest(join(path, name)));
  return max;
}

const sources = ['src', 'index.html', 'vite.config.ts', 'package.json'].map((name) => join(web, name));
const stale =
  !existsSync(built) || sources.some((path) => existsSync(path) && newest(path) > statSync(built).mtimeMs);
if (stale) {
  process.stderr.write('building the web app (apps/web) ...\n');
  execFileSync(
    process.execPath,
    [join(web, '..', '..', 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'warn'],
    {
      cwd: web,
      stdio: 'inherit',
    },
  );
}
