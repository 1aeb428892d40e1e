import { hasUnpublishedChanges, postStatus } from '../../../../src/core/news/postStatus';

const at = (iso: string): Date => new Date(iso);

describe('postStatus (from the page version SharePoint keeps)', () => {
  it('is a draft while only minor versions exist and no time is scheduled', () => {
    expect(postStatus({ version: '0.1', scheduledAt: null })).toBe('draft');
    expect(postStatus({ version: '0.7', scheduledAt: null })).toBe('draft');
  });

  it('is scheduled while only minor versions exist and a publish time is set', () => {
    expect(postStatus({ version: '0.2', scheduledAt: at('2026-12-10T07:00:00Z') })).toBe('scheduled');
  });

  it('is published once a major version exists, also with a newer draft on top', () => {
    expect(postStatus({ version: '1.0', scheduledAt: null })).toBe('published');
    expect(postStatus({ version: '1.3', scheduledAt: null })).toBe('published');
    expect(postStatus({ version: '2.0', scheduledAt: at('2026-12-10T07:00:00Z') })).toBe('published');
  });

  it('tells a published page with newer draft changes from one without', () => {
    expect(hasUnpublishedChanges({ version: '1.1' })).toBe(true);
    expect(hasUnpublishedChanges({ version: '1.0' })).toBe(false);
    expect(hasUnpublishedChanges({ version: '0.3' })).toBe(false);
  });

  it('reads an unknown version label as a draft', () => {
    expect(postStatus({ version: '', scheduledAt: null })).toBe('draft');
  });
});
