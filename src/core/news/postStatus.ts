import { NewsPost, PostStatus } from '../types';

/** Major part of a SharePoint version label ('1.2' → 1). */
function majorOf(version: string): number {
  const major = parseInt(version.split('.')[0], 10);
  return isNaN(major) ? 0 : major;
}

/**
 * A news page's status from its SharePoint version: a major version (1.0 and up) means it was
 * published — employees see that version, whatever drafts came after; before that, a
 * scheduled publish time makes it "scheduled", otherwise it is a draft.
 */
export function postStatus(post: Pick<NewsPost, 'version' | 'scheduledAt'>): PostStatus {
  if (majorOf(post.version) >= 1) {
    return 'published';
  }
  return post.scheduledAt ? 'scheduled' : 'draft';
}

/** A published page with a newer draft on top (editors see the draft, employees the published version). */
export function hasUnpublishedChanges(post: Pick<NewsPost, 'version'>): boolean {
  return majorOf(post.version) >= 1 && !/\.0$/.test(post.version);
}
