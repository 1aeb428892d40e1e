import {
  activityRouteUrl,
  matchingLocation,
  normalisedLocation,
  pickableLocations,
  routeLink,
  StudioLocation,
  StudioLocationInput,
  validateLocation
} from '../../../src/core/activities/locations';

const VALID: StudioLocationInput = {
  name: 'Stadhuis Markt, hoofdingang',
  address: 'Markt 78, 6211 CK Maastricht',
  mapUrl: 'https://www.openstreetmap.org/search?query=Markt%2078%2C%206211%20CK%20Maastricht',
  kind: 'onSite',
  active: true
};

const place = (id: number, name: string, patch: Partial<StudioLocation> = {}): StudioLocation => ({
  id,
  name,
  address: '',
  mapUrl: '',
  kind: 'onSite',
  active: true,
  ...patch
});

const codes = (input: StudioLocationInput, others: StudioLocation[] = [], id?: number): string[] =>
  validateLocation(input, others, id).map((e) => `${e.field}:${e.code}`);

describe('validateLocation', () => {
  it('accepts a complete location, and one with only a name (address and map link are optional)', () => {
    expect(codes(VALID)).toEqual([]);
    expect(codes({ ...VALID, address: '', mapUrl: '' })).toEqual([]);
  });

  it('requires a name (spaces are not a name)', () => {
    expect(codes({ ...VALID, name: '' })).toEqual(['name:required']);
    expect(codes({ ...VALID, name: '   ' })).toEqual(['name:required']);
  });

  it('takes only an https map link: http, javascript:, data:, credentials and spaces are refused', () => {
    expect(codes({ ...VALID, mapUrl: 'http://www.openstreetmap.org/search?query=Markt' })).toEqual(['mapUrl:urlNotHttps']);
    expect(codes({ ...VALID, mapUrl: 'javascript:alert(1)' })).toEqual(['mapUrl:urlNotHttps']);
    expect(codes({ ...VALID, mapUrl: 'data:text/html,<b>x</b>' })).toEqual(['mapUrl:urlNotHttps']);
    expect(codes({ ...VALID, mapUrl: 'https://evil.example@www.openstreetmap.org/' })).toEqual(['mapUrl:urlInvalid']);
    expect(codes({ ...VALID, mapUrl: 'www.openstreetmap.org' })).toEqual(['mapUrl:urlInvalid']);
    expect(codes({ ...VALID, mapUrl: 'https://www.openstreetmap.org/search?query=Markt 78' })).toEqual(['mapUrl:urlInvalid']);
  });

  it('keeps name, address and map link within SharePoint\'s 255 characters', () => {
    const long = 'x'.repeat(256);
    expect(codes({ ...VALID, name: long })).toEqual(['name:maxLength']);
    expect(codes({ ...VALID, address: long })).toEqual(['address:maxLength']);
    expect(codes({ ...VALID, mapUrl: 'https://www.openstreetmap.org/' + 'a'.repeat(230) })).toEqual(['mapUrl:maxLength']);
    expect(codes({ ...VALID, name: ' ' + 'x'.repeat(255) + ' ' })).toEqual([]);
  });

  it('refuses a second location with the same name (case and spaces aside), but not the location itself', () => {
    const others = [place(1, 'Stadhuis Markt, hoofdingang'), place(2, 'Mosae Forum, vergaderzaal 2.03')];
    expect(codes({ ...VALID, name: ' stadhuis markt, HOOFDINGANG ' }, others)).toEqual(['name:notAllowed']);
    expect(validateLocation({ ...VALID }, others)[0].params).toEqual({ reason: 'duplicate' });
    expect(codes(VALID, others, 1)).toEqual([]);
    // A retired location still holds its name: activities copied it.
    expect(codes(VALID, [place(3, VALID.name, { active: false })])).toEqual(['name:notAllowed']);
  });

  it('refuses a kind that is neither on site nor online', () => {
    expect(codes({ ...VALID, kind: 'elsewhere' as 'onSite' })).toEqual(['kind:notInList']);
  });

  it('stores the input trimmed', () => {
    expect(normalisedLocation({ ...VALID, name: '  Stadhuis ', address: ' Markt 78 ', mapUrl: ' https://osm.example/x ' })).toEqual({
      ...VALID,
      name: 'Stadhuis',
      address: 'Markt 78',
      mapUrl: 'https://osm.example/x'
    });
  });
});

describe('routeLink and activityRouteUrl', () => {
  it('gives the https link itself, trimmed, and nothing for any other scheme or junk', () => {
    expect(routeLink(' https://www.openstreetmap.org/search?query=Markt ')).toBe('https://www.openstreetmap.org/search?query=Markt');
    expect(routeLink('http://www.openstreetmap.org/')).toBeUndefined();
    expect(routeLink('javascript:alert(1)')).toBeUndefined();
    expect(routeLink('JAVASCRIPT:alert(1)')).toBeUndefined();
    expect(routeLink('//evil.example/')).toBeUndefined();
    expect(routeLink('')).toBeUndefined();
    expect(routeLink(null)).toBeUndefined();
    expect(routeLink(undefined)).toBeUndefined();
  });

  it('shows a route for a place on site or hybrid, never for an online activity', () => {
    const url = 'https://www.openstreetmap.org/search?query=Mosae%20Forum%2010';
    expect(activityRouteUrl({ venue: { kind: 'onSite', location: 'Mosae Forum' }, routeUrl: url })).toBe(url);
    expect(activityRouteUrl({ venue: { kind: 'hybrid', location: 'Mosae Forum', meetingUrl: 'https://teams.microsoft.com/l/x' }, routeUrl: url })).toBe(url);
    expect(activityRouteUrl({ venue: { kind: 'online', meetingUrl: 'https://teams.microsoft.com/l/x' }, routeUrl: url })).toBeUndefined();
    expect(activityRouteUrl({ venue: { kind: 'onSite', location: 'Mosae Forum' } })).toBeUndefined();
    // A forged list value (only owners can write one, still): no link at all.
    expect(activityRouteUrl({ venue: { kind: 'onSite', location: 'Mosae Forum' }, routeUrl: 'javascript:alert(document.cookie)' })).toBeUndefined();
  });
});

describe('pickableLocations and matchingLocation', () => {
  const list = [
    place(1, 'Stadhuis Markt, kleine vergaderzaal'),
    place(2, 'Mosae Forum, vergaderzaal 2.03'),
    place(3, 'Teams-vergadering', { kind: 'online' }),
    place(4, 'Oude kantine', { active: false }),
    place(5, 'mosae Forum, hoofdingang')
  ];

  it('offers the active places on site, by name regardless of case', () => {
    expect(pickableLocations(list).map((l) => l.id)).toEqual([5, 2, 1]);
    expect(pickableLocations([])).toEqual([]);
  });

  it('finds the offered location an activity names, exactly (spaces around aside); else none (a one-off place)', () => {
    const offered = pickableLocations(list);
    expect(matchingLocation(' Mosae Forum, vergaderzaal 2.03 ', offered)).toEqual(list[1]);
    expect(matchingLocation('Oude kantine', offered)).toBeUndefined();
    expect(matchingLocation('Bij de fontein in het Stadspark', offered)).toBeUndefined();
    expect(matchingLocation('', offered)).toBeUndefined();
  });
});
