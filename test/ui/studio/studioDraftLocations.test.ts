import { StudioLocation } from '../../../src/core/activities/locations';
import { activity } from '../activities/fakeActivitiesApi';
import { emptyForm, formFromActivity, placeMode, previewActivity, templateForm, withListLocation, withOtherPlace, withoutLocation } from '../../../src/ui/studio/studioDraft';

const NOW = new Date('2026-11-20T09:00:00Z');
const place = (id: number, name: string, patch: Partial<StudioLocation> = {}): StudioLocation => ({
  id,
  name,
  address: `Adres ${id}`,
  mapUrl: `https://www.openstreetmap.org/search?query=${id}`,
  kind: 'onSite',
  active: true,
  ...patch
});
const LIST = [place(1, 'Stadhuis'), place(2, 'Mosae Forum'), place(3, 'Archief', { active: false }), place(4, 'Teams', { kind: 'online' })];

describe('studioDraft: the place of an activity', () => {
  it('starts every template at the first active place on site, with its address and route; none with an empty list', () => {
    for (const name of ['lunchWalk', 'startToRun', 'workshop'] as const) {
      const form = templateForm(name, NOW, [], LIST);
      expect([name, form.draft.location, form.draft.address, form.draft.routeUrl]).toEqual([name, 'Mosae Forum', 'Adres 2', 'https://www.openstreetmap.org/search?query=2']);
      const bare = templateForm(name, NOW);
      expect([name, bare.draft.location, bare.draft.address, bare.draft.routeUrl]).toEqual([name, '', '', '']);
    }
  });

  it('switches between a list place, a one-off place and none, dropping the list\'s address and route for free text', () => {
    const picked = withListLocation(emptyForm(NOW), LIST[0]);
    expect(picked.draft).toMatchObject({ location: 'Stadhuis', address: 'Adres 1', routeUrl: 'https://www.openstreetmap.org/search?query=1' });
    expect(placeMode(picked, LIST)).toBe('list');
    const other = withOtherPlace(picked, '');
    expect(other.draft).toMatchObject({ location: '', address: '', routeUrl: '' });
    expect(placeMode(other, LIST)).toBe('other');
    expect(placeMode(withOtherPlace(picked, 'Stadspark'), LIST)).toBe('other');
    expect(placeMode(withoutLocation(other), LIST)).toBe('list');
  });

  it('opens an activity at a place that is not in the offered list as a one-off place, and keeps its stored address and route', () => {
    const offered = LIST.filter((l) => l.active && l.kind === 'onSite');
    const retired = formFromActivity(activity({ id: 1, title: 'x', venue: { kind: 'onSite', location: 'Archief' } }), false, NOW);
    expect(placeMode(retired, offered)).toBe('other');
    const listed = formFromActivity(
      activity({ id: 2, title: 'y', venue: { kind: 'hybrid', location: 'Stadhuis', meetingUrl: 'https://teams.microsoft.com/l/x' }, address: 'Markt 78', routeUrl: 'https://osm.example/1' }),
      false,
      NOW
    );
    expect(placeMode(listed, offered)).toBe('list');
    expect(listed.draft).toMatchObject({ address: 'Markt 78', routeUrl: 'https://osm.example/1' });
  });

  it('previews the address and route, but not for an online activity', () => {
    const picked = withListLocation(emptyForm(NOW), LIST[0]);
    const organiser = { id: 1, name: 'Maud', email: 'maud@example' };
    expect(previewActivity(picked.draft, organiser)).toMatchObject({ address: 'Adres 1', routeUrl: 'https://www.openstreetmap.org/search?query=1' });
    expect(previewActivity({ ...picked.draft, venueKind: 'online' }, organiser)).not.toHaveProperty('routeUrl');
  });
});
