import { readFile } from 'node:fs/promises';
import { load } from 'cheerio';
import type { Adapter } from '../adapters/adapter-types.ts';
import { extractHtml } from '../adapters/extract-html.ts';
import { visibleText } from '../adapters/html-text.ts';
import { sha256Hex } from '../evidence/digest.ts';
import { checkRecordDigests, readWarc, splitHttp } from '../evidence/warc-reader.ts';
import { decodeText } from '../net/charset.ts';
import { decodeContent } from '../net/content-decoding.ts';
import { contentKindOf } from '../net/content-kind.ts';
import type { Header } from '../net/fetch-types.ts';
import type { Skip } from './import-lines.ts';
import type { ImportedItem } from './import-types.ts';

const generic: Adapter = { name: 'import', startUrls: ['https://import.invalid/'] };

/** Items of one HTML page: generic containers, or the whole page as one item. */
export function itemsFromHtml(html: string, url: string): ImportedItem['item'][] {
  const { items } = extractHtml(generic, url, html, 'listing');
  if (items.length) return items;
  const $ = load(html);
  const text = visibleText($('body').toArray());
  const title = visibleText($('title').toArray()) || visibleText($('h1').first().toArray());
  return text || title ? [{ url, title, text, images: [], contact: [] }] : [];
}

/** A saved page: the URL comes from <link rel=canonical> or og:url when the saver kept it. */
export async function* readHtmlFile(path: string, source: string): AsyncGenerator<ImportedItem> {
  const bytes = await readFile(path);
  const { text } = decodeText(bytes);
  const $ = load(text);
  const declared = $('link[rel=canonical]').attr('href') ?? $('meta[property="og:url"]').attr('content');
  let url = source;
  try {
    if (declared && /^https?:/i.test(declared)) url = new URL(declared).href;
  } catch {
    // keep the file name as the source
  }
  for (const item of itemsFromHtml(text, url)) yield { item, payload: bytes };
}

function parseHead(head: string): { status: number; headers: Header[] } {
  const [statusLine = '', ...lines] = head.split('\r\n');
  const status = Number(statusLine.split(' ')[1]);
  const headers = lines
    .map((l) => [l.slice(0, l.indexOf(':')).trim(), l.slice(l.indexOf(':') + 1).trim()] as Header)
    .filter(([n]) => n);
  return { status, headers };
}

/** HTML responses (and resource records) of a WARC; records whose digests fail are skipped and reported. */
export async function* readWarcFile(
  path: string,
  skip: Skip,
  maxBytes = 20 * 1024 * 1024,
): AsyncGenerator<ImportedItem> {
  let n = 0;
  try {
    for await (const record of readWarc(path)) {
      n++;
      const type = record.get('WARC-Type');
      const uri = record.get('WARC-Target-URI') ?? `${path}#record-${n}`;
      if (type !== 'response' && type !== 'resource') continue;
      const check = checkRecordDigests(record);
      if (check.problems.length) {
        skip(`record ${n} (${uri})`, check.problems.join(', '));
        continue;
      }
      let body = record.block;
      let headers: Header[] = [['content-type', record.get('Content-Type') ?? '']];
      if (record.get('Content-Type')?.startsWith('application/http')) {
        const split = splitHttp(record.block);
        const head = parseHead(split.head);
        if (head.status !== 200) continue;
        headers = head.headers;
        const encoding = headers.find(([k]) => k.toLowerCase() === 'content-encoding')?.[1];
        const decoded = decodeContent(encoding, split.body, maxBytes);
        if (!decoded.ok) {
          skip(`record ${n} (${uri})`, decoded.message);
          continue;
        }
        body = decoded.body;
      }
      const contentType = headers.find(([k]) => k.toLowerCase() === 'content-type')?.[1];
      if (contentKindOf(contentType, body) !== 'html') continue;
      const { text } = decodeText(body, contentType);
      const recordSha256 = sha256Hex(record.block);
      for (const item of itemsFromHtml(text, uri)) yield { item, payload: body, recordSha256 };
    }
  } catch (error) {
    skip(`record ${n + 1}`, `WARC reading stopped: ${(error as Error).message}`);
  }
}
