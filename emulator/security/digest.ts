// Form digests (X-RequestDigest): what POST /_api/contextinfo hands out and every non-GET
// request with cookie identity must carry. Stateless: an HMAC over the user id and the issue
// time, keyed with a secret kept in the database, so a digest survives an emulator restart.
import { createHmac, timingSafeEqual } from 'node:crypto';

// 1800 s and the '0x…,<date> -0000' form: facts file. HMAC contents and the 60 s clock skew: emulator's own.
export const DIGEST_TIMEOUT_SECONDS = 1800;

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** '22 Nov 2026 20:00:00 -0000', the timestamp part of a SharePoint form digest. */
export function digestTimestamp(date: Date): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${pad(date.getUTCDate())} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()} ` +
    `${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())} -0000`;
}

function parseTimestamp(text: string): Date | undefined {
  const m = /^(\d{2}) ([A-Z][a-z]{2}) (\d{4}) (\d{2}):(\d{2}):(\d{2}) -0000$/.exec(text);
  const month = m ? MONTHS.indexOf(m[2]) : -1;
  if (!m || month < 0) return undefined;
  return new Date(Date.UTC(Number(m[3]), month, Number(m[1]), Number(m[4]), Number(m[5]), Number(m[6])));
}

function sign(secret: string, userId: number, stamp: string): string {
  return createHmac('sha256', secret).update(`${userId}|${stamp}`).digest('hex').toUpperCase();
}

/** Digest validity follows the wall clock, not the emulator's settable clock. */
export function issueDigest(secret: string, userId: number, now: Date = new Date()): string {
  const stamp = digestTimestamp(now);
  return `0x${sign(secret, userId, stamp)},${stamp}`;
}

export function isValidDigest(secret: string, userId: number, digest: string | undefined, now: Date = new Date()): boolean {
  if (!digest) return false;
  const comma = digest.indexOf(',');
  if (comma < 0 || !digest.startsWith('0x')) return false;
  const stamp = digest.slice(comma + 1).trim();
  const issued = parseTimestamp(stamp);
  if (!issued) return false;
  const age = (now.getTime() - issued.getTime()) / 1000;
  if (age > DIGEST_TIMEOUT_SECONDS || age < -60) return false;
  const given = Buffer.from(digest.slice(2, comma));
  const expected = Buffer.from(sign(secret, userId, stamp));
  return given.length === expected.length && timingSafeEqual(given, expected);
}
