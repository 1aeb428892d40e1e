// ISO 8601 as people write it in $filter: date only, optional seconds/fraction, optional zone.
const ISO_DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,7})?)?)?(Z|z|[+-]\d{2}:?\d{2})?$/;

/**
 * Normalises an ISO 8601 date/time to SharePoint's REST form 'YYYY-MM-DDTHH:MM:SSZ' (UTC,
 * whole seconds; fractions are truncated because SharePoint stores seconds).
 * A missing zone means UTC. Returns undefined for anything that is not a real date.
 * Source: the REST form (UTC, no milliseconds) is the facts file's; accepting date-only and
 * zone-less input (read as UTC) is unverified.
 */
export function normaliseDateTime(text: string): string | undefined {
  const m = ISO_DATE_TIME.exec(text.trim());
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const [hour, minute, second] = [Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0)];
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59) return undefined;

  const date = new Date(0);
  // setUTCFullYear, unlike Date.UTC, does not map years 0-99 to 1900-1999.
  date.setUTCFullYear(year, month - 1, day);
  if (date.getUTCDate() !== day) return undefined; // e.g. 2026-02-30 rolled over
  date.setUTCHours(hour, minute, second, 0);

  const zone = m[7];
  if (zone && zone.toUpperCase() !== 'Z') {
    const sign = zone.startsWith('-') ? -1 : 1;
    const digits = zone.slice(1).replace(':', '');
    const offsetHours = Number(digits.slice(0, 2));
    const offsetMinutes = Number(digits.slice(2));
    if (offsetHours > 23 || offsetMinutes > 59) return undefined;
    date.setTime(date.getTime() - sign * (offsetHours * 60 + offsetMinutes) * 60_000);
  }
  const iso = date.toISOString();
  // toISOString switches to '+YYYYYY' outside 0000-9999; such dates are not SharePoint dates.
  return /^\d{4}-/.test(iso) ? iso.replace(/\.\d{3}Z$/, 'Z') : undefined;
}
