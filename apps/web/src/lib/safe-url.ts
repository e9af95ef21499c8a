/**
 * Scraped URLs are hostile. Only absolute http(s) URLs become links; everything else
 * (javascript:, data:, vbscript:, relative paths, garbage) is shown as text.
 */
export function safeHttpUrl(raw: unknown): string | null {
  if (typeof raw !== 'string') return null;
  // Browsers strip tabs and newlines from URLs and ignore leading control characters and spaces.
  const candidate = raw.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
  if (!/^https?:\/\//i.test(candidate)) return null;
  try {
    const url = new URL(candidate);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    if (!url.hostname) return null;
    return url.href;
  } catch {
    return null;
  }
}

/**
 * Images may only be loaded from our own server: fetching a scraped image URL from an analyst's
 * browser would reveal the police network to the site's operator.
 */
export function sameOriginImagePath(raw: unknown): string | null {
  if (typeof raw !== 'string') return null;
  if (!/^\/api\/[A-Za-z0-9/_\-.%]+(\?[A-Za-z0-9=&_\-.%]*)?$/.test(raw)) return null;
  if (raw.includes('..')) return null;
  return raw;
}
