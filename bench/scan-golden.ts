import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import type { ItemInput } from '@vigil/analysis';
import { digitText } from '../packages/analysis/src/normalize/digit-text.ts';
import { emailText } from '../packages/analysis/src/normalize/email-text.ts';
import { normalizeText } from '../packages/analysis/src/normalize/normalize-text.ts';
import { extractAllWith } from '../packages/analysis/src/selectors/extract-all.ts';
import { selectorKinds } from '../packages/analysis/src/selectors/index.ts';
import { phoneKind } from '../packages/analysis/src/selectors/phone.ts';
import { generateAds } from './corpus/ads.ts';
import { generatePhoneAds } from './corpus/phone-ads.ts';
import { Random } from './corpus/random.ts';

/**
 * Golden output of the normaliser and the selector kinds, to prove a rewrite gives IDENTICAL
 * results: one line per text with the normalised text, its offsets, the digit and e-mail views
 * and every selector (all kinds together and the phone kind alone). Texts: the scan corpus
 * (seed 42), the labelled phone ads, and seeded adversarial texts (mixed scripts, marks,
 * invisible characters, emoji digits, number words, spaced digits).
 *   npx tsx bench/scan-golden.ts --write /tmp/golden.jsonl [--count 20000]
 *   npx tsx bench/scan-golden.ts --check /tmp/golden.jsonl   (exit 1 and the first differences)
 * The language passed to the selectors is the one detected when the file was written, read back
 * from the file when checking: language detection (not part of this check) cannot make a difference,
 * and --check does not even load it.
 */
const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const COUNT = Number(arg('--count') ?? 20_000);

const PIECES = [
  'call',
  'me',
  ' ',
  ' ',
  '  ',
  '\n',
  '-',
  '.',
  '*',
  '**',
  '[',
  ']',
  '(',
  ')',
  '/',
  '+',
  '+31',
  '00',
  '06',
  '5',
  '0',
  '3',
  'o',
  'O',
  'l',
  'I',
  'і',
  'о',
  'ο',
  'zero',
  'six',
  'TwO',
  'FouR',
  'double',
  'triple',
  'двадцять',
  'шість',
  'zes',
  'sechs',
  'quatre-vingt',
  'dix',
  'sept',
  'cero',
  'zwei',
  'jeden',
  'unu',
  'e\u0301',
  'o\u200b\u0301',
  '\u200b',
  '\u00ad',
  '\ufeff',
  '\u20e3',
  '3\ufe0f\u20e3',
  '🔟',
  '❶',
  '➒',
  '⓪',
  'Сall',
  'сash',
  'приvет',
  'ΑΒΓ',
  'ﬁ',
  'Ⅻ',
  '①',
  'ＡＢＣ１２３',
  'ß',
  'İ',
  'ǅ',
  '\u0000',
  '\u0007',
  '\ud800',
  '\udc00',
  '😀',
  'anna',
  '@',
  ' at ',
  ' dot ',
  'gmail',
  '.com',
  '(at)',
  '[dot]',
  'wa.me/31612345678',
  't.me/anna_x',
  'https://example.org/a?utm_source=x',
  'www.test.co.uk',
  'telegram:',
  '@anna',
  'NL91ABNA0417164300',
  'bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq',
  '1OO%',
  '31.12.2024',
  '10:00-22:00',
  '€200',
  '180 cm',
  'tel.',
  '0612345678',
  '5037243016',
  '+44 20 7946 0958',
  '9 8 7 6 5 4 3 2 1 0',
];

function* adversarial(n: number): Generator<ItemInput> {
  const r = new Random(7);
  for (let i = 0; i < n; i++) {
    let text = '';
    const parts = r.int(1, 60);
    for (let k = 0; k < parts; k++) text += r.chance(0.3) ? r.digits(r.int(1, 4)) : r.pick(PIECES);
    yield { id: `adv-${i}`, text, ...(r.chance(0.3) ? { country: r.pick(['NL', 'US', 'DE', 'UA']) } : {}) };
  }
}

function* texts(): Generator<ItemInput> {
  yield* generateAds({ count: COUNT, seed: 42 });
  for (const ad of generatePhoneAds(600))
    yield { id: ad.id, text: ad.text, country: ad.country, lang: ad.lang };
  yield* adversarial(5000);
}

/** As analyze.ts's analysisText (not imported: that would load the indicator matcher). */
const analysisText = (item: ItemInput): string => (item.title ? `${item.title}\n${item.text}` : item.text);

const hash = (s: string) => createHash('sha1').update(s).digest('hex').slice(0, 16);

function line(item: ItemInput, detect: (text: string) => string | undefined): string {
  const raw = analysisText(item);
  const n = normalizeText(raw);
  const d = digitText(n);
  const e = emailText(n);
  const lang = item.lang || detect(n.text) || undefined;
  const options = { country: item.country, lang };
  const selectors = extractAllWith(selectorKinds, raw, options, { raw, normalized: n });
  const phones = phoneKind.extract(raw, options);
  return JSON.stringify({
    id: item.id,
    lang,
    norm: n.text,
    offs: hash(Array.from(n.offsets).join(',')),
    digits: d.text === n.text ? '=' : d.text,
    doffs: hash(Array.from(d.offsets).join(',')),
    email: e.text === n.text ? '=' : hash(e.text + Array.from(e.offsets).join(',')),
    selectors,
    phones,
  });
}

const write = arg('--write');
const check = arg('--check');
const want = check ? readFileSync(check, 'utf8').split('\n') : [];
let detect: (text: string) => string | undefined;
if (write) {
  const { detectLanguage } = await import('../packages/analysis/src/indicators/language-detect.ts');
  detect = (text) => detectLanguage(text);
}
const t = performance.now();
const lines: string[] = [];
for (const item of texts()) {
  const stored = want[lines.length];
  const lang = stored ? (JSON.parse(stored) as { lang?: string }).lang : undefined;
  lines.push(line(item, (text) => (write ? detect(text) : lang)));
}
console.log(`${lines.length} texts in ${((performance.now() - t) / 1000).toFixed(1)} s`);
if (write) {
  writeFileSync(write, `${lines.join('\n')}\n`);
  console.log(`written ${write}`);
} else if (check) {
  let diffs = 0;
  for (let i = 0; i < lines.length; i++) {
    if (lines[i] === want[i]) continue;
    if (++diffs <= 5) console.log(`DIFF line ${i + 1}\n  want ${want[i]}\n  got  ${lines[i]}`);
  }
  if (want.filter((l) => l !== '').length !== lines.length) {
    console.log(`line count differs: want ${want.length - 1}, got ${lines.length}`);
    diffs++;
  }
  console.log(diffs === 0 ? 'IDENTICAL' : `${diffs} texts differ`);
  process.exitCode = diffs === 0 ? 0 : 1;
} else console.log('use --write FILE or --check FILE');
