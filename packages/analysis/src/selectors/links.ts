import { isFuzzyTld, linkify } from './linkify.ts';
import { surveyText } from './text-survey.ts';

/** A link found in a text, with where its host sits (offsets into the text). */
export interface LinkHit {
  raw: string;
  start: number;
  end: number;
  /** linkify-it's URL: the raw link with `http://` added when no scheme was written. */
  href: string;
  /** Whether the text itself wrote a scheme (`https://`, `//`). */
  explicitScheme: boolean;
  /** Whether anything follows the host (path, query, fragment). */
  hasPath: boolean;
  host: string;
  hostStart: number;
  hostEnd: number;
}

/** Tokens longer than this are cut: linkify-it is not linear on huge unbroken runs, and no real URL is this long. */
const MAX_TOKEN = 4096;

let memoText: string | undefined;
let memoHits: LinkHit[] = [];

/**
 * All links in `text`. linkify-it costs ~30 µs on a whole 500-character text, so it only sees the
 * whitespace-delimited tokens that could hold a link: those with a dot before a unit that is neither
 * white space nor a dot, or with `://` (every link has one, most words have neither; the text
 * survey lists them). The last result is memoised because the URL,
 * domain, onion and handle kinds all ask for the links of the same text in a row.
 */
export function findLinks(text: string): LinkHit[] {
  if (text === memoText) return memoHits;
  const hits: LinkHit[] = [];
  let floor = 0;
  for (const at of surveyText(text).linkTriggers) {
    if (at < floor) continue;
    let start = at;
    while (start > floor && at - start < MAX_TOKEN && !isSpace(text.charCodeAt(start - 1))) start--;
    let end = at;
    while (end < text.length && end - start < MAX_TOKEN && !isSpace(text.charCodeAt(end))) end++;
    if (end <= at) end = Math.min(text.length, at + 1);
    scanToken(text, start, end, hits);
    floor = end;
  }
  memoText = text;
  memoHits = hits;
  return hits;
}

/**
 * The plain ASCII shape most links have (`https://host.tld/path?q=1`, `www.host.tld/x`): read
 * directly, as linkify-it would (a property test holds the two together). Anything else, such as
 * brackets, quotes, ports, user info or non-ASCII, goes to linkify-it, which costs ~10 µs a link.
 */
const SIMPLE =
  /^(?:(https?:|ftp:)?\/\/)?((?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+([a-z]{2,63}|xn--[a-z0-9-]{1,59}))(?:[/?#][a-z0-9\-._~%/?#=&+]*)?$/i;
/** What linkify-it drops after a link in every context; longer or mixed tails go to linkify-it itself. */
const TRAILING = /(?:\.\.|[.,;!?])$/;

export function simpleLink(token: string): { raw: string; href: string; explicitScheme: boolean } | null {
  const raw = token.replace(TRAILING, '');
  if (/[.,;:!?]$/.test(raw)) return null;
  const m = SIMPLE.exec(raw);
  if (!m) return null;
  const scheme = m[1];
  const explicitScheme = raw.startsWith('//') || scheme !== undefined;
  if (!explicitScheme && !isFuzzyTld(m[3] ?? '')) return null;
  // linkify-it stops a path at '..' and at a '?' or '#' it cannot tell from punctuation; leave those to it.
  const hostEnd =
    (scheme ?? '').length + (raw.startsWith('//', (scheme ?? '').length) ? 2 : 0) + (m[2] ?? '').length;
  if (/\.\.|[?#][^a-z0-9]|[-_~%=&+?#.]$/i.test(raw.slice(hostEnd))) return null;
  return { raw, href: explicitScheme ? raw : `http://${raw}`, explicitScheme };
}

function scanToken(text: string, start: number, end: number, out: LinkHit[]): void {
  const token = text.slice(start, end);
  // simpleLink needs a TLD of two letters too, so neither reader finds a link where this says none.
  if (!mayHoldLink(token)) return;
  const simple = simpleLink(token);
  if (simple) {
    const hit = toHit(text, start, start + simple.raw.length, simple.href, simple.explicitScheme);
    if (hit) out.push(hit);
    return;
  }
  const found = linkify.match(token);
  if (!found) return;
  for (const f of found) {
    if (f.schema === 'mailto:') continue;
    const hit = toHit(text, start + f.index, start + f.lastIndex, f.url, f.schema !== '');
    if (hit) out.push(hit);
  }
}

/**
 * Whether linkify-it, as configured here, could find a link in a token. Every link it finds has a
 * scheme (`http:`, `//`, ...) or a TLD of two letters or more (fuzzy IPs and e-mails are off), so a
 * token with no `//` and no two letters in a row (`y.o.,`, `26.9.2025`) has none: a unit outside
 * ASCII counts as a letter.
 */
export function mayHoldLink(token: string): boolean {
  let letter = false;
  for (let i = 0; i < token.length; i++) {
    const c = token.charCodeAt(i);
    const isLetter = c >= 0x80 || ((c | 0x20) - 0x61) >>> 0 < 26;
    if (isLetter && letter) return true;
    if (c === 0x2f && token.charCodeAt(i + 1) === 0x2f) return true;
    letter = isLetter;
  }
  return false;
}

function toHit(
  text: string,
  start: number,
  end: number,
  href: string,
  explicitScheme: boolean,
): LinkHit | null {
  const raw = text.slice(start, end);
  let hostStart = 0;
  const sep = raw.indexOf('//');
  if (explicitScheme && sep >= 0) hostStart = sep + 2;
  let hostEnd = hostStart;
  while (hostEnd < raw.length && !'/?#:'.includes(raw[hostEnd] as string)) hostEnd++;
  const at = raw.lastIndexOf('@', hostEnd);
  if (at >= hostStart) hostStart = at + 1;
  let pathStart = hostEnd;
  if (raw[pathStart] === ':')
    while (pathStart < raw.length && !'/?#'.includes(raw[pathStart] as string)) pathStart++;
  const rest = raw.slice(pathStart);
  const host = raw.slice(hostStart, hostEnd);
  if (host === '' || (!explicitScheme && rest === '' && isSentenceJoin(host))) return null;
  return {
    raw,
    start,
    end,
    href,
    explicitScheme,
    hasPath: rest !== '' && rest !== '/',
    host,
    hostStart: start + hostStart,
    hostEnd: start + hostEnd,
  };
}

/**
 * A bare host that is more likely two words with a missing space (`Kisses.Love`, `ok.so`): a
 * capitalised TLD in a host that is not all capitals, or a one- or two-letter first label.
 */
function isSentenceJoin(host: string): boolean {
  if (/^www\./i.test(host)) return false;
  const labels = host.split('.');
  const tld = labels[labels.length - 1] ?? '';
  if (tld !== tld.toLowerCase() && host !== host.toUpperCase()) return true;
  return labels.length === 2 && (labels[0] ?? '').length <= 2;
}

function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 160 || c === 0x3000 || (c >= 0x2000 && c <= 0x200b);
}
