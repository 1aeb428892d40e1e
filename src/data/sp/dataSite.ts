import { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';

/**
 * Where #SamenBeter's lists live. A web part on Stella reads its own site, but in Teams
 * the page context is the team's site (channel tab) or the tenant root (personal app).
 * The admin therefore sets one tenant property (storage entity) with Stella's URL; a web
 * part property can override it. Without either, the current site is used.
 */
export const SITE_URL_TENANT_PROPERTY = 'SamenBeterSiteUrl';
const CACHE_KEY = 'samenbeter:dataSiteUrl';
/** Tenant properties change rarely; re-reading every page load would cost a request each time. */
const CACHE_MS = 12 * 60 * 60 * 1000;

interface CacheEntry {
  url: string;
  at: number;
}

function isSiteUrl(value: unknown): value is string {
  return typeof value === 'string' && /^https?:\/\/[^\s]+$/i.test(value.trim());
}

export async function resolveDataSiteUrl(
  sp: SPFI,
  configured: string | undefined,
  cache: Pick<Storage, 'getItem' | 'setItem'> | undefined,
  now: number = Date.now()
): Promise<string | undefined> {
  if (isSiteUrl(configured)) {
    return configured.trim().replace(/\/+$/, '');
  }
  try {
    const cached = cache ? (JSON.parse(cache.getItem(CACHE_KEY) || 'null') as CacheEntry | null) : null;
    if (cached && now - cached.at < CACHE_MS) {
      return cached.url || undefined;
    }
  } catch {
    // A corrupt cache entry is simply read again.
  }
  let url = '';
  try {
    const entity = (await sp.web.getStorageEntity(SITE_URL_TENANT_PROPERTY)) as { Value?: string } | null;
    url = entity && isSiteUrl(entity.Value) ? entity.Value.trim().replace(/\/+$/, '') : '';
  } catch {
    // No tenant property (or no right to read it): the current site it is.
    url = '';
  }
  if (cache) {
    try {
      cache.setItem(CACHE_KEY, JSON.stringify({ url, at: now }));
    } catch {
      // Storage full or blocked (private mode): no cache, still correct.
    }
  }
  return url || undefined;
}
