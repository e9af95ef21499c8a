import type { SelectorKind, SelectorMatch } from '../types.ts';
import { extractLinkHandles, handleFromWebLink } from './handle-links.ts';
import {
  canonicalHandle,
  HANDLE_SERVICES,
  type HandleService,
  NOT_HANDLES,
  SERVICE_BY_ID,
} from './handle-services.ts';

const escapeKeyword = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[ \\t]?');
const KEYWORD_SERVICE = new Map<string, { service: HandleService; short: boolean }>();
for (const service of HANDLE_SERVICES) {
  for (const k of service.keywords) KEYWORD_SERVICE.set(k.replace(/ /g, ''), { service, short: false });
  for (const k of service.shortKeywords) KEYWORD_SERVICE.set(k.replace(/ /g, ''), { service, short: true });
}

interface TrieNode {
  end: boolean;
  next: Map<string, TrieNode>;
}

/**
 * One regex source matching any of `words`, factored by common prefixes (`tele(?:gram|ga)`): twice
 * as fast as a flat alternation, and still longest-first because optional tails are greedy.
 */
export function alternationTrie(words: string[]): string {
  const root: TrieNode = { end: false, next: new Map() };
  for (const word of words) {
    let node = root;
    for (const ch of word.toLowerCase()) {
      let child = node.next.get(ch);
      if (!child) {
        child = { end: false, next: new Map() };
        node.next.set(ch, child);
      }
      node = child;
    }
    node.end = true;
  }
  const emit = (node: TrieNode): string => {
    const alts = [...node.next].map(([ch, child]) => escapeKeyword(ch) + emit(child));
    if (alts.length === 0) return '';
    const body = alts.length === 1 ? (alts[0] as string) : `(?:${alts.join('|')})`;
    return node.end ? `(?:${body})?` : body;
  };
  return emit(root);
}

/**
 * A service name. Word boundaries are checked in code: a Unicode lookbehind in front of the
 * alternation made the handle kind several times slower.
 */
export const KEYWORD = new RegExp(
  alternationTrie(HANDLE_SERVICES.flatMap((s) => [...s.keywords, ...s.shortKeywords])),
  'gi',
);
const WORD_CHAR = /[\p{L}\p{N}_@]/u;
const DOMAIN_AFTER = /^\.[\p{L}\p{N}]/u;

/** The same alternation, sticky: tried only where a keyword may start a word (see nextKeyword). */
const KEYWORD_AT = new RegExp(KEYWORD.source, 'iy');
/** Code units a keyword can start with (either case, as the `i` flag folds them). */
const KEYWORD_FIRST = new Uint8Array(0x10000);
/** Code units that make a keyword part of a longer word when they stand before it (WORD_CHAR). */
const WORD_UNIT = new Uint8Array(0x10000);
{
  const firsts = new Set(
    HANDLE_SERVICES.flatMap((s) => [...s.keywords, ...s.shortKeywords]).map((k) => k[0]!),
  );
  const first = new RegExp(`^[${[...firsts].map((c) => c.replace(/[\]\\^-]/g, '\\$&')).join('')}]$`, 'i');
  for (let c = 0; c < 0x10000; c++) {
    const ch = String.fromCharCode(c);
    if (first.test(ch)) KEYWORD_FIRST[c] = 1;
    if (WORD_CHAR.test(ch)) WORD_UNIT[c] = 1;
  }
}

/**
 * The next match of KEYWORD at or after `from` that isWholeWord could accept, as KEYWORD with the
 * `g` flag would find it, without trying the alternation at every character of the text: only
 * where a keyword's first character follows a non-word character. (A match inside a word never
 * passes isWholeWord; one could only hide a later candidate behind the space of "only fans",
 * "line id" or "wechat id", and neither "fans" nor "id" starts a keyword.)
 */
export function nextKeyword(text: string, from: number): RegExpExecArray | null {
  for (let i = from; i < text.length; i++) {
    if (KEYWORD_FIRST[text.charCodeAt(i)] === 0 || (i > 0 && WORD_UNIT[text.charCodeAt(i - 1)] === 1))
      continue;
    KEYWORD_AT.lastIndex = i;
    const k = KEYWORD_AT.exec(text);
    if (k) return k;
  }
  return null;
}

/** Whether a keyword at [start, end) stands alone: not inside a word, not the start of a domain (`tiktok.com`). */
export function isWholeWord(text: string, start: number, end: number): boolean {
  if (start > 0 && WORD_CHAR.test(text[start - 1] as string)) return false;
  if (end < text.length && text[end] !== '@' && WORD_CHAR.test(text[end] as string)) return false;
  return !DOMAIN_AFTER.test(text.slice(end, end + 2));
}
/** After a service name: separator (one line break allowed), optional `@`, the handle. Groups: separator, `@`, handle. */
const AFTER =
  /([ \t\u00a0]*(?:[:：=>→|\-–—]+|\((?=@?\w))?[ \t\u00a0]*(?:\r?\n[ \t\u00a0]*)?)(@?)(live:[a-z0-9._-]{3,40}|[\p{L}\p{N}._*~-]{2,64})/iuy;
/** Between service names of one list: `telegram/whatsapp`, `insta, snap`, `tg or wa`. */
const JOIN =
  /^(?:[ \t]*[/,&|+][ \t]*|[ \t]+(?:or|and|oder|und|ou|et|o|y|of|en|lub|i|sau|și|или|и|або|та)[ \t]+)$/iu;

interface Named {
  service: HandleService;
  short: boolean;
}

/** Handles written after a service name (`telegram: @anna_x`, `tg @anna`, `insta/snap - anna.x`). */
function extractKeywordHandles(text: string): SelectorMatch[] {
  const out: SelectorMatch[] = [];
  let chain: Named[] = [];
  let chainEnd = -1;
  for (let k = nextKeyword(text, 0); k !== null; k = nextKeyword(text, k.index + k[0].length)) {
    const named = KEYWORD_SERVICE.get(k[0].toLowerCase().replace(/[ \t]/g, ''));
    if (!named || !isWholeWord(text, k.index, k.index + k[0].length)) continue;
    const joined = chainEnd >= 0 && k.index - chainEnd < 16 && JOIN.test(text.slice(chainEnd, k.index));
    // A list names a few services; cap it so `tg/tg/tg/…` cannot grow it without bound.
    if (!joined || chain.length >= 6) chain = [named];
    else if (!chain.some((c) => c.service === named.service)) chain = [...chain, named];
    chainEnd = k.index + k[0].length;
    AFTER.lastIndex = chainEnd;
    const a = AFTER.exec(text);
    if (!a) continue;
    const explicit = (a[1] ?? '').trim() !== '' || a[2] === '@';
    const token = (a[3] ?? '').replace(/[.\-~]+$/, '');
    if (token.length < 2) continue;
    // With only a space after the service name, a plain word (`Telegram daily`) is not a handle:
    // it must look like a username (digit, underscore or dot) and not be a common word.
    const lower = token.toLowerCase();
    if (!explicit && (!/[\d_.]/.test(token) || NOT_HANDLES.has(lower) || KEYWORD_SERVICE.has(lower)))
      continue;
    const start = chainEnd + (a[1] ?? '').length;
    const end = start + (a[2] ?? '').length + token.length;
    for (const { service, short } of chain) {
      if (!service.usernames || (short && !explicit)) continue;
      const value = canonicalHandle(service, token);
      if (value) out.push({ type: 'handle', value, raw: text.slice(start, end), start, end });
    }
  }
  return out;
}

function extractHandles(text: string): SelectorMatch[] {
  const links: SelectorMatch[] = extractLinkHandles(text).map((h) => ({
    type: 'handle',
    value: h.value,
    raw: text.slice(h.start, h.end),
    start: h.start,
    end: h.end,
  }));
  const named = extractKeywordHandles(text).filter(
    (m) => !links.some((l) => m.start < l.end && l.start < m.end),
  );
  return [...links, ...named].sort((a, b) => a.start - b.start);
}

const ALIASES: Record<string, string> = {
  tg: 'telegram',
  wa: 'whatsapp',
  insta: 'instagram',
  ig: 'instagram',
  snap: 'snapchat',
  sc: 'snapchat',
  of: 'onlyfans',
  fb: 'facebook',
  tt: 'tiktok',
  weixin: 'wechat',
};

/** `service:handle` from a typed value (`Telegram: @Anna_X`, `ig:anna.x`) or a profile link. */
function normalizeHandle(value: string): string | null {
  const v = value.trim();
  const fromLinks = extractLinkHandles(v);
  if (fromLinks.length === 1 && fromLinks[0]?.start === 0 && fromLinks[0].end === v.length)
    return fromLinks[0].value;
  const m = /^([a-z\u0400-\u04ff]+)[ \t]*:[ \t]*@?(\S+)$/iu.exec(v);
  if (!m) return null;
  const name = (m[1] ?? '').toLowerCase();
  const id = ALIASES[name] ?? KEYWORD_SERVICE.get(name)?.service.id ?? name;
  const service = SERVICE_BY_ID.get(id);
  return service ? canonicalHandle(service, m[2] ?? '') : null;
}

/** Messenger and social-media handles and links as `service:handle`. */
export const handleKind: SelectorKind = {
  type: 'handle',
  extract: (text) => extractHandles(text),
  normalize: normalizeHandle,
  validate(value) {
    const colon = value.indexOf(':');
    const service = SERVICE_BY_ID.get(value.slice(0, colon));
    return service !== undefined && canonicalHandle(service, value.slice(colon + 1)) === value;
  },
  compare(a, b) {
    if (a === b) return 1;
    // The same username on two services is a lead, not an identity.
    const ha = a.slice(a.indexOf(':') + 1);
    const hb = b.slice(b.indexOf(':') + 1);
    return ha.length >= 5 && ha.toLowerCase() === hb.toLowerCase() && !ha.startsWith('+') ? 0.5 : 0;
  },
};

export { handleFromWebLink };
