import { Activity, Pillar } from '../../core/types';

/** Catalogue filters; every one is optional. Text is matched as plain text. */
export interface ActivityFilter {
  pillar?: Pillar;
  venue?: 'onSite' | 'online';
  location?: string;
  /** Activities with a session on or after this instant (default: now). */
  from?: Date;
  /** Activities starting on or before this instant. */
  to?: Date;
  search?: string;
}

/** Keyset paging: the (start, id) of the last activity on the previous page. */
export interface ActivityPageToken {
  start: string;
  id: number;
}

export interface ActivityPage {
  activities: Activity[];
  next: ActivityPageToken | undefined;
}

/** The "SamenBeter Activiteiten" list. */
export interface IActivityRepository {
  /** Open activities with a session still to come, ordered by start, a page at a time. */
  listUpcoming(filter: ActivityFilter, now: Date, pageSize: number, after?: ActivityPageToken): Promise<ActivityPage>;
  /** Activities by id (any status), for "my sign-ups"; missing ids are left out. */
  getMany(ids: number[]): Promise<Activity[]>;
  get(id: number): Promise<Activity | undefined>;
}
