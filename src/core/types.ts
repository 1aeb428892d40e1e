/**
 * Domain types of #SamenBeter. Plain data only: the data layer maps SharePoint
 * list items to these, the UI renders them. Display strings live in loc files.
 */
import type { CancelledDate } from './activities/cancelledDates';
import type { LastChange } from './activities/lastChange';
import { IsoDate } from './time/calendarDate';
import type { PublishedCounts } from './activities/privateCounts';

/** The three pillars of #SamenBeter; every piece of content belongs to one. */
export type Pillar = 'Kracht' | 'Samen' | 'Beter';

export const PILLARS: ReadonlyArray<Pillar> = ['Kracht', 'Samen', 'Beter'];

/** The five rotating 365 Vitaal themes, as stable keys (stored in lists, mapped to loc strings). */
export type VitalTheme = 'fysiek' | 'mentaal' | 'voeding' | 'werkomgeving' | 'motivatie';

/** In the order of the plan: fysieke gezondheid, mentale gezondheid, gezonde voeding, werkomgeving, motivatie. */
export const VITAL_THEMES: ReadonlyArray<VitalTheme> = ['fysiek', 'mentaal', 'voeding', 'werkomgeving', 'motivatie'];

/**
 * The pillar a theme's content is filed under unless the editor picks another.
 * A suggestion, not a rule: the plan lists health, food and work environment
 * under Kracht and social motivation under Samen; editors may override per post.
 */
export const DEFAULT_PILLAR_OF_THEME: { readonly [theme in VitalTheme]: Pillar } = {
  fysiek: 'Kracht',
  mentaal: 'Kracht',
  voeding: 'Kracht',
  werkomgeving: 'Kracht',
  motivatie: 'Samen'
};

export function isPillar(value: unknown): value is Pillar {
  return value === 'Kracht' || value === 'Samen' || value === 'Beter';
}

export function isVitalTheme(value: unknown): value is VitalTheme {
  return VITAL_THEMES.indexOf(value as VitalTheme) >= 0;
}

/** A SharePoint user as the domain needs it (id = the site user id). */
export interface PersonRef {
  id: number;
  name: string;
  email: string;
  /**
   * Sign-in name (user principal name), from the login claim. Teams deep links want the UPN,
   * which can differ from the e-mail address; undefined where it was not read.
   */
  upn?: string;
}

/**
 * - oneOff: one date, one sign-up.
 * - weeklyDropIn: many dates, people sign up per date (lunch walk).
 * - programme: many dates, one sign-up covers all of them (Start to Run).
 */
export type ActivityShape = 'oneOff' | 'weeklyDropIn' | 'programme';

export type ActivityStatus = 'open' | 'cancelled';

/** Where an activity happens; hybrid sessions have both a place and a meeting link. */
export type ActivityVenue =
  | { kind: 'onSite'; location: string }
  | { kind: 'online'; meetingUrl: string }
  | { kind: 'hybrid'; location: string; meetingUrl: string };

export interface Activity {
  id: number;
  title: string;
  /** Rich text from SharePoint; sanitise before rendering. */
  descriptionHtml: string;
  pillar: Pillar;
  shape: ActivityShape;
  /** Amsterdam calendar dates, ascending; a oneOff has exactly one. */
  dates: IsoDate[];
  /** Amsterdam wall-clock 'HH:mm', the same on every date. */
  startTime: string;
  endTime: string;
  venue: ActivityVenue;
  /** The address of the chosen location, copied when published ('' or undefined: not known). */
  address?: string;
  /** The chosen location's map or route link as stored; show it only through core's activityRouteUrl (https only). */
  routeUrl?: string;
  /** Places per session (drop-in) or for the whole activity; null = unlimited. */
  capacity: number | null;
  /** Last moment to sign up; null = until the (first) session starts. */
  signUpDeadline: Date | null;
  /**
   * Sign-ups visible only to the coordinators (enforced by item permissions). As read from the
   * list this is the flag `SbIsPrivate`; the views replace it by the effective privacy
   * (core/activities/privacy): private only when a coordinator confirmed it.
   */
  isPrivate: boolean;
  /** Flagged private but not confirmed by a coordinator: no sign-ups until then. */
  privacyPending?: boolean;
  status: ActivityStatus;
  /** What the organiser told the participants when calling it off (cancelled only). */
  cancelReason?: string;
  /** Single dates called off, with their reasons (core/activities/cancelledDates). */
  cancelledDates?: CancelledDate[];
  /** The last change of time, place or meeting link (core/activities/lastChange). */
  lastChange?: LastChange;
  organiser: PersonRef;
  imageUrl: string | null;
  /** Private activities: the counts a coordinator last published (numbers only). */
  publishedCounts?: PublishedCounts;
}

/** One dated occurrence of an activity (derived from Activity.dates and times). */
export interface ActivitySession {
  activityId: number;
  /** The Amsterdam date 'YYYY-MM-DD'; what Registration.sessionKey refers to. */
  key: string;
  date: IsoDate;
  startsAt: Date;
  endsAt: Date;
}

/** Only the request is stored; cancelling flips it. Never stores confirmed/waiting. */
export type RegistrationStatus = 'requested' | 'cancelled';

/**
 * Derived, never stored: the first `capacity` active registrations (in the
 * order the server assigned) are confirmed, the rest wait. A cancellation
 * moves the next waiting person up without anyone writing a counter.
 * The other outcomes say why a registration does not count:
 * - late: made after the sign-up deadline (by the server's clock);
 * - duplicate: the same person's later registration in the slot (double click, retried POST);
 * - cancelled: withdrawn by the person;
 * - activityCancelled: the organiser cancelled the activity.
 * See activities/outcomes.ts.
 */
export type RegistrationOutcome = 'confirmed' | 'waiting' | 'late' | 'duplicate' | 'cancelled' | 'activityCancelled';

export interface Registration {
  /** SharePoint's item Id: the server's order of arrival, which decides who gets a place. */
  id: number;
  activityId: number;
  /** A session key for weekly drop-ins; null for one-off events and whole programmes. */
  sessionKey: string | null;
  person: PersonRef;
  /** Set by the server (SharePoint Created), never by the client's clock. */
  registeredAt: Date;
  status: RegistrationStatus;
  /**
   * A cancelled registration: when it stopped counting — SharePoint's Modified of the item, as
   * cancelling is the only change the rules allow (core/activities/registrationRecord).
   */
  withdrawnAt?: Date;
}

/**
 * Where a #SamenBeter news page is, from what SharePoint keeps of it (core/news/postStatus):
 * - draft: only minor versions, no publish time (draft item security hides it from employees);
 * - scheduled: only minor versions and a publish time (SharePoint's page scheduling publishes
 *   it then);
 * - published: a major version exists, which is what employees see.
 * SharePoint news pages have no expiry: a post stays until Communications unpublish or delete
 * the page (docs/news-pages.md).
 */
export type PostStatus = 'draft' | 'scheduled' | 'published';

/** A #SamenBeter news post: a news page in the site's Site Pages library. */
export interface NewsPost {
  /** The page's list item id in Site Pages. */
  id: number;
  title: string;
  /** The page's description: the card text (SharePoint keeps at most 255 characters). */
  excerpt: string;
  pillar: Pillar;
  theme: VitalTheme | null;
  /** The page's banner image, or null. */
  imageUrl: string | null;
  /** First publication; else the scheduled time; else the planned date (drafts). */
  publishAt: Date;
  /** The page's SharePoint version label, e.g. '0.2' or '1.0'. */
  version: string;
  /** Set while a publish time is scheduled (SharePoint's `_PublishStartDate`). */
  scheduledAt: Date | null;
  /** Title of the national day the post was written for, or null. */
  nationalDay: string | null;
  /** The page itself (absolute URL): employees read it there, editors continue editing it there. */
  url: string;
  /** Last change (server time). */
  modified: Date;
}

/** What the content calendar's quick editor produces for a news page. */
export interface NewsPostInput {
  title: string;
  /** The page's first text (HTML; sanitised before it is written). Used when the page is created. */
  bodyHtml: string;
  excerpt: string;
  pillar: Pillar;
  theme: VitalTheme | null;
  imageUrl: string | null;
  /** The planned publication time; "Inplannen" schedules the page for it. */
  publishAt: Date;
  nationalDay: string | null;
}

/** The 365 Vitaal theme planned for one ISO week. */
export interface WeeklyTheme {
  id: number;
  isoYear: number;
  isoWeek: number;
  theme: VitalTheme;
  /** Defaults to DEFAULT_PILLAR_OF_THEME[theme] when the planner left it empty. */
  pillar: Pillar;
  title: string;
  summary: string;
  tip: string;
  imageUrl: string | null;
  linkUrl: string | null;
}

/**
 * When a national day falls. Weekday 0 = Sunday .. 6 = Saturday; month 1..12.
 * - fixed: the same date every year (Dag van de Mantelzorg, 10 November).
 * - nthWeekday: e.g. the first Tuesday of October; n = 5 means "the fifth if
 *   the month has one, else no occurrence that year".
 * - lastWeekday: e.g. the last Friday of September.
 * - explicit: days that move unpredictably, entered per year ('YYYY-MM-DD').
 */
export type NationalDayRule =
  | { kind: 'fixed'; month: number; day: number }
  | { kind: 'nthWeekday'; month: number; weekday: number; n: number }
  | { kind: 'lastWeekday'; month: number; weekday: number }
  | { kind: 'explicit'; dates: IsoDate[] };

export interface NationalDay {
  id: number;
  title: string;
  rule: NationalDayRule;
  /** How many days an occurrence lasts, counted from the rule's date (5 for Week van de werkstress); default 1. */
  durationDays?: number;
  active: boolean;
  description: string;
  pillar?: Pillar | null;
}
