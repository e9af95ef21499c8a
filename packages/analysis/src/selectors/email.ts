import { parse } from 'tldts';
import type { SelectorKind, SelectorMatch } from '../types.ts';
import {
  DOT_SEPARATOR,
  DOT_WORD_BEFORE,
  isLocalChar,
  LABEL,
  nextAtSeparator,
  WEBMAIL,
} from './email-syntax.ts';

const MAX_LOCAL = 64;

/** Lower-case `local@domain` with an ASCII (punycode) domain that has a known public suffix, or null. */
export function canonicalEmail(value: string): string | null {
  const at = value.lastIndexOf('@');
  if (at <= 0 || value.length > 320) return null;
  const local = value.slice(0, at).toLowerCase();
  if (local.length > MAX_LOCAL || !/^[\p{L}\p{N}_%+-]+(?:\.[\p{L}\p{N}_%+-]+)*$/u.test(local)) return null;
  const domain = asciiDomain(value.slice(at + 1));
  return domain ? `${local}@${domain}` : null;
}

/** Domains seen lately and what asciiDomain made of them: ads repeat a few webmail domains. */
const domainMemo = new Map<string, string | null>();

/** Lower-case ASCII host with a known public suffix and a registrable part, or null (memoised). */
function asciiDomain(raw: string): string | null {
  let domain = domainMemo.get(raw);
  if (domain === undefined) {
    domain = readAsciiDomain(raw);
    if (domainMemo.size >= 2048) domainMemo.clear();
    domainMemo.set(raw, domain);
  }
  return domain;
}

function readAsciiDomain(raw: string): string | null {
  let host = raw.toLowerCase();
  if (host === '' || host.length > 253) return null;
  if (/[^\x00-\x7f]/.test(host)) {
    if (/[\s/?#@:[\]\\%]/.test(host)) return null;
    try {
      host = new URL(`http://${host}`).hostname;
    } catch {
      return null;
    }
  }
  if (!/^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9-]{2,63}$/.test(host)) return null;
  const info = parse(host, { allowPrivateDomains: true });
  if (info.isIp || !info.domain || !(info.isIcann || info.isPrivate)) return null;
  return host;
}

interface DomainScan {
  end: number;
  domain: string;
  obfuscated: boolean;
}

/**
 * The longest run of labels after an at-sign that forms a valid domain. A dot with a space after it
 * only joins labels when it has a space before it too (`name @ gmail . com`), so that the full stop
 * in `anna@mail.com. Live well` does not make `mail.com.live`.
 */
function scanDomain(text: string, from: number): DomainScan | null {
  const labels: string[] = [];
  let best: DomainScan | null = null;
  let pos = from;
  let obfuscated = false;
  for (let n = 0; n < 10; n++) {
    LABEL.lastIndex = pos;
    const label = LABEL.exec(text);
    if (!label) break;
    labels.push(label[0]);
    pos += label[0].length;
    if (labels.length >= 2) {
      const domain = asciiDomain(labels.join('.'));
      if (domain) best = { end: pos, domain, obfuscated };
    }
    DOT_SEPARATOR.lastIndex = pos;
    const dot = DOT_SEPARATOR.exec(text);
    if (!dot) break;
    const plain = dot[1] !== undefined;
    // `gmail .com` and `gmail . com` are disguises; `mail.com. Site` is a full stop.
    if (plain && dot[2] !== '' && dot[1] === '') break;
    if (dot[0] !== '.') obfuscated = true;
    pos += dot[0].length;
  }
  return best;
}

/** Start of the local part that ends at `end`, following disguised dots (`anna dot x at ...`) when allowed. */
function scanLocal(text: string, end: number, floor: number, joinWords: boolean): number {
  let start = end;
  for (let words = 0; words < 4; words++) {
    const stop = start;
    while (start > floor && stop - start < MAX_LOCAL && isLocalChar(text, start - 1)) start--;
    if (start === stop || !joinWords) break;
    const before = text.slice(Math.max(floor, start - 16), start);
    const dot = DOT_WORD_BEFORE.exec(before);
    if (!dot || start - dot[0].length <= floor || !isLocalChar(text, start - dot[0].length - 1)) break;
    start -= dot[0].length;
  }
  while (start < end && text[start] === '.') start++;
  return start;
}

function extractEmails(text: string): SelectorMatch[] {
  const out: SelectorMatch[] = [];
  let floor = 0;
  let from = 0; // where the global AT_SEPARATOR would search next
  for (let at = nextAtSeparator(text, 0); at !== null; at = nextAtSeparator(text, from)) {
    from = at.index + at[0].length;
    const plainAt = at[1] !== undefined;
    // `tg @anna` is a mention, not an e-mail: space before a plain at-sign needs space after it too.
    if (plainAt && at[1] !== '' && at[2] === '') continue;
    const disguised = at[0] !== '@';
    const wordAt = !plainAt && !/[([{<]/.test(at[0]);
    const start = scanLocal(text, at.index, floor, disguised);
    const domain = scanDomain(text, at.index + at[0].length);
    if (start >= at.index || !domain) continue;
    if (wordAt && at.index - start < 2) continue;
    // `I work at google.com` is no address; with a plain dot only webmail domains count after a bare "at".
    if (wordAt && !domain.obfuscated && !WEBMAIL.has(domain.domain)) continue;
    const local = text.slice(start, at.index).replace(DOT_WORDS_GLOBAL, '.');
    const value = canonicalEmail(`${local}@${domain.domain}`);
    if (!value) continue;
    const match: SelectorMatch = {
      type: 'email',
      value,
      raw: text.slice(start, domain.end),
      start,
      end: domain.end,
    };
    if (disguised || domain.obfuscated || local.length !== at.index - start) match.flags = ['obfuscated'];
    out.push(match);
    floor = domain.end;
    from = domain.end;
  }
  return out;
}

const DOT_WORDS_GLOBAL = new RegExp(DOT_WORD_BEFORE.source.replace(/\$$/, ''), 'giu');

/** E-mail addresses, including the common disguised forms; value lower-case with a punycode domain. */
export const emailKind: SelectorKind = {
  type: 'email',
  extract: (text) => extractEmails(text),
  normalize(value) {
    const found = extractEmails(value.trim());
    const only = found.length === 1 ? found[0] : undefined;
    if (only && only.raw === value.trim()) return only.value;
    return canonicalEmail(value.trim());
  },
  validate(value) {
    return canonicalEmail(value) === value;
  },
  compare(a, b) {
    if (a === b) return 1;
    return mailbox(a) === mailbox(b) ? 0.9 : 0;
  },
};

/** The mailbox that actually receives the mail: no `+tag`, and no dots for Gmail. */
function mailbox(email: string): string {
  const at = email.lastIndexOf('@');
  let local = email.slice(0, at).replace(/\+.*$/, '');
  const domain = email.slice(at + 1);
  if (domain === 'gmail.com' || domain === 'googlemail.com') local = local.replaceAll('.', '');
  return `${local}@${domain === 'googlemail.com' ? 'gmail.com' : domain}`;
}
