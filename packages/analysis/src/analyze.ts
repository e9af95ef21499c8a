import { detached } from './detached.ts';
import { detectLanguage } from './indicators/language-detect.ts';
import { findIndicators, findIndicatorsRaw, MATCHER } from './indicators/language-select.ts';
import type { IndicatorInfo as MatcherInfo } from './indicators/matcher.ts';
import { normalizeText } from './normalize/normalize-text.ts';
import { type NormalizedText, originalEnd, originalStart } from './normalize/normalized-text.ts';
import { classifyKind } from './scoring/classify-kind.ts';
import { RULES_VERSION } from './scoring/rules-version.ts';
import { type SelectorFacts, scoreItem } from './scoring/score-item.ts';
import { extractAllWith } from './selectors/extract-all.ts';
import { selectorKinds } from './selectors/index.ts';
import type {
  ExtractOptions,
  IndicatorMatch,
  ItemAnalysis,
  ItemInput,
  ItemKind,
  PreparedText,
  SelectorMatch,
} from './types.ts';

export interface AnalyzeOptions {
  /** Region for phone numbers without a country code when the item has no `country`. */
  defaultCountry?: string;
}

/** Everything about an item that does not depend on other items. */
export interface ItemExtraction {
  id: string;
  lang: string | undefined;
  kind: ItemKind;
  kindReasons: string[];
  selectors: SelectorMatch[];
  indicators: IndicatorMatch[];
}

/**
 * The text analysed for an item: the title (when there is one) and the body, one line apart.
 * All offsets in an analysis point into this string.
 */
export function analysisText(item: Pick<ItemInput, 'title' | 'text'>): string {
  const text = typeof item.text === 'string' ? item.text : '';
  return item.title ? `${item.title}\n${text}` : text;
}

/** What an item yields alone before its indicators are found (see extractItem and holdItem). */
interface Parts {
  raw: string;
  normalized: NormalizedText;
  lang: string | undefined;
  selectors: SelectorMatch[];
}

function extractParts(item: ItemInput, options: AnalyzeOptions): Parts {
  const raw = analysisText(item);
  const normalized = normalizeText(raw);
  const lang = item.lang || detectLanguage(normalized.text) || undefined;
  const extractOptions: ExtractOptions = {
    defaultCountry: options.defaultCountry,
    country: item.country,
    lang,
  };
  const prepared: PreparedText = { raw, normalized };
  const selectors = extractAllWith(selectorKinds, raw, extractOptions, prepared);
  return { raw, normalized, lang, selectors };
}

/** Normalise, extract selectors, detect language, match indicators, classify. Pure. */
export function extractItem(item: ItemInput, options: AnalyzeOptions = {}): ItemExtraction {
  const p = extractParts(item, options);
  const found = findIndicators(p.normalized.text, p.lang);
  const indicators = toOriginalMatches(found, p.raw, p.normalized);
  const { kind, reasons } = classifyKind(indicators, p.selectors);
  return { id: item.id, lang: p.lang, kind, kindReasons: reasons, selectors: p.selectors, indicators };
}

/**
 * The matches with offsets and text of the raw text instead of the normalised one. Each object is
 * built once, in the public key order (id, category, weight, lang, match, start, end), so that
 * serialising it needs no reshaping; a loop rather than map(), because tsx names every closure
 * made per item.
 */
function toOriginalMatches(found: IndicatorMatch[], raw: string, n: NormalizedText): IndicatorMatch[] {
  const out: IndicatorMatch[] = new Array(found.length);
  for (let i = 0; i < found.length; i++) {
    const m = found[i]!;
    const start = originalStart(n, m.start);
    const end = originalEnd(n, m.start, m.end);
    out[i] = {
      id: m.id,
      category: m.category,
      weight: m.weight,
      lang: m.lang,
      match: raw.slice(start, end),
      start,
      end,
    };
  }
  return out;
}

/** The fields an indicator has in every match of it, and texts it matched before (see scoreHeld). */
interface IndicatorInfo {
  id: string;
  category: string;
  weight: number;
  lang: string;
  /** Matched texts seen before, as copies, at most MATCH_TEXTS of them. */
  texts: string[];
}

/**
 * An item extracted but not yet classified and scored, as a BatchAnalyzer holds it back. Held items
 * outlive young-generation collections, so they keep few objects: each indicator is a shared
 * IndicatorInfo and two offsets, and its match text is cut from `raw` only when scored.
 * A class rather than an object literal: V8 makes the objects of a literal in the old generation
 * once a young collection found most of them alive ("allocation-site pretenuring"), as it does
 * when it runs within a scan's first window, where every item is still held. Held items made old
 * keep their young text and selectors alive through every young collection until a full one.
 * Objects made by `new` are never pretenured.
 */
export class HeldItem {
  constructor(
    readonly id: string,
    readonly lang: string | undefined,
    readonly selectors: SelectorMatch[],
    readonly raw: string,
    /** Per indicator, in order: its IndicatorInfo, raw start, raw end. */
    readonly spans: (IndicatorInfo | number)[],
  ) {}
}

/** One IndicatorInfo per indicator id (ids are few: the lexicons'). */
const INFOS = new Map<string, IndicatorInfo>();
/** The IndicatorInfo of each of MATCHER's indicators, by its index there (filled as met). */
const INFO_OF_MATCHER: (IndicatorInfo | undefined)[] = [];

/** The IndicatorInfo of MATCHER's indicator `index`, kept in INFO_OF_MATCHER. */
function matcherInfo(index: number): IndicatorInfo {
  const info = infoOf(MATCHER.indicators[index]!);
  INFO_OF_MATCHER[index] = info;
  return info;
}

function infoOf(m: Pick<MatcherInfo, 'id' | 'category' | 'weight' | 'lang'>): IndicatorInfo {
  const known = INFOS.get(m.id);
  if (
    known !== undefined &&
    known.category === m.category &&
    known.weight === m.weight &&
    known.lang === m.lang
  ) {
    return known;
  }
  const info: IndicatorInfo = { id: m.id, category: m.category, weight: m.weight, lang: m.lang, texts: [] };
  if (INFOS.size < 100_000) INFOS.set(m.id, info);
  return info;
}

/** extractItem, short of classifying, for an item to be held back; see scoreHeld. */
export function holdItem(item: ItemInput, options: AnalyzeOptions = {}): HeldItem {
  const p = extractParts(item, options);
  // The matches as the matcher's raw records: no IndicatorMatch object nor match text is made
  // here, as they would be dropped at once (the text is cut from `raw` when scored).
  const n = findIndicatorsRaw(p.normalized.text, p.lang);
  const { raw, survivors } = MATCHER;
  // Sized once: push() would leave up to half the array as spare capacity, held with the item.
  const spans: (IndicatorInfo | number)[] = new Array(n * 3);
  for (let i = 0, k = 0; i < n; i++, k += 3) {
    const m = survivors[i]!;
    const index = raw.info[m]!;
    const start = raw.start[m]!;
    spans[k] = INFO_OF_MATCHER[index] ?? matcherInfo(index);
    spans[k + 1] = originalStart(p.normalized, start);
    spans[k + 2] = originalEnd(p.normalized, start, raw.end[m]!);
  }
  return new HeldItem(item.id, p.lang, p.selectors, p.raw, spans);
}

/** Texts kept per indicator for matchText: an indicator matches few distinct texts. */
const MATCH_TEXTS = 4;

/**
 * raw[start, end), as a text this indicator matched before when it is one: the same string object
 * from item to item, so that the scoring, the kind and the JSONL output find it in their memos
 * with its hash already known and compare it by identity, and no slice is made per match.
 */
function matchText(info: IndicatorInfo, raw: string, start: number, end: number): string {
  const texts = info.texts;
  const length = end - start;
  for (let i = 0; i < texts.length; i++) {
    const t = texts[i]!;
    if (t.length === length && raw.startsWith(t, start)) return t;
  }
  const text = raw.slice(start, end);
  if (texts.length >= MATCH_TEXTS) return text;
  const copy = detached(text);
  texts.push(copy);
  return copy;
}

/** Classify and score a held item: the same analysis as scoreExtraction(extractItem(item), facts). */
export function scoreHeld(h: HeldItem, facts: SelectorFacts = {}): ItemAnalysis {
  const { raw, spans } = h;
  // Sized once rather than grown by push(): the array is part of the output.
  const indicators: IndicatorMatch[] = new Array(spans.length / 3);
  for (let k = 0, i = 0; k < spans.length; k += 3, i++) {
    const info = spans[k] as IndicatorInfo;
    const start = spans[k + 1] as number;
    const end = spans[k + 2] as number;
    indicators[i] = {
      id: info.id,
      category: info.category,
      weight: info.weight,
      lang: info.lang,
      match: matchText(info, raw, start, end),
      start,
      end,
    };
  }
  const c = classifyKind(indicators, h.selectors);
  return analysisOf(h.id, h.lang, c.kind, c.reasons, h.selectors, indicators, facts);
}

/** Score an extraction; `facts` carries what only a batch knows (a phone shared by many items). */
export function scoreExtraction(x: ItemExtraction, facts: SelectorFacts = {}): ItemAnalysis {
  return analysisOf(x.id, x.lang, x.kind, x.kindReasons, x.selectors, x.indicators, facts);
}

/** Score and assemble an analysis from its parts (no ItemExtraction built on the batch path). */
function analysisOf(
  id: string,
  lang: string | undefined,
  kind: ItemKind,
  kindReasons: string[],
  selectors: SelectorMatch[],
  indicators: IndicatorMatch[],
  facts: SelectorFacts,
): ItemAnalysis {
  const { score, reasons } = scoreItem({ indicators, selectors, kind, selectorFacts: facts });
  return {
    id,
    lang,
    kind,
    kindReasons,
    score,
    reasons,
    selectors,
    indicators,
    rulesVersion: RULES_VERSION,
  };
}

/**
 * Analyse one item: selectors, indicators, language, kind and an explained risk score.
 *
 * @example analyzeItem({ id: '1', text: 'New girl 19yo, call 5 o 3 * 7 2 4 * 3 o 1 6' }).selectors[0]?.value === '+15037243016'
 */
export function analyzeItem(
  item: ItemInput,
  options: AnalyzeOptions = {},
  facts: SelectorFacts = {},
): ItemAnalysis {
  return scoreExtraction(extractItem(item, options), facts);
}
