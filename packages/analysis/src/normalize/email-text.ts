import { applyEdits, type NormalizedText, type TextEdit } from './normalized-text.ts';

/**
 * Undo common e-mail obfuscation on a normalised text: "name @ gmail .com", "name at gmail dot
 * com", "name(at)gmail(dot)com", "name[at]gmail[.]com", localised words (arroba, małpa, punkt,
 * точка...). The result contains a plain "name@gmail.com" whose characters map back to the raw
 * text, so any e-mail extractor run on it reports raw offsets. Spelled-out forms are only accepted
 * with a known top-level domain, so "meet me at home. come" stays as it is.
 */
export function emailText(n: NormalizedText): NormalizedText {
  if (!HINT.test(n.text)) return n;
  const edits: TextEdit[] = [];
  EMAIL.lastIndex = 0;
  for (let m = EMAIL.exec(n.text); m !== null; m = EMAIL.exec(n.text)) {
    const edit = toEdit(n, m);
    if (edit) edits.push(edit);
  }
  return applyEdits(n, edits);
}

const S = '[ \\t]';
const AT_WORDS = 'at|arroba|malpa|małpa|собака|эт';
const DOT_WORDS =
  'dot|punt|punkt|point|punto|ponto|точка|крапка|pont|piste|prikk|tecka|tečka|bodka|taskas|taškas';
const AT = `(?:${S}{0,3}@${S}{0,3}|${S}{0,3}[(\\[{<]${S}{0,2}(?:${AT_WORDS}|@)${S}{0,2}[)\\]}>]${S}{0,3}|${S}{1,3}(?:${AT_WORDS})${S}{1,3})`;
const DOT = `(?:${S}{0,3}\\.${S}{0,3}|${S}{0,3}[(\\[{<]${S}{0,2}(?:${DOT_WORDS}|\\.)${S}{0,2}[)\\]}>]${S}{0,3}|${S}{1,3}(?:${DOT_WORDS})${S}{1,3})`;
const LABEL = '[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?';
const EMAIL = new RegExp(
  `(?<![a-z0-9._%+-])([a-z0-9][a-z0-9._%+-]{0,63})(${AT})(${LABEL})((?:${DOT}${LABEL}){1,4})(?![a-z0-9])`,
  'g',
);
const DOT_LABEL = new RegExp(`(${DOT})(${LABEL})`, 'y');
const HINT = /@|[ \t([{<](?:at|arroba|malpa|małpa|собака)[ \t)\]}>]/;

const TLDS = new Set(
  (
    'com net org info biz eu io co me app online site email mail live pro xyz top ' +
    'al at be bg by ch cy cz de dk ee es fi fr gr hr hu ie is it li lt lu lv md me mk mt nl no pl pt ro rs ru se si sk ' +
    'su ua uk us ca au nz in tr il ae ma ng br ar mx'
  ).split(' '),
);

function toEdit(n: NormalizedText, m: RegExpExecArray): TextEdit | undefined {
  const [whole, local, at, first, rest] = m as unknown as [string, string, string, string, string];
  const pieces: { text: string; at: number }[] = [];
  let pos = m.index;
  pieces.push({ text: local, at: pos });
  pos += local.length;
  pieces.push({ text: '@', at: pos + firstNonSpace(at) });
  pos += at.length;
  pieces.push({ text: first, at: pos });
  pos += first.length;
  let plainDots = true;
  let tld = '';
  DOT_LABEL.lastIndex = 0;
  for (let d = DOT_LABEL.exec(rest); d !== null; d = DOT_LABEL.exec(rest)) {
    const [, dot, label] = d as unknown as [string, string, string];
    if (dot !== '.') plainDots = false;
    pieces.push({ text: '.', at: pos + firstNonSpace(dot) });
    pos += dot.length;
    pieces.push({ text: label, at: pos });
    pos += label.length;
    tld = label;
  }
  const compact = pieces.map((p) => p.text).join('');
  if (compact === whole) return undefined; // already a plain address
  const wordy = !at.includes('@') || !plainDots;
  if (wordy && !TLDS.has(tld)) return undefined;
  if (!/^[a-z]{2,24}$/.test(tld)) return undefined;
  const raw: number[] = [];
  for (const p of pieces) {
    for (let i = 0; i < p.text.length; i++)
      raw.push(n.offsets[p.text.length === 1 && /[@.]/.test(p.text) ? p.at : p.at + i]!);
  }
  return { start: m.index, end: m.index + whole.length, text: compact, raw };
}

function firstNonSpace(s: string): number {
  let i = 0;
  while (i < s.length && (s[i] === ' ' || s[i] === '\t')) i++;
  return i < s.length ? i : 0;
}
