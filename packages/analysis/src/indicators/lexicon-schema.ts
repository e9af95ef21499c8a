import { type IndicatorCategory, isIndicatorCategory } from './categories.ts';

/** One indicator of a lexicon file: all its patterns share id, category and weight. */
export interface LexiconIndicator {
  id: string;
  category: IndicatorCategory;
  weight: number;
  patterns: string[];
  note: string;
}

/** A lexicon data file, `packages/analysis/lexicons/<lang>.json`. */
export interface Lexicon {
  lang: string;
  version: string;
  indicators: LexiconIndicator[];
}

export class LexiconError extends Error {
  override name = 'LexiconError';
}

const VERSION = /^\d{4}\.\d{1,2}\.\d+$/;
const LANG = /^[a-z]{2}$/;
/** A pattern word: letters, digits, marks, emoji and inner punctuation, optional `*` at either end. */
const MAX_WEIGHT = 30;
export const MIN_STEM = 3;

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Check a parsed lexicon file and return it typed. Throws a LexiconError naming the file and the
 * indicator id, so a reviewer sees at once which entry is wrong.
 */
export const validateLexicon = (data: unknown, file: string): Lexicon => {
  const fail = (msg: string, id?: string): never => {
    throw new LexiconError(`${file}${id ? ` [${id}]` : ''}: ${msg}`);
  };
  if (!isRecord(data)) return fail('not a JSON object');
  const { lang, version, indicators } = data;
  if (typeof lang !== 'string' || !LANG.test(lang)) return fail('"lang" must be an ISO 639-1 code');
  if (!(file === `${lang}.json` || file.endsWith(`/${lang}.json`))) {
    fail(`"lang" is "${lang}" but the file is not ${lang}.json`);
  }
  if (typeof version !== 'string' || !VERSION.test(version)) fail('"version" must look like 2026.11.1');
  if (!Array.isArray(indicators) || indicators.length === 0)
    return fail('"indicators" must be a non-empty array');
  const seen = new Set<string>();
  const out: LexiconIndicator[] = [];
  for (const [index, raw] of (indicators as unknown[]).entries()) {
    if (!isRecord(raw)) return fail(`indicator #${index} is not an object`);
    const id = typeof raw.id === 'string' ? raw.id : `#${index}`;
    if (typeof raw.id !== 'string' || !/^[a-z]{2}\.[a-z0-9_]+\.[a-z0-9_]+$/.test(raw.id)) {
      fail('"id" must look like <lang>.<group>.<name> in lower case', id);
    }
    if (!id.startsWith(`${lang}.`)) fail(`"id" must start with "${lang}."`, id);
    if (seen.has(id)) fail('duplicate id', id);
    seen.add(id);
    if (!isIndicatorCategory(raw.category)) return fail(`unknown category "${String(raw.category)}"`, id);
    const { weight, patterns, note } = raw;
    if (typeof weight !== 'number' || !Number.isFinite(weight) || Math.abs(weight) > MAX_WEIGHT) {
      return fail(`"weight" must be a number in [-${MAX_WEIGHT}, ${MAX_WEIGHT}]`, id);
    }
    if (weight < 0 !== (raw.category === 'protective_context')) {
      fail('only protective_context indicators may (and must) have a negative weight', id);
    }
    if (typeof note !== 'string' || note.trim() === '') fail('"note" must explain the indicator', id);
    if (!Array.isArray(patterns) || patterns.length === 0)
      return fail('"patterns" must be a non-empty array', id);
    const unique = new Set<string>();
    for (const p of patterns) {
      if (typeof p !== 'string' || p.trim() === '') return fail('empty pattern', id);
      if (p !== p.toLowerCase()) fail(`pattern "${p}" must be lower case`, id);
      if (unique.has(p)) fail(`duplicate pattern "${p}"`, id);
      unique.add(p);
    }
    out.push({
      id,
      category: raw.category,
      weight,
      patterns: patterns as string[],
      note: note as string,
    });
  }
  return { lang, version: version as string, indicators: out };
};
