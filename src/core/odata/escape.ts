/**
 * Literals for OData `$filter` expressions. Every user-supplied value that
 * ends up in a filter goes through here, so "O'Brien" cannot end the literal
 * early and inject conditions. URL encoding is PnPjs's job (URLSearchParams),
 * not ours: encoding here too would double-encode.
 */

/** 'O''Brien' — wraps in single quotes and doubles any single quote inside. */
export function odataString(value: string): string {
  return "'" + String(value).replace(/'/g, "''") + "'";
}

/**
 * An instant as SharePoint filters DateTime columns: a quoted UTC ISO string
 * without milliseconds, e.g. '2026-11-24T11:15:00Z'.
 */
export function odataDateTime(instant: Date): string {
  const ms: number = instant.getTime();
  if (isNaN(ms)) {
    throw new RangeError('odataDateTime: Invalid Date');
  }
  return "'" + new Date(ms - (((ms % 1000) + 1000) % 1000)).toISOString().replace('.000Z', 'Z') + "'";
}
