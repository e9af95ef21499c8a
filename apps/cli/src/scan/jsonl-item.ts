import {
  detached,
  type IndicatorMatch,
  type ItemAnalysis,
  type Reason,
  type SelectorMatch,
} from '@vigil/analysis';
import type { Utf8Block } from './utf8-block.ts';

/**
 * `toJsonl(a)` written straight into a Utf8Block, byte for byte the same, without the output
 * object, the JSON string and its re-encoding. What repeats from item to item is kept as ready
 * UTF-8 and copied: an indicator with its id, category, weight, language and matched text; a
 * reason with its source, code and label; a selector's type. The caches share a byte budget.
 */
export function addJsonl(block: Utf8Block, a: ItemAnalysis): void {
  block.bytes(ID);
  block.jsonString(a.id);
  block.bytes(LANG);
  if (a.lang == null) block.bytes(NULL);
  else block.jsonString(a.lang);
  block.bytes(KIND);
  block.jsonString(a.kind);
  block.bytes(SCORE);
  block.int(a.score);
  block.bytes(REASONS);
  const { reasons, selectors, indicators } = a;
  for (let i = 0; i < reasons.length; i++) {
    if (i > 0) block.byte(COMMA);
    addReason(block, reasons[i]!);
  }
  block.bytes(SELECTORS);
  for (let i = 0; i < selectors.length; i++) {
    if (i > 0) block.byte(COMMA);
    addSelector(block, selectors[i]!);
  }
  block.bytes(INDICATORS);
  for (let i = 0; i < indicators.length; i++) {
    if (i > 0) block.byte(COMMA);
    addIndicator(block, indicators[i]!);
  }
  block.bytes(END);
}

const utf8 = (s: string): Buffer => Buffer.from(s, 'utf8');
const ID = utf8('{"id":');
const LANG = utf8(',"lang":');
const NULL = utf8('null');
const KIND = utf8(',"kind":');
const SCORE = utf8(',"score":');
const REASONS = utf8(',"reasons":[');
const SELECTORS = utf8('],"selectors":[');
const INDICATORS = utf8('],"indicators":[');
const END = utf8(']}\n');
const RAW = utf8(',"raw":');
const START = utf8(',"start":');
const FLAGS = utf8(',"flags":[');
const COMMA = 0x2c;
const CLOSE = 0x7d; // }
const CLOSE_ARRAY = 0x5d; // ]

/**
 * The cached pieces are held to about this many bytes, whatever the input (many distinct ids,
 * matches or labels): past it, every cache is dropped and refills from what comes next.
 */
const MAX_CACHED_BYTES = 4 << 20;
let cachedBytes = 0;

/** Keep `value` (`bytes` long, about) under `key` in `map`, counted against the budget. */
function remember<V>(map: Map<string, V>, key: string, value: V, bytes: number): V {
  cachedBytes += bytes + 2 * key.length + 100; // + a rough overhead per entry
  if (cachedBytes > MAX_CACHED_BYTES) {
    cachedBytes = 0;
    indicatorPrefixes.clear(); // the per-match and per-label maps hang off these entries
    reasonPrefixes.clear();
    selectorPrefixes.clear();
  }
  map.set(key, value);
  return value;
}

const rememberBytes = (map: Map<string, Buffer>, key: string, b: Buffer): Buffer =>
  remember(map, key, b, b.length);

/** JSON of `{...fields, [last]: ''}` up to the value of `last`, e.g. `{"source":"x","label":`. */
const prefix = (fields: object, last: string): string =>
  JSON.stringify({ ...fields, [last]: '' }).slice(0, -3);

/**
 * An indicator id's other fields with their JSON, and the lines' beginnings per matched text.
 * The fields are compared on every use, so an entry never stands for other values.
 */
interface IndicatorPrefix {
  category: string;
  weight: number;
  lang: string;
  json: string;
  byMatch: Map<string, Buffer>;
}
const indicatorPrefixes = new Map<string, IndicatorPrefix>();

function addIndicator(block: Utf8Block, m: IndicatorMatch): void {
  let p = indicatorPrefixes.get(m.id);
  if (p === undefined || p.category !== m.category || p.weight !== m.weight || p.lang !== m.lang) {
    const { id, category, weight, lang } = m;
    const json = prefix({ id, category, weight, lang }, 'match');
    p = remember(indicatorPrefixes, id, { category, weight, lang, json, byMatch: new Map() }, json.length);
  }
  const match = m.match;
  // {"id":…,"match":"…","start":
  block.bytes(
    p.byMatch.get(match) ??
      rememberBytes(p.byMatch, detached(match), utf8(`${p.json}${JSON.stringify(match)},"start":`)),
  );
  block.int(m.start);
  block.ascii(',"end":');
  block.int(m.end);
  block.byte(CLOSE);
}

interface ReasonPrefix {
  source: string;
  json: string;
  byLabel: Map<string, Buffer>;
}
const reasonPrefixes = new Map<string, ReasonPrefix>();

function addReason(block: Utf8Block, r: Reason): void {
  let p = reasonPrefixes.get(r.code);
  if (p === undefined || p.source !== r.source) {
    const { source, code } = r;
    const json = prefix({ source, code }, 'label');
    p = remember(reasonPrefixes, code, { source, json, byLabel: new Map() }, json.length);
  }
  const label = r.label;
  // {"source":…,"label":"…","points":
  block.bytes(
    p.byLabel.get(label) ??
      rememberBytes(p.byLabel, label, utf8(`${p.json}${JSON.stringify(label)},"points":`)),
  );
  block.int(r.points);
  block.byte(CLOSE);
}

const selectorPrefixes = new Map<string, Buffer>();

function addSelector(block: Utf8Block, s: SelectorMatch): void {
  block.bytes(
    selectorPrefixes.get(s.type) ??
      rememberBytes(selectorPrefixes, s.type, utf8(prefix({ type: s.type }, 'value'))),
  );
  block.jsonString(s.value);
  block.bytes(RAW);
  block.jsonString(s.raw);
  block.bytes(START);
  block.int(s.start);
  block.ascii(',"end":');
  block.int(s.end);
  const flags = s.flags;
  if (flags?.length) {
    block.bytes(FLAGS);
    for (let i = 0; i < flags.length; i++) {
      if (i > 0) block.byte(COMMA);
      block.jsonString(flags[i]!);
    }
    block.byte(CLOSE_ARRAY);
  }
  block.byte(CLOSE);
}
