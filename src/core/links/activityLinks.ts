/**
 * Share links that open one activity: a SharePoint page URL with ?activity=<id>,
 * or a Teams deep link into the personal tab, whose context carries the
 * subEntityId 'activity-<id>' (Teams hands it to the tab as page.subPageId).
 */
import { encodeQueryValue, paramName, queryParam, SplitUrl, splitUrl } from './queryString';

export const ACTIVITY_QUERY_PARAM: string = 'activity';
const SUB_ENTITY_PREFIX: string = 'activity-';
const ID_PATTERN: RegExp = /^[1-9]\d{0,14}$/;

export interface TeamsTabLinkOptions {
  /** The Teams app id from the manifest (not the SPFx component id). */
  appId: string;
  /** The personal tab's entityId from the manifest. */
  entityId: string;
  activityId: number;
  /** Where clients without Teams fall back to, usually the SharePoint page link. */
  webUrl?: string;
  /** The tab's label in the link preview. */
  label?: string;
}

/** https://teams.microsoft.com/l/entity/<appId>/<entityId>?context={"subEntityId":"activity-<id>"} (encoded). */
export function teamsTabDeepLink(options: TeamsTabLinkOptions): string {
  checkId(options.activityId);
  const query: string[] = [];
  if (options.webUrl) {
    query.push('webUrl=' + encodeQueryValue(options.webUrl));
  }
  if (options.label) {
    query.push('label=' + encodeQueryValue(options.label));
  }
  query.push('context=' + encodeQueryValue(JSON.stringify({ subEntityId: activitySubEntityId(options.activityId) })));
  return (
    'https://teams.microsoft.com/l/entity/' + encodeQueryValue(options.appId) + '/' + encodeQueryValue(options.entityId) + '?' + query.join('&')
  );
}

/** 'activity-7': what the Teams tab receives as subEntityId / subPageId. */
export function activitySubEntityId(activityId: number): string {
  checkId(activityId);
  return SUB_ENTITY_PREFIX + activityId;
}

/** 7 for 'activity-7'; null for anything else (missing, other tabs' sub-entities, junk). */
export function activityIdFromSubEntity(subEntityId: string | null | undefined): number | null {
  if (typeof subEntityId !== 'string' || subEntityId.indexOf(SUB_ENTITY_PREFIX) !== 0) {
    return null;
  }
  return parseId(subEntityId.substring(SUB_ENTITY_PREFIX.length));
}

/**
 * The page URL with ?activity=<id>: other parameters and the #fragment stay as
 * they were, an existing activity parameter (any case) is replaced. For a link given
 * to someone else use activityShareUrl, which keeps none of the sharer's parameters.
 */
export function sharePointActivityUrl(pageUrl: string, activityId: number): string {
  checkId(activityId);
  const url: SplitUrl = splitUrl(pageUrl);
  const kept: string[] = url.params.filter((pair: string) => paramName(pair) !== ACTIVITY_QUERY_PARAM);
  kept.push(ACTIVITY_QUERY_PARAM + '=' + activityId);
  return url.base + '?' + kept.join('&') + url.hash;
}

/**
 * The link "Deel" hands out: the page address with ONLY ?activity=<id>. Whatever else the
 * sharer's address carried (?as=, ?mode=, tracking, their own #fragment) is theirs, not the
 * page's: it is dropped, so the colleague who opens the link sees the page as it is.
 */
export function activityShareUrl(pageUrl: string, activityId: number): string {
  checkId(activityId);
  return splitUrl(pageUrl).base + '?' + ACTIVITY_QUERY_PARAM + '=' + activityId;
}

/**
 * The activity a link points at: a page URL's ?activity=<id>, or the context of
 * a Teams deep link. null when there is none or it is not a valid id.
 */
export function activityIdFromUrl(url: string): number | null {
  const direct: string | null = queryParam(url, ACTIVITY_QUERY_PARAM);
  if (direct !== null) {
    return parseId(direct);
  }
  const context: string | null = queryParam(url, 'context');
  if (context === null) {
    return null;
  }
  try {
    const parsed: unknown = JSON.parse(context);
    return typeof parsed === 'object' && parsed !== null
      ? activityIdFromSubEntity((parsed as { subEntityId?: string }).subEntityId)
      : null;
  } catch {
    return null;
  }
}

function parseId(value: string): number | null {
  return ID_PATTERN.test(value) ? parseInt(value, 10) : null;
}

function checkId(activityId: number): void {
  if (!ID_PATTERN.test(String(activityId))) {
    throw new RangeError('Invalid activity id: ' + activityId);
  }
}
