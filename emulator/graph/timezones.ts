// dateTimeTimeZone: which time zone names Graph accepts and the arithmetic to convert.
// Source: Graph docs "dateTimeTimeZone resource type" (api-reference/v1.0/resources/
// datetimetimezone.md): "any of the time zones supported by Windows, as well as the following
// time zones names" — a FIXED list of IANA names. "Europe/Amsterdam" is NOT on that list
// (Europe/Berlin, Europe/Paris, … are), so the emulator refuses it: the stricter reading.
// Windows names: only the ones in WINDOWS below are known to the emulator (a subset of what
// Windows supports); any other Windows name is refused — unverified, stricter.
import { badRequest, type GraphError } from './errors';

/** The IANA names the docs list, as written there (parenthesised aliases included). */
const DOCUMENTED_IANA = [
  'Etc/GMT+12', 'Etc/GMT+11', 'Pacific/Honolulu', 'America/Anchorage', 'America/Santa_Isabel', 'America/Los_Angeles',
  'America/Phoenix', 'America/Chihuahua', 'America/Denver', 'America/Guatemala', 'America/Chicago', 'America/Mexico_City',
  'America/Regina', 'America/Bogota', 'America/New_York', 'America/Indiana/Indianapolis', 'America/Caracas', 'America/Asuncion',
  'America/Halifax', 'America/Cuiaba', 'America/La_Paz', 'America/Santiago', 'America/St_Johns', 'America/Sao_Paulo',
  'America/Argentina/Buenos_Aires', 'America/Cayenne', 'America/Godthab', 'America/Montevideo', 'America/Bahia', 'Etc/GMT+2',
  'Atlantic/Azores', 'Atlantic/Cape_Verde', 'Africa/Casablanca', 'Etc/GMT', 'Europe/London', 'Atlantic/Reykjavik',
  'Europe/Berlin', 'Europe/Budapest', 'Europe/Paris', 'Europe/Warsaw', 'Africa/Lagos', 'Africa/Windhoek', 'Europe/Bucharest',
  'Asia/Beirut', 'Africa/Cairo', 'Asia/Damascus', 'Africa/Johannesburg', 'Europe/Kyiv', 'Europe/Kiev', 'Europe/Istanbul',
  'Asia/Jerusalem', 'Asia/Amman', 'Asia/Baghdad', 'Europe/Kaliningrad', 'Asia/Riyadh', 'Africa/Nairobi', 'Asia/Tehran',
  'Asia/Dubai', 'Asia/Baku', 'Europe/Moscow', 'Indian/Mauritius', 'Asia/Tbilisi', 'Asia/Yerevan', 'Asia/Kabul', 'Asia/Karachi',
  'Asia/Toshkent', 'Asia/Tashkent', 'Asia/Kolkata', 'Asia/Colombo', 'Asia/Kathmandu', 'Asia/Astana', 'Asia/Almaty', 'Asia/Dhaka',
  'Asia/Yekaterinburg', 'Asia/Yangon', 'Asia/Rangoon', 'Asia/Bangkok', 'Asia/Novosibirsk', 'Asia/Shanghai', 'Asia/Krasnoyarsk',
  'Asia/Singapore', 'Australia/Perth', 'Asia/Taipei', 'Asia/Ulaanbaatar', 'Asia/Irkutsk', 'Asia/Tokyo', 'Asia/Seoul',
  'Australia/Adelaide', 'Australia/Darwin', 'Australia/Brisbane', 'Australia/Sydney', 'Pacific/Port_Moresby', 'Australia/Hobart',
  'Asia/Yakutsk', 'Pacific/Guadalcanal', 'Asia/Vladivostok', 'Pacific/Auckland', 'Etc/GMT-12', 'Pacific/Fiji', 'Asia/Magadan',
  'Pacific/Tongatapu', 'Pacific/Apia', 'Pacific/Kiritimati'
];

/** Windows zone ids the emulator knows, mapped to IANA for the arithmetic (CLDR windowsZones "001" mapping). */
const WINDOWS: Record<string, string> = {
  'UTC': 'UTC',
  'W. Europe Standard Time': 'Europe/Berlin',
  'Romance Standard Time': 'Europe/Paris',
  'Central Europe Standard Time': 'Europe/Budapest',
  'Central European Standard Time': 'Europe/Warsaw',
  'GMT Standard Time': 'Europe/London',
  'Greenwich Standard Time': 'Atlantic/Reykjavik',
  'E. Europe Standard Time': 'Europe/Chisinau',
  'FLE Standard Time': 'Europe/Kiev',
  'Eastern Standard Time': 'America/New_York',
  'Central Standard Time': 'America/Chicago',
  'Mountain Standard Time': 'America/Denver',
  'Pacific Standard Time': 'America/Los_Angeles',
  'Tokyo Standard Time': 'Asia/Tokyo',
  'India Standard Time': 'Asia/Kolkata',
  'AUS Eastern Standard Time': 'Australia/Sydney'
};

const CANONICAL = new Map<string, { name: string; iana: string }>();
for (const name of DOCUMENTED_IANA) CANONICAL.set(name.toLowerCase(), { name, iana: name === 'Europe/Kyiv' ? 'Europe/Kiev' : name === 'Asia/Toshkent' ? 'Asia/Tashkent' : name === 'Asia/Astana' ? 'Asia/Almaty' : name });
for (const [name, iana] of Object.entries(WINDOWS)) CANONICAL.set(name.toLowerCase(), { name, iana });

/** Error quoted in public threads for an unknown zone; status 400 as quoted there. */
export const timeZoneNotSupported = (zone: string): GraphError =>
  badRequest(`A valid TimeZone value must be specified. The following TimeZone value is not supported: '${zone}'.`, 'TimeZoneNotSupportedException');

export function resolveZone(zone: unknown): { name: string; iana: string } {
  const found = typeof zone === 'string' ? CANONICAL.get(zone.trim().toLowerCase()) : undefined;
  if (!found) throw timeZoneNotSupported(typeof zone === 'string' ? zone : '');
  return found;
}

/** Offset (ms) of `iana` at the UTC instant `utcMs`. */
function offsetAt(iana: string, utcMs: number): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: iana, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit'
  }).formatToParts(new Date(utcMs));
  const get = (type: string): number => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return asUtc - Math.floor(utcMs / 1000) * 1000;
}

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,7}))?)?(Z)?$/;

/**
 * A dateTimeTimeZone to a UTC instant. The dateTime is a local time without offset (the docs'
 * examples); a trailing `Z` is accepted only with a UTC zone, any other offset is refused
 * (unverified, stricter).
 */
export function toUtc(value: unknown, what: string): { utcMs: number; zone: string } {
  if (!value || typeof value !== 'object') throw badRequest(`The property '${what}' must be a dateTimeTimeZone.`);
  const { dateTime, timeZone } = value as { dateTime?: unknown; timeZone?: unknown };
  const zone = resolveZone(timeZone);
  const match = typeof dateTime === 'string' ? LOCAL.exec(dateTime.trim()) : null;
  if (!match || (match[8] && zone.iana !== 'UTC' && zone.iana !== 'Etc/GMT')) {
    throw badRequest(`Cannot convert the literal '${String(dateTime)}' to the expected type 'Edm.DateTime'.`, 'UnableToDeserializePostBody');
  }
  const [, y, mo, d, h, mi, s, frac] = match;
  const localMs = Date.UTC(+y, +mo - 1, +d, +h, +mi, +(s ?? 0), Math.floor(Number(`0.${frac ?? 0}`) * 1000));
  // Two passes settle the offset around DST changes.
  let utc = localMs - offsetAt(zone.iana, localMs);
  utc = localMs - offsetAt(zone.iana, utc);
  return { utcMs: utc, zone: zone.name };
}

/** A UTC instant as Graph writes a dateTimeTimeZone: local time with 7 fraction digits. */
export function fromUtc(utcMs: number, zone: string): { dateTime: string; timeZone: string } {
  const resolved = resolveZone(zone);
  const local = new Date(utcMs + offsetAt(resolved.iana, utcMs));
  const ms = String(local.getUTCMilliseconds()).padStart(3, '0');
  return { dateTime: `${local.toISOString().slice(0, 19)}.${ms}0000`, timeZone: resolved.name };
}
