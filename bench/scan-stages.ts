import type { ItemInput } from '@vigil/analysis';
import { addJsonl } from '../apps/cli/src/scan/jsonl-item.ts';
import { Utf8Block } from '../apps/cli/src/scan/utf8-block.ts';
import { analysisText, extractItem, scoreExtraction } from '../packages/analysis/src/analyze.ts';
import { detectLanguage } from '../packages/analysis/src/indicators/language-detect.ts';
import { findIndicators } from '../packages/analysis/src/indicators/language-select.ts';
import { normalizeText } from '../packages/analysis/src/normalize/normalize-text.ts';
import { classifyKind } from '../packages/analysis/src/scoring/classify-kind.ts';
import { extractAllWith } from '../packages/analysis/src/selectors/extract-all.ts';
import { selectorKinds } from '../packages/analysis/src/selectors/index.ts';
import { surveyText } from '../packages/analysis/src/selectors/text-survey.ts';
import type { PreparedText } from '../packages/analysis/src/types.ts';

const cpuMs = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/**
 * CPU time per item of each stage of the scan pipeline, each stage run alone over the same items:
 * a first pass (cold: memos empty, code not yet optimised) and a second (warm). Items repeat
 * phones across the corpus, so warm phone figures are lower than a first sight of a number costs.
 */
export function stageTimes(items: ItemInput[]): { stage: string; cold: number; warm: number }[] {
  const texts = items.map((i) => analysisText(i));
  const prepared: PreparedText[] = texts.map((raw) => ({ raw, normalized: normalizeText(raw) }));
  const langs = prepared.map((p) => detectLanguage(p.normalized.text));
  const out: { stage: string; cold: number; warm: number }[] = [];
  const time = (stage: string, f: (k: number) => unknown): void => {
    const pass = (): number => {
      const t = cpuMs();
      for (let k = 0; k < items.length; k++) f(k);
      return ((cpuMs() - t) * 1000) / items.length;
    };
    const cold = pass();
    out.push({ stage, cold, warm: pass() });
  };
  time('normalize', (k) => normalizeText(texts[k]!));
  time('language', (k) => detectLanguage(prepared[k]!.normalized.text));
  time('indicators', (k) => findIndicators(prepared[k]!.normalized.text, langs[k]));
  // The kinds share one survey pass over the raw text (memoised for the last text): each kind
  // timed alone below pays it again, so the survey has its own line and "selectors (all)" is
  // what the pipeline pays for every kind together.
  time('text survey', (k) => surveyText(texts[k]!));
  time('selectors (all)', (k) =>
    extractAllWith(selectorKinds, texts[k]!, { country: items[k]!.country, lang: langs[k] }, prepared[k]!),
  );
  for (const kind of selectorKinds) {
    time(`selector ${kind.type}`, (k) => {
      const o = { country: items[k]!.country, lang: langs[k] };
      return kind.extractPrepared ? kind.extractPrepared(prepared[k]!, o) : kind.extract(texts[k]!, o);
    });
  }
  // Whole extractions only now, so that the selector passes above started with empty memos.
  const xs = items.map((i) => extractItem(i));
  time('kind', (k) => classifyKind(xs[k]!.indicators, xs[k]!.selectors));
  time('score', (k) => scoreExtraction(xs[k]!, { phoneItemCount: 2 }));
  const analyses = xs.map((x) => scoreExtraction(x, { phoneItemCount: 2 }));
  // As runScan writes: serialised and UTF-8 encoded into a 64 KB block, emptied when full.
  const block = new Utf8Block(65_536);
  time('JSONL out', (k) => {
    addJsonl(block, analyses[k]!);
    if (block.full) block.take();
  });
  return out;
}
