export { digitText } from './digit-text.ts';
export { emailText } from './email-text.ts';
export { normalizeText } from './normalize-text.ts';
export type { NormalizedText, TextEdit } from './normalized-text.ts';
export { applyEdits, NormalizedBuilder, toOriginalSpan } from './normalized-text.ts';
export { lookupNumberWord, NUMBER_WORDS } from './number-words.ts';
