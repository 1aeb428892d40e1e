import { SPFI } from '@pnp/sp';
import { NewsApi } from '../contracts/INewsApi';
import { SpNewsPageRepository } from '../repositories/SpNewsPageRepository';
import { NoMetadata } from '../sp/behaviors';

/**
 * The data API of the Vitaliteitsnieuws web part: one GET per page of the feed, over the
 * Site Pages library. Draft item security shows employees only published versions.
 */
export function newsApi(sp: SPFI): NewsApi {
  // Read-only: no ETags needed, so no OData annotations either (fewer bytes).
  const repository = new SpNewsPageRepository(sp.using(NoMetadata()));
  return {
    loadFeed: (query) => repository.feed(query)
  };
}
