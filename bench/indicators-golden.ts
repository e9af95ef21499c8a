import { readFileSync, writeFileSync } from 'node:fs';
import type { ItemKind, SelectorMatch } from '@vigil/analysis';
import { analysisText } from '../packages/analysis/src/analyze.ts';
import { detectLanguage } from '../packages/analysis/src/indicators/language-detect.ts';
import { findIndicators, matchIndicators } from '../packages/analysis/src/indicators/language-select.ts';
import { LEXICONS } from '../packages/analysis/src/indicators/lexicons.ts';
import { normalizeText } from '../packages/analysis/src/normalize/normalize-text.ts';
import { classifyKind } from '../packages/analysis/src/scoring/classify-kind.ts';
import { scoreItem } from '../packages/analysis/src/scoring/score-item.ts';
import { generateAds } from './corpus/ads.ts';
import { generateClusterCorpus } from './corpus/cluster-corpus.ts';
import { Random } from './corpus/random.ts';

/**
 * Golden output of language detection, indicator matching, kind and score, to prove that a
 * rewrite of those stages gives IDENTICAL results. The input texts are stored in the golden file
 * (already normalised), so a change to the normaliser does not show up here as a difference.
 * Texts: the scan corpus (seed 42, normalised), the cluster corpus, texts built from every
 * pattern of all 19 lexicons (alternatives, stems with endings, skips, other languages mixed in,
 * numbers and dates next to them) and seeded adversarial texts (mixed scripts, emoji, punctuation
 * runs, long and huge texts).
 *   npx tsx bench/indicators-golden.ts --write /tmp/indicators-golden.jsonl [--count 20000]
 *   npx tsx bench/indicators-golden.ts --check /tmp/indicators-golden.jsonl  (exit 1 on a difference)
 */
const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const COUNT = Number(arg('--count') ?? 20_000);

const ENDINGS = ['', 'a', 'en', 'ami', 'ів', 'ες', 'os', 'ų', 's', 'ului'];
const FILLER = ['.', ',', ' - ', '!', ' / ', ':', ' ... ', '\n', '  ', ' ( ', ' ) ', ' 24.7.2025 ', ' 1.16 '];

/** One text that a pattern should match: an alternative per slot, an ending for a stem, words for a skip. */
const instantiate = (pattern: string, r: Random, words: string[]): string => {
  const out: string[] = [];
  for (const chunk of pattern.trim().split(/\s+/u)) {
    if (chunk === '~') {
      for (let k = r.int(0, 4); k > 0; k--) out.push(r.pick(words));
      continue;
    }
    let word = chunk;
    if (chunk.startsWith('(') || chunk.startsWith('[')) {
      if (chunk.startsWith('[') && r.chance(0.4)) continue;
      word = r.pick(chunk.slice(1, -1).split('|'));
    }
    if (word.endsWith('*')) word = word.slice(0, -1) + r.pick(ENDINGS);
    if (word.startsWith('*')) word = r.pick(['', 'schul', 'пере', 'ana']) + word.slice(1);
    if (r.chance(0.1)) word = word.toUpperCase();
    out.push(word);
  }
  return out.join(r.chance(0.8) ? ' ' : r.pick([' - ', ', ', '  ', '/', '.']));
};

function* lexiconTexts(n: number): Generator<string> {
  const r = new Random(11);
  const patterns = LEXICONS.map((l) => l.indicators.flatMap((i) => i.patterns));
  const words = LEXICONS.map((l) =>
    l.indicators.flatMap((i) => i.patterns.flatMap((p) => p.split(/[\s()[\]|*~]+/u).filter(Boolean))),
  );
  for (let i = 0; i < n; i++) {
    const li = i % LEXICONS.length;
    const parts: string[] = [];
    for (let k = r.int(1, 25); k > 0; k--) {
      const other = r.chance(0.15) ? r.int(0, LEXICONS.length - 1) : li;
      const roll = r.next();
      if (roll < 0.5) parts.push(instantiate(r.pick(patterns[other]!), r, words[other]!));
      else if (roll < 0.8) parts.push(r.pick(words[other]!));
      else if (roll < 0.9) parts.push(r.digits(r.int(1, 3)));
      else parts.push(r.pick(FILLER));
    }
    yield parts.join(r.chance(0.7) ? ' ' : r.pick([' ', '. ', ', ', '\n']));
  }
}

const PIECES = [
  'the',
  'and',
  'und',
  'och',
  'și',
  'że',
  'που',
  'и',
  'і',
  'ы',
  'ё',
  'є',
  'ї',
  'ґ',
  'ъ',
  'э',
  ' ',
  '  ',
  '\n',
  '.',
  ',',
  '-',
  '/',
  ':',
  '24',
  '7',
  '16',
  '1.16',
  '24.7.2025',
  '18',
  'yo',
  '😘',
  '💋',
  '🍒',
  '🔥',
  '❤️',
  '👧',
  '\u200b',
  'e\u0301',
  'Ł',
  'ß',
  'ΣΟΦΙΑ',
  'κοπελα',
  'девушка',
  'робота',
  'praca',
  'bez',
  'doswiadczenia',
  'escort',
  'massage',
  'new',
  'in',
  'town',
  'girl',
  'young',
  'passport',
  'visa',
  'abroad',
  'work',
  'job',
  '🏳️‍🌈',
  'x'.repeat(80),
  'ﬁ',
  '\ud83d',
  '\ude00',
  'İ',
  'ǅ',
  'نص',
  '中文',
  'ὅ',
  'ç',
  'ø',
  'æ',
  'œ',
];

function* adversarial(n: number): Generator<string> {
  const r = new Random(13);
  for (let i = 0; i < n; i++) {
    let text = '';
    const parts = i % 500 === 0 ? r.int(2000, 4000) : r.int(0, 120);
    for (let k = 0; k < parts; k++) {
      text += r.chance(0.2) ? r.digits(r.int(1, 4)) : r.pick(PIECES);
      if (r.chance(0.6)) text += r.pick([' ', ' ', ', ', '. ', '']);
    }
    yield text;
  }
}

function* texts(): Generator<string> {
  for (const item of generateAds({ count: COUNT, seed: 42 })) yield normalizeText(analysisText(item)).text;
  for (const rec of generateClusterCorpus({ size: 5000, seed: 5 })) yield rec.line.text.toLowerCase();
  yield* lexiconTexts(6000);
  yield* adversarial(4000);
  yield '';
}

/** Selectors that change kind and score: a contact, an adult handle, obfuscated values. */
const selectorsFor = (k: number): SelectorMatch[] => {
  const out: SelectorMatch[] = [];
  const s = (type: SelectorMatch['type'], value: string, flags?: string[]): SelectorMatch =>
    ({ type, value, raw: value, start: 0, end: 1, ...(flags ? { flags } : {}) }) as SelectorMatch;
  if (k % 3 === 0) out.push(s('phone', '+31612345678', k % 2 === 0 ? ['obfuscated'] : undefined));
  if (k % 7 === 0) out.push(s('handle', 'onlyfans:anna'));
  if (k % 11 === 0) out.push(s('email', 'a@b.example', ['obfuscated']));
  return out;
};

const LANG_SETS = [['en'], ['pl', 'en'], ['uk', 'ru', 'en'], LEXICONS.map((l) => l.lang)];

const line = (text: string, k: number): string => {
  const lang = detectLanguage(text);
  const indicators = findIndicators(text, lang);
  const selectors = selectorsFor(k);
  const kind = classifyKind(indicators, selectors);
  const facts = k % 5 === 0 ? { phoneItemCount: k % 40, cryptoOnly: k % 10 === 0 } : {};
  const score = scoreItem({ indicators, selectors, kind: kind.kind as ItemKind, selectorFacts: facts });
  const fixed = k % 10 === 0 ? matchIndicators(text, LANG_SETS[(k / 10) % LANG_SETS.length]!) : undefined;
  return JSON.stringify({ text, lang, indicators, kind, score, fixed });
};

const write = arg('--write');
const check = arg('--check');
const t = performance.now();
if (write) {
  const lines: string[] = [];
  let k = 0;
  for (const text of texts()) lines.push(line(text, k++));
  writeFileSync(write, `${lines.join('\n')}\n`);
  console.log(`${lines.length} texts in ${((performance.now() - t) / 1000).toFixed(1)} s, written ${write}`);
} else if (check) {
  // The texts come from the golden file: only detection, matching, kind and score are re-run.
  const want = readFileSync(check, 'utf8').split('\n').filter(Boolean);
  let diffs = 0;
  want.forEach((w, k) => {
    const got = line((JSON.parse(w) as { text: string }).text, k);
    if (got === w) return;
    if (++diffs <= 5) console.log(`DIFF line ${k + 1}\n  want ${w}\n  got  ${got}`);
  });
  console.log(`${want.length} texts in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  console.log(diffs === 0 ? 'IDENTICAL' : `${diffs} texts differ`);
  process.exitCode = diffs === 0 ? 0 : 1;
} else console.log('use --write FILE or --check FILE');
