// A light server-sent-events reader for the live benchmark: node:http, no web streams, and the
// receipt time taken in the socket's data handler, so that the reader adds as little delay and CPU
// as possible to what it measures.
import { request } from 'node:http';

export interface BenchEvent {
  id: number;
  type: string;
  time: string;
  payload: Record<string, unknown>;
}

/**
 * Every reader receives the same frames: parse each distinct frame once for all of them, so that
 * the bench (sharing the machine with the server) spends its CPU on reading sockets, not on
 * parsing the same JSON a hundred times.
 */
const parsed = new Map<string, BenchEvent>();
function parseOnce(text: string): BenchEvent {
  let event = parsed.get(text);
  if (!event) {
    if (parsed.size > 20_000) parsed.clear();
    event = JSON.parse(text) as BenchEvent;
    parsed.set(text, event);
  }
  return event;
}

export interface SseReader {
  close(): void;
}

export function openSseReader(
  url: string,
  cookie: string,
  onEvent: (event: BenchEvent, receivedAt: number) => void,
): Promise<SseReader> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers: { accept: 'text/event-stream', cookie }, agent: false }, (res) => {
      if (res.statusCode !== 200) {
        reject(new Error(`SSE ${res.statusCode}`));
        res.resume();
        return;
      }
      res.setEncoding('utf8');
      let buffer = '';
      res.on('data', (chunk: string) => {
        const receivedAt = performance.timeOrigin + performance.now();
        buffer += chunk;
        let end = buffer.indexOf('\n\n');
        while (end >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const data = block.indexOf('\ndata: ');
          if (data >= 0) onEvent(parseOnce(block.slice(data + 7)), receivedAt);
          end = buffer.indexOf('\n\n');
        }
      });
      res.on('error', () => undefined);
      resolve({ close: () => req.destroy() });
    });
    req.on('error', reject);
    req.end();
  });
}
