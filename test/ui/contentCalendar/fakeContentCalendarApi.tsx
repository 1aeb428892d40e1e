import * as React from 'react';
import { render, RenderResult } from '@testing-library/react';
import { NationalDay, NewsPostInput, VitalTheme, WeeklyTheme } from '../../../src/core/types';
import { at, MANTELZORG, post, theme } from '../../unit/core/contentCalendar/fixtures';
import {
  ContentCalendarApi,
  ContentCalendarData,
  ContentCalendarRange,
  NationalDayInput,
  StoredNewsPost,
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

export function storedPost(id: number, title: string, publish: string, extra: Partial<StoredNewsPost> = {}): StoredNewsPost {
  return { ...post(id, publish, { title }), etag: `"${id}"`, ...extra };
}

export const weekTheme = theme;

/** A ContentCalendarApi in memory that records every call. */
export class FakeContentCalendarApi implements ContentCalendarApi {
  public posts: StoredNewsPost[] = [];
  public themes: WeeklyTheme[] = [];
  public nationalDays: NationalDay[] = [];
  public loads: ContentCalendarRange[] = [];
  public saves: Array<{ input: NewsPostInput; existing?: { id: number; etag: string } }> = [];
  public deletes: Array<{ id: number; etag: string }> = [];
  public themePlans: WeeklyThemePlan[][] = [];
  public savedDays: Array<{ day: NationalDayInput; id?: number }> = [];
  public loadFault: (() => Error) | undefined;
  private nextId = 500;

  public constructor(public roles: ViewerRoles = COMMUNICATIONS) {}

  public async load(range: ContentCalendarRange): Promise<ContentCalendarData> {
    this.loads.push(range);
    if (this.loadFault) {
      throw this.loadFault();
    }
    const key = (t: WeeklyTheme): string => `${t.isoYear}-W${t.isoWeek < 10 ? '0' : ''}${t.isoWeek}`;
    return {
      roles: this.roles,
      posts: this.posts.filter((p) => p.publishAt >= range.from && p.publishAt < range.to),
      themes: this.themes.filter((t) => key(t) >= range.fromWeek && key(t) <= range.toWeek),
      nationalDays: this.nationalDays.slice()
    };
  }

  public async savePost(input: NewsPostInput, existing?: { id: number; etag: string }): Promise<StoredNewsPost> {
    this.saves.push({ input, existing });
    const stored: StoredNewsPost = { ...input, id: existing ? existing.id : this.nextId++, modified: NOW, etag: '"new"' };
    this.posts = this.posts.filter((p) => p.id !== stored.id).concat([stored]);
    return stored;
  }

  public async deletePost(id: number, etag: string): Promise<void> {
    this.deletes.push({ id, etag });
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
}

/** November 2026 as Communications see it. */
export function novemberApi(roles: ViewerRoles = COMMUNICATIONS): FakeContentCalendarApi {
  const api = new FakeContentCalendarApi(roles);
  api.posts = [
    storedPost(1, 'Wandelen in de lunch', '2026-11-03 09:00'), // published
    storedPost(2, 'Slapen en stress', '2026-11-12 09:00'), // scheduled
    storedPost(3, 'Gezonde lunch', '2026-11-19 09:00', { approved: false }), // draft
    storedPost(4, 'Oud nieuws', '2026-11-02 09:00', { expireAt: at('2026-11-04 09:00') }), // expired
    storedPost(5, 'Fietsen naar het werk', '2026-11-20 09:00'),
    storedPost(6, 'Tweede bericht', '2026-11-20 14:00')
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
