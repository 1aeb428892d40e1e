// $orderby, $select, $expand, $top and $skiptoken. Inputs are already URL-decoded by the caller.
import { ODataSyntaxError } from './errors';

export interface OrderKey { field: string; descending: boolean; }

export interface SkipToken {
  paged: boolean;
  id?: number;
  sortValues: Record<string, string>;
  /** 'PagedPrev=TRUE': the token pages backwards (SharePoint's previous-page links). */
  previous?: boolean;
}

const FIELD_PATH = /^[\p{L}_][\p{L}\p{N}_]*(?:\/[\p{L}_][\p{L}\p{N}_]*)*$/u;

/** Splits a comma list; empty entries (e.g. a trailing comma) are ignored (unverified). */
function splitList(text: string): string[] {
  return text.split(',').map((s) => s.trim()).filter((s) => s.length > 0);
}

function checkPath(option: string, path: string): string {
  if (!FIELD_PATH.test(path)) throw new ODataSyntaxError(`Invalid ${option}: '${path}' is not a field name or path`);
  return path;
}

/** 'Start asc,Title desc' -> keys; direction defaults to ascending. Source: learn.microsoft.com/sharepoint/dev/sp-add-ins/use-odata-query-operations-in-sharepoint-rest-requests ("Sort returned items"). */
export function parseOrderBy(text: string): OrderKey[] {
  return splitList(text).map((entry) => {
    const [field, direction, ...rest] = entry.split(/\s+/);
    const dir = direction?.toLowerCase();
    if (rest.length > 0 || (dir !== undefined && dir !== 'asc' && dir !== 'desc')) {
      throw new ODataSyntaxError(`Invalid $orderby: '${entry}' (expected 'Field', 'Field asc' or 'Field desc')`);
    }
    return { field: checkPath('$orderby', field), descending: dir === 'desc' };
  });
}

/** 'Id,Title,Author/Title' -> paths; '*' means all fields. Source: learn.microsoft.com/sharepoint/dev/sp-add-ins/use-odata-query-operations-in-sharepoint-rest-requests ("Select fields to return"). */
export function parseSelect(text: string): string[] {
  return splitList(text).map((path) => (path === '*' ? path : checkPath('$select', path)));
}

/** 'Author,Activity' -> navigation paths. */
export function parseExpand(text: string): string[] {
  return splitList(text).map((path) => checkPath('$expand', path));
}

// $top must be a non-negative integer; the refusal and its text are unverified.
export function parseTop(text: string): number {
  const trimmed = text.trim();
  const value = Number(trimmed);
  if (!/^\d+$/.test(trimmed) || !Number.isSafeInteger(value)) {
    throw new ODataSyntaxError(`Invalid $top: '${text}' (expected a non-negative integer)`);
  }
  return value;
}

function decodeTokenValue(value: string, token: string): string {
  try {
    // Form-style: our own tokens encode '+' as %2B, so a bare '+' is a space.
    return decodeURIComponent(value.replace(/\+/g, ' '));
  } catch {
    throw new ODataSyntaxError(`Invalid $skiptoken: '${token}' (bad percent-encoding)`);
  }
}

const isTrue = (value: string): boolean => value.toUpperCase() === 'TRUE';

/**
 * Source: `$skiptoken=Paged=TRUE%26p_ID=5` (learn.microsoft.com/sharepoint/dev/sp-add-ins/use-odata-query-operations-in-sharepoint-rest-requests, "Page through returned items") and the
 * nextLink token in the facts file; p_<Field> sort values and PagedPrev: unverified.
 * Parses 'Paged=TRUE&p_ID=127[&p_Field=v][&PagedPrev=TRUE]'. Values inside the token are
 * URL-encoded. A token that arrives still encoded as a whole ('Paged%3dTRUE%26p_ID%3d127')
 * is decoded once first.
 */
export function parseSkipToken(token: string): SkipToken {
  let text = token.trim();
  if (!text.includes('=') && text.includes('%')) text = decodeTokenValue(text, token);
  const result: SkipToken = { paged: false, sortValues: {} };
  for (const pair of text.split('&')) {
    if (pair === '') continue;
    const eq = pair.indexOf('=');
    if (eq <= 0) throw new ODataSyntaxError(`Invalid $skiptoken: '${token}' ('${pair}' is not name=value)`);
    const name = pair.slice(0, eq);
    const value = decodeTokenValue(pair.slice(eq + 1), token);
    const lower = name.toLowerCase();
    if (lower === 'paged') {
      result.paged = isTrue(value);
    } else if (lower === 'pagedprev') {
      result.previous = isTrue(value);
    } else if (lower === 'p_id') {
      if (!/^\d+$/.test(value)) throw new ODataSyntaxError(`Invalid $skiptoken: '${token}' (p_ID must be an item id)`);
      result.id = Number(value);
    } else if (lower.startsWith('p_') && name.length > 2) {
      result.sortValues[name.slice(2)] = value;
    }
    // Other names (e.g. SharePoint's 'View') do not affect paging here; ignore them.
  }
  return result;
}

/** 'Paged=TRUE&p_ID=127[&p_Field=v]'; values are URL-encoded so '&' and '=' in them survive. */
export function formatSkipToken(lastId: number, sortValues: Record<string, string> = {}): string {
  if (!Number.isSafeInteger(lastId) || lastId < 0) throw new RangeError(`formatSkipToken: invalid item id ${lastId}`);
  const sortPart = Object.entries(sortValues)
    .filter(([field]) => field.toUpperCase() !== 'ID')
    .map(([field, value]) => `&p_${field}=${encodeURIComponent(value)}`)
    .join('');
  return `Paged=TRUE&p_ID=${lastId}${sortPart}`;
}
