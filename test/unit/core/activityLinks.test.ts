import {
  activityIdFromSubEntity,
  activityIdFromUrl,
  activitySubEntityId,
  sharePointActivityUrl,
  teamsTabDeepLink
} from '../../../src/core';

const APP_ID = 'a1b2c3d4-0000-4000-8000-123456789abc';
const PAGE = 'https://gemeente.sharepoint.com/sites/Stella/SitePages/Activiteiten.aspx';

describe('teamsTabDeepLink', () => {
  it('builds the entity link with the JSON context encoded', () => {
    expect(teamsTabDeepLink({ appId: APP_ID, entityId: 'activiteiten', activityId: 42 })).toBe(
      'https://teams.microsoft.com/l/entity/' + APP_ID + '/activiteiten?context=%7B%22subEntityId%22%3A%22activity-42%22%7D'
    );
  });

  it('encodes entity id, webUrl and label so that quotes, & and unicode survive', () => {
    const webUrl = PAGE + "?activity=42&lang=nl&q=caf%C3%A9's";
    const link = teamsTabDeepLink({ appId: APP_ID, entityId: 'sb tab/1', activityId: 42, webUrl: webUrl, label: 'Activiteiten & "één"' });
    const url = new URL(link);
    expect(url.pathname).toBe('/l/entity/' + APP_ID + '/sb%20tab%2F1');
    expect(url.searchParams.get('webUrl')).toBe(webUrl);
    expect(url.searchParams.get('label')).toBe('Activiteiten & "één"');
    expect(JSON.parse(url.searchParams.get('context')!)).toEqual({ subEntityId: 'activity-42' });
    expect(link).not.toMatch(/['"\s]/);
  });

  it('refuses an id that is not a positive integer', () => {
    expect(() => teamsTabDeepLink({ appId: APP_ID, entityId: 'a', activityId: 0 })).toThrow(RangeError);
    expect(() => teamsTabDeepLink({ appId: APP_ID, entityId: 'a', activityId: 2.5 })).toThrow(RangeError);
  });
});

describe('sub-entity ids', () => {
  it('round-trips', () => {
    expect(activitySubEntityId(42)).toBe('activity-42');
    expect(activityIdFromSubEntity(activitySubEntityId(42))).toBe(42);
  });

  it('rejects anything else', () => {
    for (const bad of [undefined, null, '', 'activity-', 'activity-0', 'activity-07', 'activity-4x', 'news-4', ' activity-4', 'activity-1e3']) {
      expect(activityIdFromSubEntity(bad)).toBeNull();
    }
  });
});

describe('sharePointActivityUrl', () => {
  it('adds ?activity= to a page without a query', () => {
    expect(sharePointActivityUrl(PAGE, 42)).toBe(PAGE + '?activity=42');
  });

  it('keeps other parameters and the fragment as they were and replaces an existing activity parameter', () => {
    expect(sharePointActivityUrl(PAGE + '?lang=nl&Activity=3&q=caf%C3%A9+%27x%27&activity=5#top', 42)).toBe(
      PAGE + '?lang=nl&q=caf%C3%A9+%27x%27&activity=42#top'
    );
    expect(sharePointActivityUrl(PAGE + '#anchor', 42)).toBe(PAGE + '?activity=42#anchor');
    expect(sharePointActivityUrl(PAGE + '?', 42)).toBe(PAGE + '?activity=42');
  });

  it('does not mistake a parameter that merely starts with "activity"', () => {
    expect(sharePointActivityUrl(PAGE + '?activityType=walk', 42)).toBe(PAGE + '?activityType=walk&activity=42');
  });
});

describe('activityIdFromUrl', () => {
  it('reads back what the link builders wrote', () => {
    expect(activityIdFromUrl(sharePointActivityUrl(PAGE + '?lang=nl#x', 42))).toBe(42);
    expect(activityIdFromUrl(teamsTabDeepLink({ appId: APP_ID, entityId: 'activiteiten', activityId: 42, webUrl: PAGE + '?activity=7' }))).toBe(42);
  });

  it('reads a hand-written Teams link and a page link with the parameter in other case', () => {
    expect(activityIdFromUrl('https://teams.microsoft.com/l/entity/x/y?context=%7B%22subEntityId%22%3A%22activity-9%22%7D')).toBe(9);
    expect(activityIdFromUrl(PAGE + '?ACTIVITY=9')).toBe(9);
  });

  it('returns null for missing, malformed or hostile values', () => {
    for (const bad of [
      PAGE,
      PAGE + '?activity=',
      PAGE + '?activity=0',
      PAGE + '?activity=42abc',
      PAGE + '?activity=%ZZ',
      PAGE + '?activity=4%27%20or%201%20eq%201',
      PAGE + '#activity=42',
      'https://teams.microsoft.com/l/entity/x/y?context=%7Bnot-json',
      'https://teams.microsoft.com/l/entity/x/y?context=%22activity-9%22',
      'https://teams.microsoft.com/l/entity/x/y?context=%7B%22subEntityId%22%3A9%7D'
    ]) {
      expect(activityIdFromUrl(bad)).toBeNull();
    }
  });
});
