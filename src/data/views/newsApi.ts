import { SPFI } from '@pnp/sp';
import { NewsPost } from '../../core/types';
import { NewsApi } from '../contracts/INewsApi';
import { SpNewsRepository } from '../repositories/SpNewsRepository';
import { NoMetadata } from '../sp/behaviors';

/**
 * The data API of the Vitaliteitsnieuws web part: one GET per page. Employees can only ever
 * read approved, live posts (content approval + scheduling); the query asks for exactly
 * those, so Communications, who may read drafts, see the same feed.
 */
export function newsApi(sp: SPFI): NewsApi {
  // Read-only: no ETags needed, so no OData annotations either (fewer bytes).
  const repository = new SpNewsRepository(sp.using(NoMetadata()));
  return {
    loadFeed: (query) => repository.feed(query),
    loadPost: async (id) => {
      const post = await repository.get(id);
      if (!post) {
        return undefined;
      }
      // Readers get the post without the ETag (they never edit it).
      const plain: Partial<typeof post> = { ...post };
      delete plain.etag;
      return plain as NewsPost;
    }
  };
}
