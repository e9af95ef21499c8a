/**
 * A small JSONPath subset for adapters: `$`, `.key`, `['key']`, `[0]`, `[*]`, `.*`.
 * Returns every value the path reaches; never throws on data it does not expect.
 */
export function jsonPath(data: unknown, path: string): unknown[] {
  const steps = parsePath(path);
  let current: unknown[] = [data];
  for (const step of steps) {
    const next: unknown[] = [];
    for (const value of current) {
      if (value === null || typeof value !== 'object') continue;
      if (step === '*') next.push(...(Array.isArray(value) ? value : Object.values(value)));
      else if (typeof step === 'number') {
        if (Array.isArray(value) && step < value.length) next.push(value.at(step));
      } else if (!Array.isArray(value) && Object.hasOwn(value, step))
        next.push((value as Record<string, unknown>)[step]);
    }
    current = next;
  }
  return current.filter((v) => v !== undefined);
}

export function parsePath(path: string): (string | number)[] {
  const steps: (string | number)[] = [];
  const re = /\.([A-Za-z_$][\w$-]*|\*)|\[(\d+|\*|'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")\]/gy;
  let rest = path.trim();
  if (rest.startsWith('$')) rest = rest.slice(1);
  else rest = `.${rest}`;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  let consumed = 0;
  for (;;) {
    m = re.exec(rest);
    if (!m) break;
    consumed = re.lastIndex;
    const raw = m[1] ?? m[2]!;
    if (raw === '*') steps.push('*');
    else if (/^\d+$/.test(raw)) steps.push(Number(raw));
    else if (raw.startsWith("'") || raw.startsWith('"')) steps.push(raw.slice(1, -1).replace(/\\(.)/g, '$1'));
    else steps.push(raw);
  }
  if (consumed !== rest.length) throw new Error(`unsupported JSON path: ${path}`);
  return steps;
}
