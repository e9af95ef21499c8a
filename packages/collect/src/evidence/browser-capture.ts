import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';
import type { FetchResult } from '../net/fetch-types.ts';
import type { FetchContext } from '../net/safe-fetch.ts';
import { safeFetch } from '../net/safe-fetch.ts';

export const chromiumPath = '/usr/bin/chromium';
export const browserAvailable = (): boolean => existsSync(chromiumPath);

/**
 * Flags from DESIGN.md. The proxy points at a closed port so that any request the route handler
 * does not take (there should be none) fails instead of reaching the network directly.
 */
const args = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--proxy-server=http://127.0.0.1:9',
  '--proxy-bypass-list=<-loopback>',
  '--disable-webrtc',
];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, args, headless: true });
}

export interface BrowserCapture {
  /** The document as fetched (goes to the WARC like any other fetch). */
  document: FetchResult;
  /** The DOM after scripts ran, for extraction only. */
  renderedHtml: string;
  screenshot: Buffer;
  /** Every sub-request the page made, with the outcome of our fetch. */
  requests: { url: string; outcome: string }[];
}

/**
 * Render a page whose items need JavaScript. The page's scripts run only inside this headless,
 * sandboxed browser; every request it makes is fetched by `safeFetch`, so the address policy,
 * Tor routing and limits apply to scripts too.
 */
export async function renderPage(
  browser: Browser,
  url: string,
  fetchCtx: FetchContext,
  timeoutMs = 20_000,
): Promise<BrowserCapture | FetchResult> {
  const requests: BrowserCapture['requests'] = [];
  let document: FetchResult | undefined;
  const context = await browser.newContext({
    serviceWorkers: 'block',
    acceptDownloads: false,
    javaScriptEnabled: true,
  });
  try {
    await context.route('**/*', async (route) => {
      const request = route.request();
      if (request.method() !== 'GET' || !/^https?:/.test(request.url())) {
        requests.push({ url: request.url(), outcome: `refused ${request.method()}` });
        return route.abort('blockedbyclient');
      }
      const result = await safeFetch(request.url(), fetchCtx);
      if (request.isNavigationRequest() && request.frame() === page.mainFrame()) document ??= result;
      requests.push({
        url: request.url(),
        outcome: result.ok ? String(result.final.status) : result.error.kind,
      });
      if (!result.ok) return route.abort('blockedbyclient');
      const headers = Object.fromEntries(
        result.final.responseHeaders.filter(
          ([n]) => !/^(content-encoding|content-length|transfer-encoding)$/i.test(n),
        ),
      );
      return route.fulfill({ status: result.final.status, headers, body: result.body });
    });
    const page = await context.newPage();
    page.setDefaultTimeout(timeoutMs);
    await page.goto(url, { waitUntil: 'networkidle', timeout: timeoutMs }).catch(() => undefined);
    if (!document) return safeFetch(url, fetchCtx);
    if (!document.ok) return document;
    const renderedHtml = await page.content();
    const screenshot = await page.screenshot({ fullPage: true, type: 'png', timeout: timeoutMs });
    return { document, renderedHtml, screenshot, requests };
  } finally {
    await context.close().catch(() => undefined);
  }
}
