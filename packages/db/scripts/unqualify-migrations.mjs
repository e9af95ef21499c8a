// drizzle-kit writes `"public".` before every referenced table. Vigil runs its migrations in other
// schemas too (one fresh schema per test run on a shared server), so references must follow the
// search_path instead. Run after every `drizzle-kit generate`.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';

const dir = new URL('../migrations/', import.meta.url);
for (const name of readdirSync(dir)) {
  if (!name.endsWith('.sql')) continue;
  const file = new URL(name, dir);
  const sql = readFileSync(file, 'utf8');
  const fixed = sql.replaceAll('"public".', '');
  if (fixed !== sql) writeFileSync(file, fixed);
}
