/**
 * Only https links and site-relative paths reach an href or src; anything else
 * (javascript:, data:, http:) is dropped. List data is user input.
 */
export function safeUrl(url: string | null | undefined): string | undefined {
  if (!url) {
    return undefined;
  }
  const trimmed = url.trim();
  if (/^https:\/\//i.test(trimmed) || /^\/(?!\/)/.test(trimmed)) {
    return trimmed;
  }
  return undefined;
}

/**
 * A URL on the page's own origin as a site-relative path, so it passes safeUrl on any
 * scheme the page itself uses (SharePoint is https; the local preview is http). Other
 * origins come back unchanged for safeUrl to judge.
 */
export function sameOriginPath(url: string | null | undefined): string | null | undefined {
  if (!url || typeof window === 'undefined') {
    return url;
  }
  try {
    const parsed = new URL(url, window.location.href);
    if (parsed.origin === window.location.origin && /^https?:$/.test(parsed.protocol)) {
      return `${parsed.pathname}${parsed.search}${parsed.hash}`;
    }
  } catch {
    // not a URL: safeUrl decides
  }
  return url;
}
