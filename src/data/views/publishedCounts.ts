import { SPFI } from '@pnp/sp';
import { Activity } from '../../core/types';
import { SpPrivateCountRepository } from '../repositories/SpPrivateCountRepository';

/**
 * The activities with the counts their organisers published (private ones only). The
 * counts are extra information: when they cannot be read (a site not yet upgraded, say),
 * the activities come back without them rather than the whole view failing.
 */
export async function withPublishedCounts(sp: SPFI, activities: Activity[]): Promise<Activity[]> {
  if (!activities.some((a) => a.isPrivate)) {
    return activities;
  }
  try {
    const counts = await new SpPrivateCountRepository(sp).latestFor(activities);
    return activities.map((a) => {
      const published = counts.filter((c) => c.activityId === a.id)[0];
      return published ? { ...a, publishedCounts: published } : a;
    });
  } catch {
    return activities;
  }
}
