import type { SelectorKind, SelectorMatch } from '../types.ts';
import { KEYWORD, keywordAt, WORD_CHAR } from './handle-keywords.ts';
import { extractLinkHandles, handleFromWebLink } from './handle-links.ts';
import {
  canonicalHandle,
  HANDLE_SERVICES,
  type HandleService,
  NOT_HANDLES,
  SERVICE_BY_ID,
} from './handle-services.ts';
import { surveyText } from './text-survey.ts';

const DOMAIN_AFTER = /^\.[\p{L}\p{N}]/u;

const KEYWORD_SERVICE = new Map<string, { service: HandleService; short: boolean }>();
for (const service of HANDLE_SERVICES) {
  for (const k of service.keywords) KEYWORD_SERVICE.set(k.replace(/ /g, ''), { service, short: false });
  for (const k of service.shortKeywords) KEYWORD_SERVICE.set(k.replace(/ /g, ''), { service, short: true });
}

/**
 * The next match of KEYWORD at or after `from` that isWholeWord could accept, as KEYWORD with the
 * `g` flag would find it, without trying the alternation at every character of the text: only
 * where a keyword's first two characters follow a non-word character (TextSurvey.keywordStarts).
 * (A match inside a word never passes isWholeWord; one could only hide a later candidate behind
 * the space of "only fans", "line id" or "wechat id", and neither "fans" nor "id" starts a keyword.)
 */
export function nextKeyword(text: string, from: number): RegExpExecArray | null {
  const starts = surveyText(text).keywordStarts;
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (starts[mid]! < from) lo = mid + 1;
    else hi = mid;
  }
  for (let s = lo; s < starts.length; s++) {
    const k = keywordAt(text, starts[s]!);
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

export { handleFromWebLink, KEYWORD };
