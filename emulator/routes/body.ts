// Request bodies: JSON as PnPjs sends it (a verbose `__metadata` is accepted and ignored by callers).
import { SpError } from '../http/errors';
import type { RequestContext } from './context';

export function parseJsonBody(ctx: RequestContext): unknown {
  const text = ctx.req.body.trim();
  if (text === '') return {};
  try {
    return JSON.parse(text) as unknown;
  } catch {
    // Unverified (code and message).
    throw new SpError(400, '-1, Microsoft.SharePoint.Client.InvalidClientQueryException',
      'Invalid JSON. A token was not recognized in the JSON content.');
  }
}

/** The body as an object (not an array / primitive). */
export function parseJsonObject(ctx: RequestContext): Record<string, unknown> {
  const body = parseJsonBody(ctx);
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    throw new SpError(400, '-1, Microsoft.SharePoint.Client.InvalidClientQueryException', 'The request body is not a JSON object.');
  }
  return body as Record<string, unknown>;
}

/** `{results: […]}` (verbose) or a plain array. */
export function collectionValue(value: unknown): unknown[] | undefined {
  if (Array.isArray(value)) return value;
  if (value && typeof value === 'object' && Array.isArray((value as { results?: unknown }).results)) {
    return (value as { results: unknown[] }).results;
  }
  return undefined;
}

// Unverified (used where SharePoint's exact refusal is unknown).
export const outOfRange = (): SpError =>
  new SpError(400, '-2147024809, System.ArgumentException', 'Value does not fall within the expected range.');
