import { TextDecoder } from 'node:util';

/** How a page's bytes become text: BOM first, then Content-Type, then <meta>, then UTF-8. */
export interface DecodedText {
  text: string;
  charset: string;
  source: 'bom' | 'header' | 'meta' | 'default';
  /** True when the declared label was unknown and UTF-8 was used instead. */
  fallback?: boolean;
}

function bomCharset(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  return undefined;
}

export function charsetFromContentType(contentType: string | undefined): string | undefined {
  const m = /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType ?? '');
  return m?.[1]?.toLowerCase();
}

/** Scan the first 1024 bytes for <meta charset> or <meta http-equiv content="...charset=">, as browsers do. */
export function charsetFromMeta(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  const direct = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  return direct?.[1]?.toLowerCase();
}

function tryDecoder(label: string): TextDecoder | undefined {
  try {
    return new TextDecoder(label);
  } catch {
    return undefined;
  }
}

/** Decode bytes to text without ever throwing; malformed sequences become U+FFFD. */
export function decodeText(bytes: Uint8Array, contentType?: string): DecodedText {
  const candidates: [string | undefined, DecodedText['source']][] = [
    [bomCharset(bytes), 'bom'],
    [charsetFromContentType(contentType), 'header'],
    [charsetFromMeta(bytes), 'meta'],
  ];
  let fallback = false;
  for (const [label, source] of candidates) {
    if (!label) continue;
    const decoder = tryDecoder(label);
    if (decoder) {
      // A UTF-16 <meta> inside bytes we could read as ASCII is a lie; browsers treat it as UTF-8.
      if (source === 'meta' && decoder.encoding.startsWith('utf-16')) continue;
      return { text: decoder.decode(bytes), charset: decoder.encoding, source };
    }
    fallback = true;
  }
  return {
    text: new TextDecoder('utf-8').decode(bytes),
    charset: 'utf-8',
    source: 'default',
    ...(fallback ? { fallback } : {}),
  };
}
