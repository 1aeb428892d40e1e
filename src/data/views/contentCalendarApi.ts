import { SPFI } from '@pnp/sp';
import { ContentCalendarApi } from '../contracts/IContentCalendarApi';
import { DataError } from '../../core/errors';
import { NewsPost, WeeklyTheme } from '../../core/types';
import { loadRangeDays } from '../../core/contentCalendar/loadRange';
import { SpClosingDayRepository } from '../repositories/SpClosingDayRepository';
import { SpCurrentUserRepository } from '../repositories/SpCurrentUserRepository';
import { SpNationalDayRepository } from '../repositories/SpNationalDayRepository';
import { SpNewsPageRepository } from '../repositories/SpNewsPageRepository';
import { SpWeeklyThemeRepository } from '../repositories/SpWeeklyThemeRepository';
import { NewsPageWriter } from '../pages/newsPageWriter';
import { inBatch } from './inBatch';

/** The data API of the content calendar over one PnPjs instance (SPFx or the preview). */
export function contentCalendarApi(sp: SPFI): ContentCalendarApi {
  const pages = new SpNewsPageRepository(sp);
  // The page API code loads only when Communications write (its own chunk).
  const writer = (): Promise<NewsPageWriter> =>
    import(/* webpackChunkName: 'samenbeter-pages' */ '../pages/newsPageWriter').then((m) => new m.NewsPageWriter(sp));
  const readBack = async (id: number): Promise<NewsPost> => {
    const post = await pages.get(id);
    if (!post) {
      throw new DataError('notFound', `News page ${id} not readable after saving`, 404);
    }
    return post;
  };

  // Who sees what. The calendar is Communications' and the owners' planning board; the UI shows
  // everyone else an explanation instead (ui/contentCalendar/ContentCalendar). That is a UI
  // choice, not a protection, and needs none: everything this load returns to an employee is
  // already theirs to read over REST — published news pages, the weekly themes and the national
  // days (lists readable by everyone, see data/schema/lists.ts) — and the warnings are computed
  // from those in the browser. What IS sensitive is enforced by SharePoint, not here: drafts and
  // scheduled pages are minor versions that draft item security hides from readers (an
  // employee's load simply does not get them), and every write below needs edit rights on Site
  // Pages or Contribute on the lists, which only Communications and owners have.
  return {
    load: (range) =>
      inBatch(sp, async (b) => {
        const pageRepo = new SpNewsPageRepository(b);
        const themeRepo = new SpWeeklyThemeRepository(b);
        const ahead = range.ahead;
        const shown = range.shown || loadRangeDays(range);
        const [roles, posts, themes, nationalDays, aheadPosts, aheadThemes, closingDays] = await Promise.all([
          new SpCurrentUserRepository(b).getRoles(),
          pageRepo.inRange(range.from, range.to),
          themeRepo.listRange(range.fromWeek, range.toWeek),
          new SpNationalDayRepository(b).all(),
          ahead ? pageRepo.inRange(ahead.from, ahead.to) : Promise.resolve({ posts: [] as NewsPost[], more: false }),
          ahead ? themeRepo.listRange(ahead.fromWeek, ahead.toWeek) : Promise.resolve([] as WeeklyTheme[]),
          // The closing days of the days on screen ride along in this $batch: no extra request.
          // Under the 5,000-item list view threshold: the filter is on the indexed SbDate alone,
          // a range of at most six weeks, and the repository pages (readAllById: pages of 2,000,
          // Id windows past 5,000; further pages go over `sp`, outside the batch) — no silent cap.
          // Unreadable (a site not yet set up for them, schema < 6): no markers, the calendar loads.
          new SpClosingDayRepository(b, sp).between(shown.first, shown.last).catch(() => undefined)
        ]);
        return {
          roles,
          posts: uniqueById(posts.posts.concat(aheadPosts.posts)),
          morePosts: posts.more || aheadPosts.more,
          themes: uniqueById(themes.concat(aheadThemes)),
          nationalDays,
          closingDays
        };
      }),

    saveDraft: async (input, existingId) => {
      const w = await writer();
      const id = existingId === undefined ? await w.createDraft(input) : (await w.updateDraft(existingId, input), existingId);
      return readBack(id);
    },

    schedule: async (id, at) => {
      await (await writer()).schedule(id, at);
      return readBack(id);
    },

    publishNow: async (id) => {
      await (await writer()).publishNow(id);
      return readBack(id);
    },

    deletePost: async (id) => (await writer()).recycle(id),

    planThemes: (plans) =>
      inBatch(sp, (b) => {
        const themes = new SpWeeklyThemeRepository(b);
        return Promise.all(
          plans.map((plan) => {
            const { id, ...theme } = plan;
            return id === undefined ? themes.add(theme) : themes.update(id, theme);
          })
        );
      }),

    saveNationalDay: (day, id) => new SpNationalDayRepository(sp).save(day, id)
  };
}

/** The first of each id, in order (the two ranges of a load may overlap). */
function uniqueById<T extends { id: number }>(items: T[]): T[] {
  const seen: { [id: number]: true } = {};
  return items.filter((item) => (seen[item.id] ? false : (seen[item.id] = true)));
}
