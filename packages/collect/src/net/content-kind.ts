import type { ContentKind, Header } from './fetch-types.ts';

export function headerValue(headers: Header[], name: string): string | undefined {
  const lower = name.toLowerCase();
  return headers.find(([n]) => n.toLowerCase() === lower)?.[1];
}

/** What to do with a body: parse HTML/JSON, keep text, or record binary content without parsing it. */
export function contentKindOf(contentType: string | undefined, body: Uint8Array): ContentKind {
  const media = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  if (media === 'text/html' || media === 'application/xhtml+xml') return 'html';
  if (media === 'application/json' || media.endsWith('+json')) return 'json';
  if (media.startsWith('text/')) return 'text';
  if (media === '') {
    const start = Buffer.from(body.subarray(0, 512)).toString('latin1').trimStart().toLowerCase();
    if (start.startsWith('<!doctype html') || start.startsWith('<html')) return 'html';
    if (start.startsWith('{') || start.startsWith('[')) return 'json';
  }
  return 'binary';
}
