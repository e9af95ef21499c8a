import { startFixtureServer } from '../packages/collect/src/fixtures/fixture-server.ts';

/** The fixture platforms in their own process for `bench/crawl.bench.ts`; prints its origin. */
const ads = Number(process.argv[2] ?? 2000);
const server = await startFixtureServer({ classifiedsAds: ads });
process.stdout.write(`${server.origin}\n`);
process.on('SIGTERM', () => void server.close().then(() => process.exit(0)));
