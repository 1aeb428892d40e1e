import * as React from 'react';
import { render, RenderResult } from '@testing-library/react';
import { postStatus } from '../../../src/core/news/postStatus';
import { ClosingDay } from '../../../src/core/calendar/daysOff';
import { NationalDay, NewsPost, NewsPostInput, PostStatus, VitalTheme, WeeklyTheme } from '../../../src/core/types';
import { at, MANTELZORG, post, theme } from '../../unit/core/contentCalendar/fixtures';
import {
  ContentCalendarApi,
  ContentCalendarData,
  ContentCalendarRange,
  NationalDayInput,
  WeeklyThemePlan
} from '../../../src/data/contracts/IContentCalendarApi';
import { ViewerRoles } from '../../../src/data/contracts/ICurrentUserRepository';
import { ContentCalendar } from '../../../src/ui/contentCalendar/ContentCalendar';
import { AppShell } from '../../../src/ui/host/AppShell';

/** Thursday 5 November 2026, 10:00 in Amsterdam (ISO week 45). */
export const NOW = new Date('2026-11-05T09:00:00Z');

export const COMMUNICATIONS: ViewerRoles = { userId: 3, email: 'comms@maastricht.example', isOwner: false, isAmbassador: false, isCommunications: true };
export const EMPLOYEE: ViewerRoles = { userId: 11, email: 'anouk@maastricht.example', isOwner: false, isAmbassador: false, isCommunications: false };

// The same fixtures as the core tests: at() for Amsterdam wall time, posts, themes, days.
export { at, MANTELZORG };

export const SITE_PAGES = 'https://gemeente.sharepoint.com/sites/samenbeter/SitePages';

/** A news page in Site Pages (published unless `status` says otherwise). */
export function storedPost(id: number, title: string, publish: string, extra: Partial<NewsPost> & { status?: PostStatus } = {}): NewsPost {
  return post(id, publish, { title, url: `${SITE_PAGES}/bericht-${id}.aspx`, ...extra });
}

export const weekTheme = theme;

type PageOperation = 'saveDraft' | 'schedule' | 'publishNow' | 'deletePost';

function major(version: string): number {
  return parseInt(version.split('.')[0], 10) || 0;
}

/**
 * A ContentCalendarApi in memory that records every call and keeps versions the way
 * SharePoint does: saveDraft adds a minor version, publishNow a major one, schedule sets
 * the publish time. `faults` makes one operation reject (e.g. with DataError 'checkedOut').
 */
export class FakeContentCalendarApi implements ContentCalendarApi {
  public posts: NewsPost[] = [];
  public morePosts = false;
  public themes: WeeklyTheme[] = [];
  public nationalDays: NationalDay[] = [];
  /** The municipality's closing days; undefined: the list could not be read. */
  public closingDays: ClosingDay[] | undefined = [];
  public loads: ContentCalendarRange[] = [];
  /** Every page operation in order, e.g. 'saveDraft:new', 'schedule:500', 'publishNow:500'. */
  public calls: string[] = [];
  public drafts: Array<{ input: NewsPostInput; existingId?: number }> = [];
  public schedules: Array<{ id: number; at: Date }> = [];
  public publishes: number[] = [];
  public deletes: number[] = [];
  public themePlans: WeeklyThemePlan[][] = [];
  public savedDays: Array<{ day: NationalDayInput; id?: number }> = [];
  public loadFault: (() => Error) | undefined;
  public faults: { [operation in PageOperation]?: () => Error } = {};
  private nextId = 500;

  public constructor(public roles: ViewerRoles = COMMUNICATIONS, private readonly clock: () => Date = () => NOW) {}

  public async load(range: ContentCalendarRange): Promise<ContentCalendarData> {
    this.loads.push(range);
    if (this.loadFault) {
      throw this.loadFault();
    }
    const key = (t: WeeklyTheme): string => `${t.isoYear}-W${t.isoWeek < 10 ? '0' : ''}${t.isoWeek}`;
    // The month and, when far from it, the coming days (range.ahead): as the real view, one list.
    const periods = range.ahead ? [range, range.ahead] : [range];
    return {
      roles: this.roles,
      posts: this.posts.filter((p) => periods.some((r) => p.publishAt >= r.from && p.publishAt < r.to)),
      morePosts: this.morePosts,
      themes: this.themes.filter((t) => periods.some((r) => key(t) >= r.fromWeek && key(t) <= r.toWeek)),
      nationalDays: this.nationalDays.slice(),
      // As the real view: the days on screen only.
      closingDays: this.closingDays && this.closingDays.filter((d) => !range.shown || (d.date >= range.shown.first && d.date <= range.shown.last))
    };
  }

  public async saveDraft(input: NewsPostInput, existingId?: number): Promise<NewsPost> {
    this.calls.push(`saveDraft:${existingId === undefined ? 'new' : existingId}`);
    this.drafts.push({ input, existingId });
    this.fail('saveDraft');
    const old = existingId === undefined ? undefined : this.find(existingId);
    const id = old ? old.id : this.nextId++;
    const [maj, min] = old ? old.version.split('.').map((n) => parseInt(n, 10) || 0) : [0, 0];
    const page: NewsPost = {
      id,
      title: input.title,
      excerpt: input.excerpt,
      pillar: input.pillar,
      theme: input.theme,
      imageUrl: input.imageUrl,
      // A published page keeps its first publication; otherwise the planned date.
      publishAt: old && postStatus(old) === 'published' ? old.publishAt : input.publishAt,
      version: `${maj}.${min + 1}`,
      scheduledAt: old ? old.scheduledAt : null,
      nationalDay: input.nationalDay,
      url: old ? old.url : `${SITE_PAGES}/nieuw-${id}.aspx`,
      modified: this.clock()
    };
    return this.store(page);
  }

  public async schedule(id: number, when: Date): Promise<NewsPost> {
    this.calls.push(`schedule:${id}`);
    this.schedules.push({ id, at: when });
    this.fail('schedule');
    const old = this.find(id);
    return this.store({ ...old, scheduledAt: when, publishAt: postStatus(old) === 'published' ? old.publishAt : when, modified: this.clock() });
  }

  public async publishNow(id: number): Promise<NewsPost> {
    this.calls.push(`publishNow:${id}`);
    this.publishes.push(id);
    this.fail('publishNow');
    const old = this.find(id);
    const first = postStatus(old) !== 'published';
    return this.store({ ...old, version: `${major(old.version) + 1}.0`, scheduledAt: null, publishAt: first ? this.clock() : old.publishAt, modified: this.clock() });
  }

  public async deletePost(id: number): Promise<void> {
    this.calls.push(`deletePost:${id}`);
    this.deletes.push(id);
    this.fail('deletePost');
    this.posts = this.posts.filter((p) => p.id !== id);
  }

  public async planThemes(plans: ReadonlyArray<WeeklyThemePlan>): Promise<WeeklyTheme[]> {
    this.themePlans.push(plans.slice());
    return plans.map((p, i) => ({ ...p, id: p.id || 900 + i }));
  }

  public async saveNationalDay(day: NationalDayInput, id?: number): Promise<NationalDay> {
    this.savedDays.push({ day, id });
    return { ...day, id: id || 77 };
  }

  private fail(operation: PageOperation): void {
    const fault = this.faults[operation];
    if (fault) {
      throw fault();
    }
  }

  private find(id: number): NewsPost {
    const found = this.posts.filter((p) => p.id === id)[0];
    if (!found) {
      throw new Error(`FakeContentCalendarApi: no page ${id}`);
    }
    return found;
  }

  private store(page: NewsPost): NewsPost {
    this.posts = this.posts.filter((p) => p.id !== page.id).concat([page]);
    return page;
  }
}

/** November 2026 as Communications see it. */
export function novemberApi(roles: ViewerRoles = COMMUNICATIONS): FakeContentCalendarApi {
  const api = new FakeContentCalendarApi(roles);
  api.posts = [
    storedPost(1, 'Wandelen in de lunch', '2026-11-03 09:00'), // published
    storedPost(2, 'Slapen en stress', '2026-11-12 09:00', { status: 'scheduled' }),
    storedPost(3, 'Gezonde lunch', '2026-11-19 09:00', { status: 'draft' }),
    storedPost(4, 'Oud nieuws', '2026-11-02 09:00', { version: '1.2' }), // published, newer draft on top
    storedPost(5, 'Fietsen naar het werk', '2026-11-20 09:00', { status: 'scheduled' }),
    storedPost(6, 'Tweede bericht', '2026-11-20 14:00', { status: 'scheduled' })
  ];
  api.themes = [36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49].map((w) =>
    weekTheme(w, 2026, w, (['fysiek', 'mentaal', 'voeding', 'werkomgeving', 'motivatie'] as VitalTheme[])[(w - 36) % 5])
  );
  api.nationalDays = [MANTELZORG];
  return api;
}

export function renderCalendar(api: FakeContentCalendarApi, now: Date = NOW): RenderResult {
  return render(
    <AppShell host={{ kind: 'sharepoint', locale: 'nl-NL' }} instanceId="cc1">
      <ContentCalendar api={api} now={() => now} locale="nl-NL" hostKind="sharepoint" />
    </AppShell>
  );
}
