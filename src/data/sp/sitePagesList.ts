import { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import { IList } from '@pnp/sp/lists';

/**
 * The web's server-relative path ('/sites/stella'), from the absolute URL PnPjs was set up
 * with (spFactory always gives one); a relative URL is a programming error, said loudly.
 */
export function webPath(sp: SPFI): string {
  const url = sp.web.toUrl();
  if (!/^https?:\/\//i.test(url)) {
    throw new Error(`The data layer needs PnPjs set up with an absolute web URL, got '${url}'`);
  }
  const path = url.replace(/^https?:\/\/[^/]+/i, '').replace(/\/_api\/web\/?$/i, '');
  return path.replace(/\/+$/, '');
}

/**
 * The site's Site Pages library by its folder, not its title: the title is translated
 * ("Sitepagina's" on a Dutch site), the folder 'SitePages' is not. One GET, batchable
 * (`_api/web/getList('<server-relative url>')`).
 */
export function sitePagesList(sp: SPFI): IList {
  return sp.web.getList(`${webPath(sp)}/SitePages`);
}
