import { spfi, SPFI, SPFx, SPBrowser, ISPFXContext } from '@pnp/sp';
import { TimelinePipe } from '@pnp/core';
import { Queryable } from '@pnp/queryable';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/batching';

// The only two ways the product builds its PnPjs instance: inside SPFx (SharePoint page
// or Teams tab) and against an absolute site URL (the local preview, scripts, tests).
// Everything after this point is the same code for both.

export type { SPFI };

export function spForSpfx(context: ISPFXContext, siteUrl?: string): SPFI {
  // With a site URL (Stella, seen from a Teams tab) PnPjs still uses SPFx's context; the
  // digest for another site is fetched from that site's contextinfo.
  return (siteUrl ? spfi(siteUrl) : spfi()).using(SPFx(context));
}

/** `extra` adds behaviors, e.g. a bearer identity for scripts and tests. */
export function spForSiteUrl(siteUrl: string, ...extra: TimelinePipe<Queryable>[]): SPFI {
  const sp = spfi(siteUrl).using(SPBrowser({ baseUrl: siteUrl }));
  return extra.length > 0 ? sp.using(...extra) : sp;
}
