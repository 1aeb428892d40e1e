import { isVisibleToEmployees, postStatus } from '../../../../src/core/news/postStatus';

const at = (iso: string): Date => new Date(iso);

describe('postStatus', () => {
  const post = { approved: true, publishAt: at('2026-03-29T07:00:00Z'), expireAt: at('2026-04-05T07:00:00Z') };

  it('is draft while not approved, whatever the times', () => {
    expect(postStatus({ ...post, approved: false }, at('2026-04-01T00:00:00Z'))).toBe('draft');
  });

  it('is scheduled until the publish instant and published from it (inclusive)', () => {
    expect(postStatus(post, at('2026-03-29T06:59:59Z'))).toBe('scheduled');
    expect(postStatus(post, at('2026-03-29T07:00:00Z'))).toBe('published');
  });

  it('expires at the expiry instant (exclusive end)', () => {
    expect(postStatus(post, at('2026-04-05T06:59:59Z'))).toBe('published');
    expect(postStatus(post, at('2026-04-05T07:00:00Z'))).toBe('expired');
  });

  it('never expires without an expiry time', () => {
    expect(postStatus({ ...post, expireAt: null }, at('2099-01-01T00:00:00Z'))).toBe('published');
  });

  it('shows employees only published posts', () => {
    expect(isVisibleToEmployees(post, at('2026-03-30T00:00:00Z'))).toBe(true);
    expect(isVisibleToEmployees({ ...post, approved: false }, at('2026-03-30T00:00:00Z'))).toBe(false);
    expect(isVisibleToEmployees(post, at('2026-03-28T00:00:00Z'))).toBe(false);
  });
});
