import { NewsPost, PostStatus } from '../types';

/**
 * A post's status at `now`, from its approval and its times. Computed at read time, so a
 * scheduled post simply is "published" once its time has come; nothing has to move it.
 * Boundaries: published from publishAt (inclusive) until expireAt (exclusive).
 */
export function postStatus(post: Pick<NewsPost, 'approved' | 'publishAt' | 'expireAt'>, now: Date): PostStatus {
  if (!post.approved) {
    return 'draft';
  }
  if (now.getTime() < post.publishAt.getTime()) {
    return 'scheduled';
  }
  if (post.expireAt !== null && now.getTime() >= post.expireAt.getTime()) {
    return 'expired';
  }
  return 'published';
}

/** Whether employees see the post at `now`. */
export function isVisibleToEmployees(post: Pick<NewsPost, 'approved' | 'publishAt' | 'expireAt'>, now: Date): boolean {
  return postStatus(post, now) === 'published';
}
