import type { ItemAnalysis } from '@vigil/analysis';

/**
 * The self-contained HTML report. Memory stays bounded: only the `top` highest-scoring items are
 * kept (with their text, cut to MAX_TEXT characters), plus counts over all items. Every piece of
 * scraped text is HTML-escaped, and a Content-Security-Policy without script-src means that even
 * a missed escape could not run script.
 */
export interface ReportItem {
  analysis: ItemAnalysis;
  text: string;
}

const MAX_TEXT = 20_000;
const MAX_SELECTOR_VALUES = 100_000;

export class HtmlReport {
  private items: ReportItem[] = [];
  private total = 0;
  private readonly kinds = new Map<string, number>();
  private readonly histogram = new Array<number>(10).fill(0);
  private readonly selectorItems = new Map<string, { type: string; value: string; n: number }>();

  constructor(private readonly top = 500) {}

  add(analysis: ItemAnalysis, text: string): void {
    this.total++;
    this.kinds.set(analysis.kind, (this.kinds.get(analysis.kind) ?? 0) + 1);
    this.histogram[Math.min(9, Math.floor(analysis.score / 10))]!++;
    const seen = new Set<string>();
    for (const s of analysis.selectors) {
      const key = `${s.type}\u0000${s.value}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const e = this.selectorItems.get(key);
      if (e) e.n++;
      else if (this.selectorItems.size < MAX_SELECTOR_VALUES)
        this.selectorItems.set(key, { type: s.type, value: s.value, n: 1 });
    }
    if (analysis.score <= this.threshold) return;
    this.items.push({ analysis, text: text.length > MAX_TEXT ? text.slice(0, MAX_TEXT) : text });
    if (this.items.length >= this.top * 2) this.compact();
  }

  /** Lowest score still in the top list once it is full; items at or below it cannot enter. */
  private threshold = -1;

  private compact(): void {
    // Stable sort: among equal scores the earlier item stays.
    this.items.sort((a, b) => b.analysis.score - a.analysis.score);
    if (this.items.length > this.top) this.items.length = this.top;
    if (this.items.length >= this.top) this.threshold = this.items[this.items.length - 1]!.analysis.score;
  }

  render(meta: { generatedAt: string; source: string; errors: number }): string {
    this.compact();
    const shared = [...this.selectorItems.values()]
      .filter((s) => s.n >= 2)
      .sort((a, b) => b.n - a.n)
      .slice(0, 200);
    const kinds = [...this.kinds.entries()].map(([k, n]) => `<li>${esc(k)}: ${n}</li>`).join('');
    const hist = this.histogram.map((n, i) => `<td>${i * 10}-${i * 10 + 9}: ${n}</td>`).join('');
    const sharedRows = shared
      .map((s) => `<tr><td>${esc(s.type)}</td><td><code>${esc(s.value)}</code></td><td>${s.n}</td></tr>`)
      .join('');
    const items = this.items.map((it) => renderItem(it)).join('\n');
    return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; form-action 'none'">
<meta name="referrer" content="no-referrer">
<title>Vigil scan report</title>
<style>${CSS}</style></head><body>
<h1>Vigil scan report</h1>
<p>Source: ${esc(meta.source)} &middot; generated ${esc(meta.generatedAt)} &middot; ${this.total} items, ${meta.errors} bad records skipped.
Showing the ${this.items.length} highest-scoring items.</p>
<h2>Summary</h2><ul>${kinds}</ul>
<table class="hist"><tr>${hist}</tr></table>
<h2>Selectors seen in more than one item</h2>
<table><tr><th>type</th><th>value</th><th>items</th></tr>${sharedRows}</table>
<h2>Items by score</h2>
${items}
</body></html>
`;
  }
}

function renderItem({ analysis: a, text }: ReportItem): string {
  const byType = new Map<string, string[]>();
  for (const s of a.selectors) {
    const list = byType.get(s.type) ?? [];
    const flags = s.flags?.length ? ` <small>(${esc(s.flags.join(', '))})</small>` : '';
    const entry = `<code>${esc(s.value)}</code>${flags}`;
    if (!list.includes(entry)) list.push(entry);
    byType.set(s.type, list);
  }
  const selectors = [...byType.entries()]
    .map(([t, v]) => `<li><b>${esc(t)}</b>: ${v.join(', ')}</li>`)
    .join('');
  const reasons = a.reasons
    .map((r) => `<li>${esc(r.label)} <b>${r.points > 0 ? '+' : ''}${r.points}</b></li>`)
    .join('');
  return `<section class="item"><h3><span class="score s${Math.floor(a.score / 25)}">${a.score}</span> ${esc(a.id)}
<small>${esc(a.kind)} &middot; ${esc(a.lang ?? '?')}</small></h3>
<ul class="reasons">${reasons}</ul><ul class="selectors">${selectors}</ul>
<p class="text">${highlight(text, a)}</p></section>`;
}

/** The text with selector and indicator spans marked; everything escaped. */
export function highlight(text: string, a: ItemAnalysis): string {
  const spans = [
    ...a.selectors.map((s) => ({ start: s.start, end: s.end, cls: 'sel', title: `${s.type}: ${s.value}` })),
    ...a.indicators.map((m) => ({
      start: m.start,
      end: m.end,
      cls: 'ind',
      title: `${m.category} (${m.id})`,
    })),
  ]
    .filter((s) => s.start >= 0 && s.end <= text.length && s.start < s.end)
    .sort((x, y) => x.start - y.start || y.end - x.end);
  let out = '';
  let pos = 0;
  for (const s of spans) {
    if (s.start < pos) continue; // overlapping span: the first one wins
    out += esc(text.slice(pos, s.start));
    out += `<mark class="${s.cls}" title="${esc(s.title)}">${esc(text.slice(s.start, s.end))}</mark>`;
    pos = s.end;
  }
  return out + esc(text.slice(pos));
}

/** Escape for HTML text and double-quoted attributes. */
export function esc(s: string): string {
  return s.replace(/[&<>"'`]/g, (c) => `&#${c.charCodeAt(0)};`);
}

const CSS = `body{font:14px/1.45 system-ui,sans-serif;margin:2rem;max-width:70rem}
.item{border:1px solid #ccc;border-radius:6px;padding:.5rem 1rem;margin:1rem 0}
.score{display:inline-block;min-width:2.5rem;text-align:center;border-radius:4px;color:#fff;background:#777}
.s1{background:#b58900}.s2{background:#cb4b16}.s3,.s4{background:#dc322f}
mark.sel{background:#cce5ff}mark.ind{background:#ffe08a}.text{white-space:pre-wrap;overflow-wrap:anywhere}
table{border-collapse:collapse}td,th{border:1px solid #ddd;padding:2px 6px}`;
