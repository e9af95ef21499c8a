import { type Adapter, fieldNames } from './adapter-types.ts';

export class AdapterError extends Error {
  constructor(
    readonly adapter: string,
    readonly field: string,
    readonly problem: string,
  ) {
    super(`adapter "${adapter}": ${field}: ${problem}`);
  }
}

type Check = (value: unknown, path: string) => void;
type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Hand-written validation (no schema library in this package): strict, so a misspelt key is an
 * error, and every message names the field path.
 */
export function validateAdapter(input: unknown, label = 'unnamed'): Adapter {
  const name = isObj(input) && typeof input.name === 'string' && input.name ? input.name : label;
  const fail = (path: string, problem: string): never => {
    throw new AdapterError(name, path, problem);
  };
  const str: Check = (v, p) =>
    typeof v === 'string' && v.length > 0 ? undefined : fail(p, 'expected non-empty string');
  const bool: Check = (v, p) => (typeof v === 'boolean' ? undefined : fail(p, 'expected boolean'));
  const int =
    (min: number, max: number): Check =>
    (v, p) =>
      Number.isInteger(v) && (v as number) >= min && (v as number) <= max
        ? undefined
        : fail(p, `expected integer ${min}..${max}`);
  const regex: Check = (v, p) => {
    str(v, p);
    try {
      new RegExp(v as string);
    } catch (e) {
      fail(p, `invalid regular expression (${(e as Error).message})`);
    }
  };
  const url: Check = (v, p) => {
    str(v, p);
    let u: URL | undefined;
    try {
      u = new URL(v as string);
    } catch {
      fail(p, 'expected absolute URL');
    }
    if (u && u.protocol !== 'http:' && u.protocol !== 'https:') fail(p, 'expected http(s) URL');
  };
  const object =
    (shape: Record<string, Check>, required: string[] = []): Check =>
    (v, p) => {
      if (!isObj(v)) return fail(p || '(root)', 'expected object');
      const at = (key: string) => (p ? `${p}.${key}` : key);
      for (const key of required) if (v[key] === undefined) fail(at(key), 'required');
      for (const [key, value] of Object.entries(v)) {
        const check = shape[key];
        if (!check) fail(at(key), `unknown field (allowed: ${Object.keys(shape).join(', ')})`);
        else if (value !== undefined) check(value, at(key));
      }
    };
  const array =
    (item: Check, min = 0): Check =>
    (v, p) => {
      if (!Array.isArray(v)) return fail(p, 'expected array');
      if (v.length < min) fail(p, `expected at least ${min} entr${min === 1 ? 'y' : 'ies'}`);
      for (const [i, x] of v.entries()) item(x, `${p}[${i}]`);
    };
  const field: Check = (v, p) => {
    if (typeof v === 'string') return str(v, p);
    if (!isObj(v)) return fail(p, 'expected string or {selector} or {jsonPath}');
    if ('jsonPath' in v) return object({ jsonPath: str, all: bool }, ['jsonPath'])(v, p);
    return object({ selector: str, attr: str, all: bool }, ['selector'])(v, p);
  };
  const record: Check = (v, p) => {
    if (!isObj(v)) return fail(p, 'expected object');
    for (const [k, x] of Object.entries(v)) if (typeof x !== 'string') fail(`${p}.${k}`, 'expected string');
  };
  const root = object(
    {
      name: str,
      startUrls: array(url, 1),
      listing: object({ linkPattern: regex, linkSelector: str }),
      items: object({
        linkPattern: regex,
        linkSelector: str,
        container: str,
        jsonPath: str,
        fields: object(Object.fromEntries(fieldNames.map((f) => [f, field]))),
      }),
      pagination: object({ nextSelector: str, nextJsonPath: str }),
      limits: object({ maxDepth: int(0, 100), maxPages: int(1, 10_000_000), maxBytes: int(1024, 2 ** 50) }),
      rate: object({ minDelayMs: int(0, 3_600_000), concurrency: int(1, 64) }),
      needsBrowser: bool,
      cookies: array(
        object(
          {
            name: str,
            value: (v, p) => (typeof v === 'string' ? undefined : fail(p, 'expected string')),
            domain: str,
          },
          ['name', 'value'],
        ),
      ),
      headers: record,
      local: bool,
      tor: bool,
      country: (v, p) =>
        typeof v === 'string' && /^[A-Z]{2}$/.test(v)
          ? undefined
          : fail(p, 'expected ISO 3166-1 alpha-2 code'),
    },
    ['name', 'startUrls'],
  );
  root(input, '');
  return input as Adapter;
}

/** Parse adapter JSON text; JSON syntax errors are reported as adapter errors too. */
export function parseAdapter(text: string, label: string): Adapter {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new AdapterError(label, '(file)', `invalid JSON: ${(e as Error).message}`);
  }
  return validateAdapter(data, label);
}
