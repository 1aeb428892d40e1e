import { PnPClientStorage, dateAdd } from '@pnp/core';
import { ActivityFilter, ActivityPageToken } from '../contracts/IActivityRepository';
import { ActivityItem } from '../repositories/activityMapping';

// A remembered catalogue page, checked against the activity list's last change before it
// is used. The list of activities is the same for everyone who may read it, so one entry
// serves every person; sign-ups and places are never remembered (they are read fresh).
// Lives in sessionStorage (memory outside a browser) for five minutes, because "upcoming"
// depends on the time.

export interface CatalogueSnapshot {
  version: string;
  items: ActivityItem[];
}

const storage = new PnPClientStorage();
const MINUTES = 5;

export function snapshotKey(webUrl: string, filter: ActivityFilter, pageSize: number, after?: ActivityPageToken): string {
  return `samenbeter|catalogue|${webUrl.toLowerCase()}|${JSON.stringify({ filter, pageSize, after: after || null })}`;
}

export function readSnapshot(key: string): CatalogueSnapshot | undefined {
  try {
    const value = storage.session.get(key) as CatalogueSnapshot | null;
    return value && typeof value.version === 'string' && Array.isArray(value.items) ? value : undefined;
  } catch {
    return undefined;
  }
}

export function writeSnapshot(key: string, snapshot: CatalogueSnapshot): void {
  try {
    storage.session.put(key, snapshot, dateAdd(new Date(), 'minute', MINUTES) as Date);
  } catch {
    // A full or blocked storage only costs the next load one request more.
  }
}
