import { cpus, loadavg } from 'node:os';
import type { IndicatorMatch, ItemKind } from '@vigil/analysis';
import { normalizeText } from '../packages/analysis/src/normalize/normalize-text.ts';
import { generateAds } from './corpus/ads.ts';

/**
 * CPU cost per item of language detection, indicator matching (19 lexicons), kind and score on
 * the synthetic multilingual ad corpus (normalised as the pipeline does), one core.
 *   npm run bench:indicators [-- --count 10000] [--baseline DIR]
 * "language" and "indicators" each tokenise their text (as `bench:scan --stages` times them);
 * "language + indicators" is the pipeline's way, the matcher reusing the detector's tokens.
 * With --baseline DIR (another checkout, e.g. `git archive <commit> packages | tar -x -C DIR` and
 * a node_modules symlink) the same stages of that code run alternately with this one, three
 * rounds each, so that both see the same machine load; the minimum of the rounds is printed.
 */
const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const COUNT = Number(arg('--count') ?? 10_000);
const BASELINE = arg('--baseline');

interface Stages {
  detectLanguage(text: string): string | undefined;
  findIndicators(text: string, lang: string | undefined): IndicatorMatch[];
  classifyKind(indicators: IndicatorMatch[], selectors: []): { kind: ItemKind };
  scoreItem(input: { indicators: IndicatorMatch[]; kind: ItemKind; selectorFacts: object }): unknown;
}

const load = async (root: string): Promise<Stages> => {
  const src = `${root}/packages/analysis/src`;
  const [l, s, k, sc] = await Promise.all([
    import(`${src}/indicators/language-detect.ts`),
    import(`${src}/indicators/language-select.ts`),
    import(`${src}/scoring/classify-kind.ts`),
    import(`${src}/scoring/score-item.ts`),
  ]);
  return { ...l, ...s, ...k, ...sc } as Stages;
};

const impls: [string, Stages][] = [['current', await load(new URL('..', import.meta.url).pathname)]];
if (BASELINE) impls.unshift(['baseline', await load(BASELINE)]);

const texts = [...generateAds({ count: COUNT, seed: 7 })].map((a) => normalizeText(a.text).text);
const chars = texts.reduce((a, t) => a + t.length, 0);
console.log(
  `corpus: ${COUNT} items, mean ${(chars / COUNT).toFixed(0)} chars; load average ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cpus`,
);

const cpuMicros = (): number => {
  const u = process.cpuUsage();
  return u.user + u.system;
};
const results = new Map<string, number[]>();
const facts = { phoneItemCount: 2 };
for (let round = 0; round < 3; round++) {
  for (const [name, st] of impls) {
    const langs = texts.map((t) => st.detectLanguage(t));
    const found = texts.map((t, k) => st.findIndicators(t, langs[k]));
    const kinds = found.map((f) => st.classifyKind(f, []).kind);
    const time = (stage: string, f: (k: number) => unknown): void => {
      const c0 = cpuMicros();
      for (let k = 0; k < COUNT; k++) f(k);
      const key = `${name.padEnd(9)} ${stage}`;
      results.set(key, [...(results.get(key) ?? []), (cpuMicros() - c0) / COUNT]);
    };
    time('language', (k) => st.detectLanguage(texts[k]!));
    time('indicators', (k) => st.findIndicators(texts[k]!, langs[k]));
    time('language + indicators', (k) => st.findIndicators(texts[k]!, st.detectLanguage(texts[k]!)));
    time('kind', (k) => st.classifyKind(found[k]!, []));
    time('score', (k) => st.scoreItem({ indicators: found[k]!, kind: kinds[k]!, selectorFacts: facts }));
    time('all four', (k) => {
      const indicators = st.findIndicators(texts[k]!, st.detectLanguage(texts[k]!));
      return st.scoreItem({ indicators, kind: st.classifyKind(indicators, []).kind, selectorFacts: facts });
    });
    if (round === 0) {
      const matches = found.reduce((a, f) => a + f.length, 0);
      console.log(`${name}: ${(matches / COUNT).toFixed(1)} indicator matches per item`);
    }
  }
}
console.log('CPU µs per item (rounds 1-3, min):');
for (const [key, v] of results) {
  console.log(
    `  ${key.padEnd(34)} ${v.map((x) => x.toFixed(1).padStart(6)).join(' ')}   min ${Math.min(...v).toFixed(1)}`,
  );
}
