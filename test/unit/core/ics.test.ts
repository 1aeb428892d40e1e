import { activitySessions, buildIcs, icsFileName, IcsOptions } from '../../../src/core';
import { activity, session } from './activityFixtures';

// Test-side reader, deliberately independent of the code under test.
function unfold(ics: string): string[] {
  return ics.replace(/\r\n[ \t]/g, '').split('\r\n');
}

function unescapeText(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_: string, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

/** The content lines of each VEVENT, as [name-with-params, value]. */
function events(ics: string): Array<Array<[string, string]>> {
  const result: Array<Array<[string, string]>> = [];
  let current: Array<[string, string]> | null = null;
  for (const line of unfold(ics)) {
    if (line === 'BEGIN:VEVENT') {
      current = [];
    } else if (line === 'END:VEVENT') {
      result.push(current!);
      current = null;
    } else if (current) {
      const colon = line.indexOf(':');
      current.push([line.substring(0, colon), line.substring(colon + 1)]);
    }
  }
  return result;
}

function prop(event: Array<[string, string]>, name: string): string | undefined {
  const found = event.find(([n]) => n === name || n.indexOf(name + ';') === 0);
  return found && found[1];
}

const NOW = new Date('2026-03-01T09:05:07Z');
const walk = activity({ shape: 'weeklyDropIn', dates: ['2026-03-24', '2026-03-31', '2026-10-20', '2026-10-27'] });

function options(overrides: Partial<IcsOptions>): IcsOptions {
  return {
    sessions: activitySessions(walk),
    uidDomain: 'gemeente.sharepoint.com',
    now: NOW,
    locationText: 'Stadhuis, Markt 78',
    description: 'Samen een rondje om het stadhuis.',
    ...overrides
  };
}

describe('buildIcs: file shape', () => {
  const ics = buildIcs(walk, options({}));

  it('uses CRLF everywhere and ends with one', () => {
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('has the calendar header, PUBLISH and an Amsterdam VTIMEZONE with the EU rules', () => {
    const lines = unfold(ics);
    expect(lines.slice(0, 5)).toEqual([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Gemeente Maastricht//SamenBeter//NL',
      'CALSCALE:GREGORIAN',
      'METHOD:PUBLISH'
    ]);
    const tz = lines.slice(lines.indexOf('BEGIN:VTIMEZONE'), lines.indexOf('END:VTIMEZONE') + 1);
    expect(tz).toEqual([
      'BEGIN:VTIMEZONE',
      'TZID:Europe/Amsterdam',
      'BEGIN:DAYLIGHT',
      'TZOFFSETFROM:+0100',
      'TZOFFSETTO:+0200',
      'TZNAME:CEST',
      'DTSTART:19700329T020000',
      'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
      'END:DAYLIGHT',
      'BEGIN:STANDARD',
      'TZOFFSETFROM:+0200',
      'TZOFFSETTO:+0100',
      'TZNAME:CET',
      'DTSTART:19701025T030000',
      'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
      'END:STANDARD',
      'END:VTIMEZONE'
    ]);
    // The rules' first onsets must really be the last Sundays of March and October 1970.
    expect(new Date(Date.UTC(1970, 2, 29)).getUTCDay()).toBe(0);
    expect(new Date(Date.UTC(1970, 9, 25)).getUTCDay()).toBe(0);
    expect(lines[lines.length - 2]).toBe('END:VCALENDAR');
  });

  it('has one VEVENT per session with local times that stay 12:15 across both switches', () => {
    const evs = events(ics);
    expect(evs.map((e) => [prop(e, 'DTSTART'), prop(e, 'DTEND')])).toEqual([
      ['20260324T121500', '20260324T130000'],
      ['20260331T121500', '20260331T130000'],
      ['20261020T121500', '20261020T130000'],
      ['20261027T121500', '20261027T130000']
    ]);
    expect(evs.every((e) => e.some(([n]) => n === 'DTSTART;TZID=Europe/Amsterdam'))).toBe(true);
    expect(evs.every((e) => prop(e, 'DTSTAMP') === '20260301T090507Z')).toBe(true);
    expect(evs.every((e) => prop(e, 'STATUS') === 'CONFIRMED')).toBe(true);
  });

  it('gives each session a stable UID of its own', () => {
    const uids = events(ics).map((e) => prop(e, 'UID'));
    expect(uids).toEqual([
      'samenbeter-7-20260324@gemeente.sharepoint.com',
      'samenbeter-7-20260331@gemeente.sharepoint.com',
      'samenbeter-7-20261020@gemeente.sharepoint.com',
      'samenbeter-7-20261027@gemeente.sharepoint.com'
    ]);
    const later = buildIcs(walk, options({ now: new Date('2026-03-20T12:00:00Z') }));
    expect(events(later).map((e) => prop(e, 'UID'))).toEqual(uids);
  });

  it('writes only the given sessions: one drop-in date gives one event', () => {
    const one = buildIcs(walk, options({ sessions: [session('2026-03-31', '2026-03-31T10:15:00Z', '2026-03-31T11:00:00Z')] }));
    expect(events(one).length).toBe(1);
    expect(prop(events(one)[0], 'DTSTART')).toBe('20260331T121500');
  });

  it('marks the events of a cancelled activity CANCELLED', () => {
    const cancelled = buildIcs(activity({ ...walk, status: 'cancelled' }), options({}));
    expect(events(cancelled).every((e) => prop(e, 'STATUS') === 'CANCELLED')).toBe(true);
  });

  it('says CONFIRMED for a confirmed place and TENTATIVE when the place is not known for certain', () => {
    expect(events(buildIcs(walk, options({}))).map((e) => prop(e, 'STATUS'))).toEqual(['CONFIRMED', 'CONFIRMED', 'CONFIRMED', 'CONFIRMED']);
    expect(events(buildIcs(walk, options({ tentative: true }))).every((e) => prop(e, 'STATUS') === 'TENTATIVE')).toBe(true);
  });
});

describe('buildIcs: reminder (VALARM)', () => {
  /** The VALARM blocks of the file, each as its content lines. */
  function alarms(ics: string): string[][] {
    const out: string[][] = [];
    let current: string[] | null = null;
    for (const line of unfold(ics)) {
      if (line === 'BEGIN:VALARM') current = [];
      else if (line === 'END:VALARM') {
        out.push(current!);
        current = null;
      } else if (current) current.push(line);
    }
    return out;
  }

  it('reminds 30 minutes before each session by default, with the required DISPLAY properties', () => {
    const found = alarms(buildIcs(walk, options({ reminderText: 'Over 30 minuten: Lunchwandeling' })));
    expect(found.length).toBe(4);
    for (const alarm of found) {
      expect(alarm).toEqual(['ACTION:DISPLAY', 'DESCRIPTION:Over 30 minuten: Lunchwandeling', 'TRIGGER:-PT30M']);
    }
  });

  it('takes another lead time, kept within a week, and nests the alarm inside its event', () => {
    const ics = buildIcs(walk, options({ reminderMinutes: 90 }));
    expect(alarms(ics)[0]).toContain('TRIGGER:-PT90M');
    expect(alarms(buildIcs(walk, options({ reminderMinutes: 99999 })))[0]).toContain('TRIGGER:-PT10080M');
    const lines = unfold(ics);
    const begin = lines.indexOf('BEGIN:VALARM');
    expect(lines.lastIndexOf('BEGIN:VEVENT', begin)).toBeGreaterThan(lines.lastIndexOf('END:VEVENT', begin));
  });

  it('gives the events of a cancelled activity no reminder', () => {
    expect(alarms(buildIcs(activity({ ...walk, status: 'cancelled' }), options({})))).toEqual([]);
  });
});

describe('buildIcs: text', () => {
  const description =
    'Wandel mee tijdens de lunchpauze 🚶‍♀️🌳 — we vertrekken bij de hoofdingang van het stadhuis, ' +
    'lopen langs de Maas en zijn om één uur terug; neem gerust een collega mee.\n' +
    'Café-bezoek na afloop is facultatief. Vragen? Mail Jérôme Ubachs 😊 \\ tot dan!';

  it('folds every physical line to at most 75 octets without breaking a character', () => {
    const ics = buildIcs(walk, options({ description: description + ' ' + description }));
    for (const line of ics.split('\r\n')) {
      expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
      // A split surrogate pair would show up as a lone surrogate in one of the two lines.
      expect(line).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?:^|[^\ud800-\udbff])[\udc00-\udfff]/);
    }
    expect(ics.split('\r\n').some((line) => line.charAt(0) === ' ')).toBe(true);
  });

  it('unfolds and unescapes back to the original description, summary and location', () => {
    const ics = buildIcs(activity({ ...walk, title: 'Lunchwandeling; stadhuis, Maas & meer' }), options({ description: description, locationText: 'Markt 78, Maastricht; ingang B' }));
    const first = events(ics)[0];
    expect(unescapeText(prop(first, 'DESCRIPTION')!)).toBe(description);
    expect(prop(first, 'SUMMARY')).toBe('Lunchwandeling\\; stadhuis\\, Maas & meer');
    expect(unescapeText(prop(first, 'LOCATION')!)).toBe('Markt 78, Maastricht; ingang B');
  });

  it('cannot be made to add properties through a title with line breaks', () => {
    const ics = buildIcs(activity({ ...walk, title: 'Wandeling\r\nATTENDEE:mailto:x@example.com' }), options({}));
    expect(unfold(ics).some((line) => line.indexOf('ATTENDEE') === 0)).toBe(false);
    expect(prop(events(ics)[0], 'SUMMARY')).toBe('Wandeling\\nATTENDEE:mailto:x@example.com');
  });
});

describe('buildIcs: links and organiser', () => {
  const online = activity({
    ...walk,
    shape: 'oneOff',
    dates: ['2026-11-10'],
    venue: { kind: 'online', meetingUrl: 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc%40thread.v2/0' }
  });
  const meeting = 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc%40thread.v2/0';

  it('leaves the meeting link out unless the caller passes it, even for an online activity', () => {
    const ics = buildIcs(online, options({ sessions: activitySessions(online), locationText: 'Online' }));
    expect(ics).not.toContain('meetup-join');
    expect(ics).not.toContain('CONFERENCE');
  });

  it('puts a given meeting link in CONFERENCE and, with its label, in the description', () => {
    const ics = buildIcs(online, options({ sessions: activitySessions(online), meetingUrl: meeting, meetingLabel: 'Deelnemen via Teams' }));
    const ev = events(ics)[0];
    expect(ev).toContainEqual(['CONFERENCE;VALUE=URI;FEATURE=VIDEO', meeting]);
    expect(unescapeText(prop(ev, 'DESCRIPTION')!)).toBe('Samen een rondje om het stadhuis.\n\nDeelnemen via Teams: ' + meeting);
  });

  it('adds URL and ORGANIZER when given, and drops values that could inject lines', () => {
    const page = 'https://gemeente.sharepoint.com/sites/Stella/SitePages/Activiteiten.aspx?activity=7';
    const ev = events(buildIcs(activity({ ...walk, organiser: { id: 1, name: 'Schreurs, "Maud"', email: '' } }), options({ url: page, organizerEmail: 'maud.schreurs@maastricht.example' })))[0];
    expect(prop(ev, 'URL')).toBe(page);
    expect(ev).toContainEqual(['ORGANIZER;CN="Schreurs, Maud"', 'mailto:maud.schreurs@maastricht.example']);

    const bad = events(buildIcs(walk, options({ url: 'https://x.example/\r\nATTENDEE:mailto:a@b.c', organizerEmail: 'not an address' })))[0];
    expect(prop(bad, 'URL')).toBeUndefined();
    expect(prop(bad, 'ORGANIZER')).toBeUndefined();
    expect(prop(bad, 'ATTENDEE')).toBeUndefined();
  });
});

describe('icsFileName', () => {
  it('is a short ASCII slug with the date', () => {
    expect(icsFileName(activity({ title: 'Workshop Overgang & Werk — één keer!' }), null)).toBe('workshop-overgang-werk-een-keer.ics');
    expect(icsFileName(walk, '2026-03-31')).toBe('lunchwandeling-2026-03-31.ics');
    expect(icsFileName(activity({ title: '🚶‍♀️' }), null)).toBe('activiteit.ics');
  });
});
