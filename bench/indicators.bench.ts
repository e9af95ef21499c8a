import { detectLanguage } from '../packages/analysis/src/indicators/language-detect.ts';
import { findIndicators } from '../packages/analysis/src/indicators/language-select.ts';
import { tokenizeShared } from '../packages/analysis/src/indicators/tokenize.ts';
import { classifyKind } from '../packages/analysis/src/scoring/classify-kind.ts';
import { scoreItem } from '../packages/analysis/src/scoring/score-item.ts';
import { generateAds } from './corpus/ads.ts';

/**
 * Cost per item of the indicator stage (language detection, lexicon matching over 19 languages,
 * kind and score) on the synthetic multilingual ad corpus, one core, lower-cased text. Detection
 * and matching each tokenise their text here (as `bench:scan --stages` times them); in the pipeline
 * the matcher reuses the detector's tokens, which the last line shows.
 *   npm run bench:indicators [-- --count 20000]
 */
const i = process.argv.indexOf('--count');
const COUNT = i >= 0 ? Number(process.argv[i + 1]) : 20_000;
const texts = [...generateAds({ count: COUNT, seed: 7 })].map((a) => a.text.toLowerCase());
const chars = texts.reduce((a, t) => a + t.length, 0);
const langs = texts.map((t) => detectLanguage(t));

// Wall time and CPU time of this process: on a shared machine the CPU time is the steadier figure.
const time = (name: string, f: (t: string, k: number) => unknown): void => {
  for (let k = 0; k < Math.min(2000, texts.length); k++) f(texts[k]!, k); // warm-up
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  for (let k = 0; k < texts.length; k++) f(texts[k]!, k);
  const c = process.cpuUsage(c0);
  const wall = ((performance.now() - t0) * 1000) / texts.length;
  const cpu = (c.user + c.system) / texts.length;
  console.log(
    `${name.padEnd(28)} wall ${wall.toFixed(1).padStart(6)} µs/item (${(1e6 / wall).toFixed(0).padStart(6)} items/s)  cpu ${cpu.toFixed(1).padStart(6)} µs/item`,
  );
};

console.log(`corpus: ${COUNT} items, mean ${(chars / COUNT).toFixed(0)} chars`);
time('tokenize', (t) => tokenizeShared(t));
time('detectLanguage', (t) => detectLanguage(t));
time('findIndicators', (t, k) => findIndicators(t, langs[k]));
const found = texts.map((t, k) => findIndicators(t, langs[k]));
const kinds = found.map((f) => classifyKind(f, []).kind);
time('classifyKind', (_t, k) => classifyKind(found[k]!, []));
time('scoreItem', (_t, k) =>
  scoreItem({ indicators: found[k]!, kind: kinds[k]!, selectorFacts: { phoneItemCount: 2 } }),
);
time('detect + find + kind + score', (t) => {
  const indicators = findIndicators(t, detectLanguage(t));
  const { kind } = classifyKind(indicators, []);
  return scoreItem({ indicators, kind });
});
const matches = found.reduce((a, f) => a + f.length, 0);
console.log(`indicator matches: ${matches} (${(matches / COUNT).toFixed(1)} per item)`);
