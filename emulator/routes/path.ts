// Parses the REST path after `_api/` into segments such as `getByTitle('O''Brien')`,
// `items(5)`, `lists(guid'…')`, `addroleassignment(principalid=7, roledefid=1073741827)` or
// `removeByLoginName(@v)` with `?@v='…'`. Segment names are matched case-insensitively (facts file).
// Parameter aliases: `siteusers(@v)?@v='…'` (learn.microsoft.com/sharepoint/dev/sp-add-ins/users-groups-and-roles-rest-api-reference).
import { invalidQuery } from '../http/errors';

export type ArgValue = string | number | boolean | null;

export interface Arg {
  key?: string;
  value: ArgValue;
}

export interface Segment {
  name: string;
  /** Lower-case name for matching. */
  lower: string;
  /** Undefined when the segment has no parentheses. */
  args?: Arg[];
}

/** Splits on '/' outside single-quoted literals (a title may hold a '/' that was not encoded). */
function splitPath(raw: string): string[] {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  for (const ch of raw) {
    if (ch === "'") quoted = !quoted;
    if (ch === '/' && !quoted) {
      parts.push(current);
      current = '';
    } else {
      current += ch;
    }
  }
  parts.push(current);
  return parts.filter((p) => p !== '');
}

function splitArgs(text: string): string[] {
  const out: string[] = [];
  let current = '';
  let quoted = false;
  for (const ch of text) {
    if (ch === "'") quoted = !quoted;
    if (ch === ',' && !quoted) {
      out.push(current.trim());
      current = '';
    } else {
      current += ch;
    }
  }
  if (current.trim() !== '' || out.length > 0) out.push(current.trim());
  return out;
}

/** An OData literal: 'text' ('' = one quote), guid'…', numbers, true/false, null, @alias. */
export function parseLiteral(text: string, query: URLSearchParams): ArgValue {
  const t = text.trim();
  if (t.startsWith('@')) {
    const aliased = query.get(t);
    // SharePoint's message (SharePoint/PnP-JS-Core#570); its status and code: unverified.
    if (aliased === null) throw invalidQuery(`Missing required query string: ${t}.`);
    return parseLiteral(aliased, query);
  }
  const quoted = /^(?:guid)?'((?:[^']|'')*)'$/i.exec(t);
  if (quoted) return quoted[1].replace(/''/g, "'");
  if (/^-?\d+(\.\d+)?$/.test(t)) return Number(t);
  if (/^(true|false)$/i.test(t)) return t.toLowerCase() === 'true';
  if (/^null$/i.test(t)) return null;
  throw invalidQuery(`The expression "${t}" is not a valid literal.`);
}

export function parsePath(raw: string, query: URLSearchParams): Segment[] {
  return splitPath(raw).map((part) => {
    let text: string;
    try {
      text = decodeURIComponent(part);
    } catch {
      throw invalidQuery(`The path segment '${part}' is not valid.`);
    }
    const open = text.indexOf('(');
    if (open < 0) return { name: text, lower: text.toLowerCase() };
    if (!text.endsWith(')')) throw invalidQuery(`The expression "${text}" is not valid.`);
    const name = text.slice(0, open);
    const args = splitArgs(text.slice(open + 1, -1)).map((piece): Arg => {
      const kv = /^([A-Za-z_][A-Za-z0-9_]*)\s*=\s*([\s\S]*)$/.exec(piece);
      return kv ? { key: kv[1].toLowerCase(), value: parseLiteral(kv[2], query) } : { value: parseLiteral(piece, query) };
    });
    return { name, lower: name.toLowerCase(), args };
  });
}

/** The single positional (or first) argument of a segment. */
export function firstArg(segment: Segment): ArgValue | undefined {
  return segment.args?.[0]?.value;
}

export function namedArg(segment: Segment, key: string): ArgValue | undefined {
  return segment.args?.find((a) => a.key === key.toLowerCase())?.value;
}
