import { SPFI } from '@pnp/sp';
import { ContentCalendarApi } from '../contracts/IContentCalendarApi';
import { DataError } from '../../core/errors';
import { NewsPost } from '../../core/types';
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

  return {
    load: (range) =>
      inBatch(sp, async (b) => {
        const [roles, posts, themes, nationalDays] = await Promise.all([
          new SpCurrentUserRepository(b).getRoles(),
          new SpNewsPageRepository(b).inRange(range.from, range.to),
          new SpWeeklyThemeRepository(b).listRange(range.fromWeek, range.toWeek),
          new SpNationalDayRepository(b).all()
        ]);
        return { roles, posts: posts.posts, morePosts: posts.more, themes, nationalDays };
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
