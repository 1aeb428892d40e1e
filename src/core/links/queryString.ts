/** Query-string helpers that keep a URL exactly as it was apart from the parameter we touch. */

/**
 * encodeURIComponent plus ! ' ( ) *, which it leaves bare: a link may end up in
 * a quoted attribute, an e-mail or a Teams message, where a bare quote breaks it.
 */
export function encodeQueryValue(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, (c: string) => '%' + c.charCodeAt(0).toString(16).toUpperCase());
}

/** Decodes a query name or value ('+' is a space in forms); null when the percent-encoding is malformed. */
export function decodeQueryValue(value: string): string | null {
  try {
    return decodeURIComponent(value.replace(/\+/g, ' '));
  } catch {
    return null;
  }
}

export interface SplitUrl {
  /** Everything before '?' (or before '#' when there is no query). */
  base: string;
  /** The raw 'name=value' pairs, still encoded, empty ones dropped. */
  params: string[];
  /** '#...' including the '#', or ''. */
  hash: string;
}

export function splitUrl(url: string): SplitUrl {
  const hashAt: number = url.indexOf('#');
  const hash: string = hashAt < 0 ? '' : url.substring(hashAt);
  const beforeHash: string = hashAt < 0 ? url : url.substring(0, hashAt);
  const queryAt: number = beforeHash.indexOf('?');
  if (queryAt < 0) {
    return { base: beforeHash, params: [], hash: hash };
  }
  const params: string[] = beforeHash
    .substring(queryAt + 1)
    .split('&')
    .filter((p: string) => p !== '');
  return { base: beforeHash.substring(0, queryAt), params: params, hash: hash };
}

/** The decoded name of a raw 'name=value' pair, lower-cased for comparing. */
export function paramName(pair: string): string {
  const eq: number = pair.indexOf('=');
  const name: string | null = decodeQueryValue(eq < 0 ? pair : pair.substring(0, eq));
  return name === null ? '' : name.toLowerCase();
}

/** The decoded value of a raw 'name=value' pair ('' without '='); null when malformed. */
export function paramValue(pair: string): string | null {
  const eq: number = pair.indexOf('=');
  return eq < 0 ? '' : decodeQueryValue(pair.substring(eq + 1));
}

/** The first decoded value of the named parameter (name compared case-insensitively). */
export function queryParam(url: string, name: string): string | null {
  const params: string[] = splitUrl(url).params;
  const wanted: string = name.toLowerCase();
  for (let i: number = 0; i < params.length; i++) {
    if (paramName(params[i]) === wanted) {
      return paramValue(params[i]);
    }
  }
  return null;
}
