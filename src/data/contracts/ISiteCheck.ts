import { GraphRequester } from '../graph/graphRequester';
/** One thing the self-check looked at ("Controleer deze site"). */
export type SiteCheckKey =
  | 'lists'
  | 'fields'
  | 'permissions'
  | 'privateAccess'
  | 'search'
  | 'tenantProperty'
  | 'pageScheduling'
  | 'graphConsent'
  | 'teamsApp';

/** ok; fix = something to put right; unknown = could not be checked from here (and why). */
export type SiteCheckStatus = 'ok' | 'fix' | 'unknown';

export interface SiteCheckItem {
  key: SiteCheckKey;
  status: SiteCheckStatus;
  /** What was found (list titles, names, a URL), shown after the check's own sentence. */
  details: string[];
}

/** What the web part knows of where it runs, for the checks the site itself cannot answer. */
export interface SiteCheckContext {
  /** This site's absolute URL (the lists the product uses). */
  siteUrl: string;
  /** The Teams app id Teams reports at run time; undefined outside Teams. */
  teamsAppId?: string;
  /** Microsoft Graph as this host reaches it (SPFx: MSGraphClientV3); undefined = not checked. */
  graph?: GraphRequester;
}
