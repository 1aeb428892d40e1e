import { ClosingDay } from '../../core/calendar/daysOff';
import { IsoDate } from '../../core/time/calendarDate';
import { NationalDay, NewsPost, NewsPostInput, WeeklyTheme } from '../../core/types';
import { ViewerRoles } from './ICurrentUserRepository';
import { WeeklyThemeInput } from './IWeeklyThemeRepository';

/** A national day as Communications enter it (the id comes from SharePoint). */
export type NationalDayInput = Omit<NationalDay, 'id'>;

/** One week's theme in a month plan: `id` set when the week already has a theme (it is updated). */
export interface WeeklyThemePlan extends WeeklyThemeInput {
  id?: number;
}

export interface ContentCalendarPeriod {
  /** News pages planned, scheduled or first published in [from, to). */
  from: Date;
  to: Date;
  /** Themes of ISO weeks fromWeek..toWeek inclusive ('2026-W40'); start a few weeks early for the "theme not used" warning. */
  fromWeek: string;
  toWeek: string;
}

export interface ContentCalendarRange extends ContentCalendarPeriod {
  /**
   * The coming days the warnings look at (core/contentCalendar/loadRange), when they lie far
   * from the month shown: read in the same $batch; posts and themes of both come back as one list.
   */
  ahead?: ContentCalendarPeriod;
  /**
   * The days on screen, both inclusive: the closing days of these are read (in the same $batch).
   * Without it, the Amsterdam days of from..to.
   */
  shown?: { first: IsoDate; last: IsoDate };
}

export interface ContentCalendarData {
  roles: ViewerRoles;
  /** Draft, scheduled and published #SamenBeter news pages in the range (editors see drafts; draft item security hides them from others). */
  posts: NewsPost[];
  /** More posts were planned in the range than the calendar reads (CALENDAR_POSTS_LIMIT); say so. */
  morePosts: boolean;
  themes: WeeklyTheme[];
  /** All national days, inactive ones too (the calendar computes their dates for any year). */
  nationalDays: NationalDay[];
  /**
   * The municipality's closing days on the days shown (list "SamenBeter Sluitingsdagen"), shown as
   * markers. Undefined when they could not be read (a site not yet set up for them): no markers.
   */
  closingDays?: ClosingDay[];
}

/**
 * Everything the content calendar reads and writes (views/contentCalendarApi.ts). News posts
 * are news pages in Site Pages, written through SharePoint's page API (PnPjs clientside-pages);
 * anyone without edit rights on Site Pages is refused by SharePoint, and a page a colleague
 * has checked out answers 'checkedOut'. The UI shows the DataError and keeps the form.
 */
export interface ContentCalendarApi {
  /** Roles, posts, themes, national days (of `range` and `range.ahead`) and closing days (of `range.shown`): ONE $batch request. */
  load(range: ContentCalendarRange): Promise<ContentCalendarData>;
  /**
   * Creates a draft news page (title, text, description, banner, pillar, theme, national day,
   * planned date), or — with `existingId` — saves the tags, title, description, banner and date
   * of an existing page as a new draft version (its text is edited in SharePoint).
   */
  saveDraft(input: NewsPostInput, existingId?: number): Promise<NewsPost>;
  /** Schedules the page to be published at `at` (SharePoint's page scheduling). */
  schedule(id: number, at: Date): Promise<NewsPost>;
  /** Publishes the page now (a major version employees see). */
  publishNow(id: number): Promise<NewsPost>;
  /** Sends the page to the site's recycle bin. */
  deletePost(id: number): Promise<void>;
  /** Adds or updates the theme of each given week: ONE $batch for the whole month. */
  planThemes(plans: ReadonlyArray<WeeklyThemePlan>): Promise<WeeklyTheme[]>;
  /** Adds (no id) or updates a national day. */
  saveNationalDay(day: NationalDayInput, id?: number): Promise<NationalDay>;
}
