import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const ROOT = resolve(import.meta.dirname, '../../../..');
const MAIN = join(ROOT, 'apps/cli/src/main.ts');

async function vigil(args: string[], input?: string) {
  const child = run(process.execPath, ['--import', 'tsx', MAIN, 'cluster', ...args], {
    cwd: ROOT,
    maxBuffer: 1 << 24,
  });
  if (input !== undefined) {
    child.child.stdin?.end(input);
  }
  return child;
}

async function picture(seed: number): Promise<Buffer> {
  const size = 128;
  const raw = Buffer.alloc(size * size * 3);
  for (let i = 0; i < size * size; i++) {
    const x = i % size;
    const y = Math.floor(i / size);
    raw[i * 3] = 128 + 100 * Math.sin((x * (seed + 1)) / 17) * Math.cos((y * (seed + 3)) / 13);
    raw[i * 3 + 1] = (x * seed) % 256;
    raw[i * 3 + 2] = (y * 3) % 256;
  }
  return sharp(raw, { raw: { width: size, height: size, channels: 3 } })
    .png()
    .toBuffer();
}

const lure = (id: string, name: string, city: string, extra: object = {}) => ({
  id,
  text: `Hello, I am ${name} <b>new</b> in ${city}, 💋 discreet meetings, 150 EUR per hour, write to me`,
  platform: 'ads',
  lang: 'en',
  ...extra,
});

let dir = '';
let fixture = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'vigil-cluster-'));
  await writeFile(join(dir, 'photo.png'), await picture(2));
  await writeFile(
    join(dir, 'photo-small.jpg'),
    await sharp(await picture(2))
      .resize(64, 64)
      .jpeg({ quality: 70 })
      .toBuffer(),
  );
  const lines = [
    lure('l1', 'Anna', 'Berlin'),
    lure('l2', 'Maria', 'Vienna'),
    lure('l3', 'Olena', 'Prague'),
    { id: 'p1', text: 'Шукаємо дівчат для роботи за кордоном', lang: 'uk', images: ['photo.png'] },
    {
      id: 'p2',
      text: 'Ищем девушек для работы за границей',
      lang: 'ru',
      images: ['photo-small.jpg', 'missing.png'],
    },
    {
      id: 's1',
      text: 'Selling a garden table',
      selectors: [{ type: 'email', value: 'x@example.org' }],
      score: 5,
    },
    {
      id: 's2',
      text: 'Nice flat for rent in town',
      selectors: [{ type: 'email', value: 'x@example.org' }],
      score: 12,
    },
  ];
  fixture = join(dir, 'items.jsonl');
  await writeFile(fixture, `${lines.map((l) => JSON.stringify(l)).join('\n')}\n`);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('vigil cluster', () => {
  it('writes template and network groups as JSON lines', async () => {
    const { stdout, stderr } = await vigil([fixture]);
    const groups = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    const template = groups.find((g) => g.kind === 'template');
    expect(template).toMatchObject({
      size: 3,
      members: ['l1', 'l2', 'l3'],
      platforms: ['ads'],
      languages: ['en'],
    });
    expect(template.template).toBe(
      'Hello, I am {name} <b>new</b> in {city}, 💋 discreet meetings, 150 EUR per hour, write to me',
    );
    const networks = groups.filter((g) => g.kind === 'network').map((g) => g.members.sort());
    expect(networks).toContainEqual(['p1', 'p2']); // near-identical photos, Ukrainian and Russian text
    expect(networks).toContainEqual(['s1', 's2']); // shared e-mail address
    const shared = groups.find((g) => g.members.includes('s1'));
    expect(shared).toMatchObject({
      score: 12,
      selectors: [{ type: 'email', value: 'x@example.org', count: 2, strong: true }],
    });
    expect(stderr).toContain('missing.png');
  });

  it('reads standard input and honours --min-size', async () => {
    const { stdout } = await vigil(['-', '--min-size', '3'], await readFile(fixture, 'utf8'));
    const groups = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(groups.map((g) => g.id)).toEqual(['t1']);
  });

  it('renders escaped HTML', async () => {
    const out = join(dir, 'out.html');
    await vigil([fixture, '--format', 'html', '-o', out]);
    const html = await readFile(out, 'utf8');
    expect(html).toContain('&lt;b&gt;new&lt;/b&gt;');
    expect(html).not.toContain('<b>new');
    expect(html).toContain('<mark>{name}</mark>');
    expect(html).toContain("default-src 'none'");
  });

  it('rejects a bad threshold', async () => {
    await expect(vigil([fixture, '--threshold', '7'])).rejects.toMatchObject({ code: 1 });
  });

  it('groups one lure posted in Ukrainian and Russian into a lure group, unless turned off', async () => {
    const phone = [{ type: 'phone', value: '+380671234567' }];
    const line = (id: string, lang: string, text: string) =>
      JSON.stringify({ id, lang, text, selectors: phone });
    const uk = ['Олена', 'Марія', 'Ірина'].map((n, i) =>
      line(
        `uk${i}`,
        'uk',
        `Привіт, я ${n}, мені ${21 + i} років 🌸. Нова у місті Київ. Від 90 грн 💋. Пиши +38 067 123 4567`,
      ),
    );
    const ru = ['Елена', 'Мария', 'Ирина'].map((n, i) =>
      line(
        `ru${i}`,
        'ru',
        `Привет, я ${n}, мне ${21 + i} лет 🌸. Новенькая в городе Киев. От 90 грн 💋. Пиши +38 067 123 4567`,
      ),
    );
    const input = `${[...uk, ...ru].join('\n')}\n`;
    const groups = (await vigil(['-'], input)).stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    const lures = groups.filter((g) => g.kind === 'lure');
    expect(lures).toHaveLength(1);
    expect(lures[0]).toMatchObject({ size: 6, languages: ['ru', 'uk'] });
    expect(lures[0].templates).toHaveLength(2);
    const off = (await vigil(['-', '--translation-similarity', '2'], input)).stdout;
    expect(off).not.toContain('"kind":"lure"');
  });
});
