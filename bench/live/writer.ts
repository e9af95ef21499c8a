// Paced (open-loop) writers for the live benchmark: request k is due at start + k / rate whatever
// happened to earlier requests, so a slow server cannot slow the offered load down (no coordinated
// omission). Each of the W writers keeps its own keep-alive connection; a writer whose previous
// request is still running opens another one rather than waiting.
import { Agent, request } from 'node:http';

export interface Session {
  cookie: string;
  csrfToken: string;
}

export interface WriteRecord {
  key: string;
  /** When the write was due and when it went out (epoch ms). */
  dueAt: number;
  sentAt: number;
  /** When its HTTP response arrived; undefined if it failed. */
  answeredAt?: number;
  status?: number;
}

export function post(agent: Agent, url: string, session: Session, body: unknown): Promise<number> {
  const text = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method: 'POST',
        agent,
        headers: {
          cookie: session.cookie,
          'x-csrf-token': session.csrfToken,
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(text),
        },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', reject);
    req.end(text);
  });
}

const now = () => performance.timeOrigin + performance.now();

/**
 * Send `rate` claims per second for `seconds`, spread round-robin over `writers` connections.
 * Keys are `${prefix}-${k}`; every write is recorded, including failures.
 */
export async function runPacedWrites(options: {
  url: string;
  sessions: Session[];
  writers: number;
  rate: number;
  seconds: number;
  prefix: string;
  records: Map<string, WriteRecord>;
}): Promise<{ maxInFlight: number }> {
  const { url, sessions, writers, rate, seconds, prefix, records } = options;
  const agents = Array.from({ length: writers }, () => new Agent({ keepAlive: true }));
  const total = Math.round(rate * seconds);
  const start = now() + 20;
  let inFlight = 0;
  let maxInFlight = 0;
  const pending: Promise<void>[] = [];
  for (let k = 0; k < total; k++) {
    const dueAt = start + (k * 1000) / rate;
    const wait = dueAt - now();
    if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
    const key = `${prefix}-${k}`;
    const record: WriteRecord = { key, dueAt, sentAt: now() };
    records.set(key, record);
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    pending.push(
      post(agents[k % writers]!, url, sessions[k % sessions.length]!, {
        targetType: 'username',
        targetKey: key,
      })
        .then((status) => {
          record.status = status;
          if (status === 201) record.answeredAt = now();
        })
        .catch(() => {
          record.status = 0;
        })
        .finally(() => {
          inFlight--;
        }),
    );
  }
  await Promise.all(pending);
  for (const agent of agents) agent.destroy();
  return { maxInFlight };
}
