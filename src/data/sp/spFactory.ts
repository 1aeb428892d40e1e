import { spfi, SPFI, SPFx, SPBrowser, ISPFXContext } from '@pnp/sp';
import { TimelinePipe } from '@pnp/core';
import { Queryable } from '@pnp/queryable';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/batching';
import { CacheReads } from './cacheReads';
import { CoalesceReads } from './coalesceReads';

// The only two ways the product builds its PnPjs instance: inside SPFx (SharePoint page
// or Teams tab) and against an absolute site URL (the local preview, scripts, tests).
// Everything after this point is the same code for both.

export type { SPFI };

/** What the product reads from SPFx's context beyond PnPjs's own needs. */
interface PageUser {
  pageContext: { user?: { loginName?: string } };
}

const DIGEST_MARGIN_SECONDS = 60;

/** A form digest for `webUrl` that renews itself from contextinfo when it runs out. */
function formDigestOf(initial: { value: string; timeoutSeconds: number } | undefined, webUrl: string): () => Promise<string | undefined> {
  let current: { value: string; expires: number } | undefined = initial
    ? { value: initial.value, expires: Date.now() + (initial.timeoutSeconds - DIGEST_MARGIN_SECONDS) * 1000 }
    : undefined;
  let pending: Promise<string | undefined> | undefined;
  return () => {
    if (current && Date.now() < current.expires) {
      return Promise.resolve(current.value);
    }
    if (!pending) {
      pending = fetch(`${webUrl}/_api/contextinfo`, {
        method: 'POST',
        headers: { Accept: 'application/json;odata=nometadata' },
        credentials: 'same-origin'
      })
        .then((r) => (r.ok ? r.json() : undefined))
        .then((info: { FormDigestValue?: string; FormDigestTimeoutSeconds?: number } | undefined) => {
          current =
            info && info.FormDigestValue
              ? { value: info.FormDigestValue, expires: Date.now() + ((info.FormDigestTimeoutSeconds || 1800) - DIGEST_MARGIN_SECONDS) * 1000 }
              : undefined;
          return current && current.value;
        })
        // No digest: reads simply go out one by one.
        .catch(() => undefined)
        .then((value) => {
          pending = undefined;
          return value;
        });
    }
    return pending;
  };
}

export function spForSpfx(context: ISPFXContext, siteUrl?: string): SPFI {
  const pageWeb = context.pageContext.web.absoluteUrl.replace(/\/+$/, '');
  const webUrl = siteUrl ? siteUrl.replace(/\/+$/, '') : pageWeb;
  const legacy = context.pageContext.legacyPageContext;
  // The page's digest serves its own site; another site (Stella seen from a Teams tab)
  // gets one from its contextinfo, like PnPjs does for writes.
  const digest =
    webUrl.toLowerCase() === pageWeb.toLowerCase() && legacy && legacy.formDigestValue
      ? formDigestOf({ value: legacy.formDigestValue, timeoutSeconds: legacy.formDigestTimeoutSeconds }, webUrl)
      : formDigestOf(undefined, webUrl);
  const user = (context as unknown as PageUser).pageContext.user;
  // With a site URL (Stella, seen from a Teams tab) PnPjs still uses SPFx's context; the
  // digest for another site is fetched from that site's contextinfo. Always an absolute web
  // URL, so the data layer can name the site's own paths (sp/sitePagesList.ts).
  return spfi(webUrl).using(
    SPFx(context),
    CacheReads({ userKey: (user && user.loginName) || 'anonymous' }),
    CoalesceReads({ webUrl, digest })
  );
}

/**
 * `extra` adds behaviors, e.g. a bearer identity for scripts and tests (or CacheReads).
 * Reads are combined like in SPFx; with a bearer identity the $batch needs no digest.
 */
export function spForSiteUrl(siteUrl: string, ...extra: TimelinePipe<Queryable>[]): SPFI {
  const sp = spfi(siteUrl).using(SPBrowser({ baseUrl: siteUrl }), ...extra);
  return sp.using(CoalesceReads({ webUrl: siteUrl }));
}
