import { SPFI } from '@pnp/sp';
import { ContentCalendarApi, StoredNewsPost } from '../contracts/IContentCalendarApi';
import { DataError } from '../../core/errors';
import { SpCurrentUserRepository } from '../repositories/SpCurrentUserRepository';
import { SpNationalDayRepository } from '../repositories/SpNationalDayRepository';
import { SpNewsRepository } from '../repositories/SpNewsRepository';
import { SpWeeklyThemeRepository } from '../repositories/SpWeeklyThemeRepository';
import { inBatch } from './inBatch';

/** The data API of the content calendar over one PnPjs instance (SPFx or the preview). */
export function contentCalendarApi(sp: SPFI): ContentCalendarApi {
  const news = new SpNewsRepository(sp);

  return {
    load: (range) =>
      inBatch(sp, async (b) => {
        const [roles, posts, themes, nationalDays] = await Promise.all([
          new SpCurrentUserRepository(b).getRoles(),
          new SpNewsRepository(b).inRange(range.from, range.to),
          new SpWeeklyThemeRepository(b).listRange(range.fromWeek, range.toWeek),
          new SpNationalDayRepository(b).all()
        ]);
        return { roles, posts, themes, nationalDays };
      }),

    savePost: async (input, existing) => {
      // First the content (add, or MERGE with the ETag the user saw: a 412 stops here, so a
      // conflicting version is never approved), then approval and read-back in one $batch.
      let id: number;
      if (existing) {
        await news.update(existing.id, existing.etag, input);
        id = existing.id;
      } else {
        id = await news.add(input);
      }
      const saved: StoredNewsPost | undefined = await inBatch(sp, async (b) => {
        const repository = new SpNewsRepository(b);
        const approval = input.approved ? repository.setApproval(id, true) : Promise.resolve();
        const [, post] = await Promise.all([approval, repository.get(id)]);
        return post;
      });
      if (!saved) {
        throw new DataError('notFound', `News item ${id} not readable after saving`, 404);
      }
      return saved;
    },

    deletePost: (id, etag) => news.delete(id, etag),

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
