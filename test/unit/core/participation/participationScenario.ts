// A small April 2026 scenario for the participation figures, small enough to compute by hand
// (the hand computation is in monthFigures.test.ts). Plain data only.
// April and May 2026 are summer time in Amsterdam: local = UTC + 2.
import { slotKey } from '../../../../src/core/activities/slots';
import { ParticipationInput, ParticipationRecord, PersonPlacement } from '../../../../src/core/participation/figureTypes';
import { Activity } from '../../../../src/core/types';
import { activity } from '../activityFixtures';

export const ORGANISER = { id: 500, name: 'Maud Schreurs', email: 'maud.schreurs@maastricht.example' };
export const COORDINATOR = { id: 501, name: 'Lotte Vroemen', email: 'lotte.vroemen@maastricht.example' };

/** Sixteen employees, 9001..9016. */
export const PEOPLE: number[] = Array.from({ length: 16 }, (_, i) => 9001 + i);

/** 9009 and 9010 are not in the directory; 9008 has no office; 9014 has an empty department. */
export const DIRECTORY: { [personId: number]: PersonPlacement } = {
  9001: { department: 'Stadsbeheer', office: 'Werf Noord' },
  9002: { department: 'Stadsbeheer', office: 'Werf Noord' },
  9003: { department: 'Sociaal Domein', office: 'Stadhuis' },
  9004: { department: 'Sociaal Domein', office: 'Stadhuis' },
  9005: { department: 'Publiekszaken', office: 'Stadhuis' },
  9006: { department: 'Publiekszaken', office: 'Stadhuis' },
  9007: { department: 'Stadsbeheer', office: 'Stadhuis' },
  9008: { department: 'Sociaal Domein' },
  9011: { department: 'Publiekszaken', office: 'Stadhuis' },
  9012: { department: 'Stadsbeheer', office: 'Werf Noord' },
  9013: { department: 'Sociaal Domein', office: 'Stadhuis' },
  9014: { department: '  ', office: 'Stadhuis' },
  9015: { department: 'Publiekszaken', office: 'Werf Noord' },
  9016: { department: 'Stadsbeheer', office: 'Stadhuis' }
};

export const ACTIVITIES: Activity[] = [
  // A1: lunch walk, per date, 3 places; 21 April called off (rain); 5 May is outside April.
  activity({
    id: 101,
    title: 'Lunchwandeling',
    pillar: 'Samen',
    shape: 'weeklyDropIn',
    dates: ['2026-04-07', '2026-04-14', '2026-04-21', '2026-04-28', '2026-05-05'],
    startTime: '12:15',
    endTime: '13:00',
    venue: { kind: 'onSite', location: 'Stadhuis Markt' },
    capacity: 3,
    cancelledDates: [{ date: '2026-04-21', reason: 'Regen' }],
    organiser: ORGANISER
  }),
  // A2: online workshop, 4 places, sign up until 16 April 00:00 local (15 April 22:00 UTC).
  activity({
    id: 102,
    title: 'Workshop hartcoherentie',
    pillar: 'Kracht',
    shape: 'oneOff',
    dates: ['2026-04-16'],
    startTime: '15:00',
    endTime: '16:30',
    venue: { kind: 'online', meetingUrl: 'https://teams.example/meet/1' },
    capacity: 4,
    signUpDeadline: new Date('2026-04-15T22:00:00Z'),
    organiser: ORGANISER
  }),
  // A3: Start to Run, 10 places, two sessions in April and two in May.
  activity({
    id: 103,
    title: 'Start to Run',
    pillar: 'Kracht',
    shape: 'programme',
    dates: ['2026-04-20', '2026-04-27', '2026-05-04', '2026-05-11'],
    startTime: '18:00',
    endTime: '19:00',
    venue: { kind: 'onSite', location: 'Sportpark West' },
    capacity: 10,
    organiser: ORGANISER
  }),
  // A4: a programme that started in March; one session in April; unlimited.
  activity({
    id: 104,
    title: 'Beweeggroep',
    pillar: 'Samen',
    shape: 'programme',
    dates: ['2026-03-23', '2026-03-30', '2026-04-06'],
    startTime: '12:00',
    endTime: '13:00',
    venue: { kind: 'onSite', location: 'Werf Noord' },
    capacity: null,
    organiser: ORGANISER
  }),
  // A5: private workshop (effective privacy: confirmed by a coordinator), 8 places.
  activity({
    id: 105,
    title: 'Workshop Overgang en Werk',
    pillar: 'Beter',
    shape: 'oneOff',
    dates: ['2026-04-23'],
    startTime: '14:00',
    endTime: '16:00',
    venue: { kind: 'onSite', location: 'Stadhuis Markt' },
    capacity: 8,
    isPrivate: true,
    organiser: COORDINATOR
  }),
  // A6: bike group, cancelled by the organiser.
  activity({
    id: 106,
    title: 'Fietsgroep',
    pillar: 'Samen',
    shape: 'oneOff',
    dates: ['2026-04-10'],
    startTime: '07:30',
    endTime: '08:30',
    venue: { kind: 'onSite', location: 'Werf Noord' },
    capacity: 5,
    status: 'cancelled',
    cancelReason: 'Te weinig begeleiders',
    organiser: ORGANISER
  })
];

interface RecordOptions {
  version?: number;
  cancelled?: boolean;
  modified?: string | null;
  author?: number;
  slot?: string;
  inPrivateList?: boolean;
}

/** An item as SharePoint stores it: made by the person themselves, unchanged, unless told otherwise. */
export function rec(id: number, personId: number, activityId: number, sessionDate: string | null, created: string, options: RecordOptions = {}): ParticipationRecord {
  const modified = options.modified === undefined ? created : options.modified;
  return {
    id,
    created: new Date(created),
    authorId: options.author === undefined ? personId : options.author,
    version: options.version === undefined ? 1 : options.version,
    slot: options.slot === undefined ? slotKey(activityId, sessionDate) : options.slot,
    activityId,
    sessionDate,
    personId,
    cancelledFlag: !!options.cancelled,
    modified: modified === null ? null : new Date(modified),
    inPrivateList: !!options.inPrivateList
  };
}

/** What the product's "Afmelden" leaves: SbCancelled set, one change (version 2), Modified = then. */
export function cancelledAt(when: string): RecordOptions {
  return { version: 2, cancelled: true, modified: when };
}

export function registrations(): ParticipationRecord[] {
  return [
    // A1 7 April (start 10:15 UTC): 3 places.
    rec(1, 9001, 101, '2026-04-07', '2026-04-01T08:00:00Z'),
    rec(2, 9002, 101, '2026-04-07', '2026-04-01T08:05:00Z'),
    rec(3, 9003, 101, '2026-04-07', '2026-04-02T09:00:00Z'),
    rec(4, 9004, 101, '2026-04-07', '2026-04-02T09:10:00Z'),
    rec(5, 9001, 101, '2026-04-07', '2026-04-02T09:10:01Z'), // 9001's double click
    // A1 14 April (start 10:15 UTC; 24 h before = 13 April 10:15 UTC).
    rec(10, 9001, 101, '2026-04-14', '2026-04-08T08:00:00Z', cancelledAt('2026-04-10T08:00:00Z')),
    rec(11, 9005, 101, '2026-04-14', '2026-04-08T09:00:00Z'),
    rec(12, 9006, 101, '2026-04-14', '2026-04-08T10:00:00Z', cancelledAt('2026-04-13T12:00:00Z')),
    rec(13, 9003, 101, '2026-04-14', '2026-04-09T08:00:00Z'),
    rec(14, 9007, 101, '2026-04-14', '2026-04-10T08:00:00Z'),
    rec(15, 9008, 101, '2026-04-14', '2026-04-14T10:30:00Z'), // after the start: late
    // A1 21 April: called off.
    rec(20, 9001, 101, '2026-04-21', '2026-04-15T08:00:00Z'),
    rec(21, 9002, 101, '2026-04-21', '2026-04-15T08:10:00Z'),
    rec(22, 9009, 101, '2026-04-21', '2026-04-15T08:20:00Z', cancelledAt('2026-04-15T09:00:00Z')),
    // A1 28 April.
    rec(30, 9001, 101, '2026-04-28', '2026-04-22T08:00:00Z'),
    rec(31, 9010, 101, '2026-04-28', '2026-04-22T08:10:00Z'),
    rec(32, 9011, 101, '2026-04-28', '2026-04-22T08:20:00Z'),
    rec(33, 9012, 101, '2026-04-28', '2026-04-22T08:30:00Z'),
    rec(34, 9013, 101, '2026-04-28', '2026-04-22T08:40:00Z'),
    // A1 5 May (outside April).
    rec(40, 9014, 101, '2026-05-05', '2026-04-29T08:00:00Z'),
    rec(41, 9001, 101, '2026-05-05', '2026-04-29T08:05:00Z'),
    // A2 (start 16 April 13:00 UTC; 24 h before = 15 April 13:00 UTC; deadline 15 April 22:00 UTC).
    rec(50, 9003, 102, null, '2026-04-01T10:00:00Z'),
    rec(51, 9004, 102, null, '2026-04-01T10:05:00Z'),
    rec(52, 9005, 102, null, '2026-04-01T10:10:00Z', cancelledAt('2026-04-16T01:00:00Z')),
    rec(53, 9006, 102, null, '2026-04-02T10:00:00Z'),
    rec(54, 9015, 102, null, '2026-04-03T10:00:00Z'),
    rec(55, 9016, 102, null, '2026-04-03T11:00:00Z'),
    rec(56, 9012, 102, null, '2026-04-04T10:00:00Z', cancelledAt('2026-04-05T10:00:00Z')),
    rec(57, 9012, 102, null, '2026-04-06T10:00:00Z'), // signed up again: a new item at the back
    rec(58, 9011, 102, null, '2026-04-16T00:00:00Z'), // after the deadline: late
    // A3 (start 20 April 16:00 UTC; 24 h before = 19 April 16:00 UTC).
    rec(60, 9001, 103, null, '2026-04-01T12:00:00Z'),
    rec(61, 9007, 103, null, '2026-04-01T12:10:00Z'),
    rec(62, 9008, 103, null, '2026-04-02T12:00:00Z'),
    rec(63, 9009, 103, null, '2026-04-02T12:10:00Z'),
    rec(64, 9010, 103, null, '2026-04-03T12:00:00Z', cancelledAt('2026-04-19T18:00:00Z')),
    // Cancelled, then changed again within the last 24 h: when it was cancelled is not known.
    rec(65, 9013, 103, null, '2026-04-03T12:10:00Z', { version: 3, cancelled: true, modified: '2026-04-19T20:00:00Z' }),
    // Changed twice, but all of it long before: on time for sure.
    rec(66, 9002, 103, null, '2026-04-03T12:20:00Z', { version: 3, cancelled: true, modified: '2026-04-04T12:00:00Z' }),
    // A4 (started in March).
    rec(70, 9014, 104, null, '2026-03-10T12:00:00Z'),
    rec(71, 9015, 104, null, '2026-03-10T12:10:00Z'),
    // A5, private list (its own Ids, overlapping the public ones).
    rec(1, 9003, 105, null, '2026-04-02T12:00:00Z', { inPrivateList: true }),
    rec(2, 9004, 105, null, '2026-04-02T12:10:00Z', { inPrivateList: true }),
    rec(3, 9011, 105, null, '2026-04-02T12:20:00Z', { ...cancelledAt('2026-04-10T12:00:00Z'), inPrivateList: true }),
    rec(4, 9016, 105, null, '2026-04-03T12:00:00Z', { inPrivateList: true }),
    // A5 in the public list (made before the activity was confirmed private): not its effective list.
    rec(80, 9012, 105, null, '2026-04-03T13:00:00Z'),
    // A6 (cancelled activity; start 10 April 05:30 UTC).
    rec(90, 9002, 106, null, '2026-04-01T06:00:00Z'),
    rec(91, 9012, 106, null, '2026-04-01T06:10:00Z'),
    rec(92, 9005, 106, null, '2026-04-01T06:20:00Z', cancelledAt('2026-04-03T06:00:00Z'))
  ];
}

/** As attendanceByDate returns them (the organiser's newest count per date). */
export const ATTENDANCE: { [attendanceKey: string]: number } = {
  '101|2026-04-07': 3,
  '101|2026-04-14': 2,
  '101|2026-04-21': 5, // a called-off date: ignored
  '101|2026-04-28': -1, // not a count: ignored
  '102|2026-04-16': 3,
  '103|2026-04-20': 4,
  '103|2026-04-27': 3,
  '104|2026-04-06': 2,
  '105|2026-04-23': 3
};

export function scenario(records: ParticipationRecord[] = registrations()): ParticipationInput {
  return { activities: ACTIVITIES, registrations: records, attendance: ATTENDANCE, directory: DIRECTORY };
}
