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
