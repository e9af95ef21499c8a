/** A minimal server-sent-events reader for tests and benchmarks (what EventSource does, minus retries). */
export interface SseMessage {
  id: number;
  data: { id: number; type: string; payload: Record<string, unknown> };
}

export interface SseConnection {
  messages: SseMessage[];
  /** Resolve when at least `count` messages (of `type`, if given) have arrived; reject after `timeoutMs`. */
  waitFor(count: number, type?: string, timeoutMs?: number): Promise<SseMessage[]>;
  close(): void;
}

export async function openSse(url: string, headers: Record<string, string>): Promise<SseConnection> {
  const controller = new AbortController();
  const response = await fetch(url, {
    headers: { accept: 'text/event-stream', ...headers },
    signal: controller.signal,
  });
  if (!response.ok || !response.body) throw new Error(`SSE ${response.status}: ${await response.text()}`);
  const messages: SseMessage[] = [];
  const waiters: (() => void)[] = [];
  void (async () => {
    const decoder = new TextDecoder();
    let buffer = '';
    try {
      for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
        buffer += decoder.decode(chunk, { stream: true });
        let end = buffer.indexOf('\n\n');
        while (end >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const id = /^id: (\d+)$/m.exec(block)?.[1];
          const data = /^data: (.*)$/m.exec(block)?.[1];
          if (id && data) messages.push({ id: Number(id), data: JSON.parse(data) });
          end = buffer.indexOf('\n\n');
        }
        for (const wake of waiters.splice(0)) wake();
      }
    } catch {
      // aborted
    }
  })();
  return {
    messages,
    waitFor: (count, type, timeoutMs = 10_000) =>
      new Promise((resolve, reject) => {
        const deadline = Date.now() + timeoutMs;
        const check = () => {
          const matching = type ? messages.filter((m) => m.data.type === type) : messages;
          if (matching.length >= count) return resolve(matching);
          if (Date.now() > deadline)
            return reject(new Error(`only ${matching.length} of ${count} events arrived`));
          waiters.push(check);
          setTimeout(check, 50);
        };
        check();
      }),
    close: () => controller.abort(),
  };
}
