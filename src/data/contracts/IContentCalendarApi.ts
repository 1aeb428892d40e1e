import { NationalDay, NewsPost, NewsPostInput, WeeklyTheme } from '../../core/types';
import { ViewerRoles } from './ICurrentUserRepository';
import { WeeklyThemeInput } from './IWeeklyThemeRepository';

/** A post as stored, with the ETag that guards the next edit. */
export interface StoredNewsPost extends NewsPost {
  etag: string;
}

/** A national day as Communications enter it (the id comes from SharePoint). */
export type NationalDayInput = Omit<NationalDay, 'id'>;

/** One week's theme in a month plan: `id` set when the week already has a theme (it is updated). */
export interface WeeklyThemePlan extends WeeklyThemeInput {
  id?: number;
}

export interface ContentCalendarRange {
  /** Posts with a publish time in [from, to). */
  from: Date;
  to: Date;
  /** Themes of ISO weeks fromWeek..toWeek inclusive ('2026-W40'); start a few weeks early for the "theme not used" warning. */
  fromWeek: string;
  toWeek: string;
}

export interface ContentCalendarData {
  roles: ViewerRoles;
  /** Drafts, scheduled, published and expired posts in the range (Communications see drafts through content approval). */
  posts: StoredNewsPost[];
  themes: WeeklyTheme[];
  /** All national days, inactive ones too (the calendar computes their dates for any year). */
  nationalDays: NationalDay[];
}

/**
 * Everything the content calendar reads and writes (views/contentCalendarApi.ts). Writes are
 * refused by SharePoint for anyone outside "SamenBeter Communicatie" and the owners; the UI
 * shows the DataError ('accessDenied', 'conflict', 'throttled', ...) and keeps the form.
 */
export interface ContentCalendarApi {
  /** Roles, posts, themes and national days: ONE $batch request. */
  load(range: ContentCalendarRange): Promise<ContentCalendarData>;
  /**
   * Creates (no `existing`) or updates (ETag-guarded) a post and sets its approval:
   * input.approved false = concept, true = scheduled/published per its times. One $batch.
   */
  savePost(input: NewsPostInput, existing?: { id: number; etag: string }): Promise<StoredNewsPost>;
  /** Deletes a post (ETag-guarded). */
  deletePost(id: number, etag: string): Promise<void>;
  /** Adds or updates the theme of each given week: ONE $batch for the whole month. */
  planThemes(plans: ReadonlyArray<WeeklyThemePlan>): Promise<WeeklyTheme[]>;
  /** Adds (no id) or updates a national day. */
  saveNationalDay(day: NationalDayInput, id?: number): Promise<NationalDay>;
}
