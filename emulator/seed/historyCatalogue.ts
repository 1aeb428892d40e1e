// What gemeente Maastricht's #SamenBeter programme offered in 2026 (1 January – 30 November),
// for the preview's history (issue 13: the Deelname dashboard needs a year to show). Pure data:
// which activities, on which dates, where, by whom, and how many people typically sign up per
// slot. historyPlan.ts turns it into sign-ups with the seeded PRNG.
//
// Organisers are deliberately NOT the personas the browser tests sign in as in the studio
// (Maud Schreurs): the public activities are Jérôme Ubachs' and Yasmina El Idrissi's. The
// coordinator (Lotte Vroemen, site owner) runs the workshops and the private sessions, as only
// a site owner can confirm a private activity (docs/signup-rules.md, "Private activities").

import { Pillar } from '../../src/core/types';
import { addDays, CalendarDate, parseIsoDate, toIsoDate, weekdayOf } from '../../src/core/time/calendarDate';
import { AMBASSADOR_EMAILS, COACH_EMAIL, OFFICES, SeedPerson } from './people';
import type { ActivityShapeSpec } from './content';

export type HistoryShape = ActivityShapeSpec['shape'];

/** An activity of the history: what today's seed has (content.ts), plus how people responded. */
export interface HistorySpec extends ActivityShapeSpec {
  /** Stable key of the activity in the plan (not stored). */
  key: string;
  /** Sign-up closes this many days before the first session at 12:00; null = at the start. */
  deadlineDaysBefore: number | null;
  organiser: string;
  /** Typical sign-ups per slot before seasonality and noise. */
  demand: number;
  /** Exactly this many sign-ups per slot (no seasonality, no noise). */
  exactSignUps?: number;
  /** No cancellations and no attendance count (the Malberg guarantee). */
  fixed?: boolean;
  /** How much more likely a person is to come (office or department nearby). */
  affinity?: (person: SeedPerson) => number;
  /** The whole activity called off this many days before its first session, with this reason. */
  cancelled?: { daysBefore: number; reason: string };
  /** One date called off by the organiser (SbCancelledDates), the day(s) before. */
  calledOff?: { date: string; daysBefore: number; reason: string };
}

/** The Malberg guarantee's location (see MALBERG_KEY). */
export const MALBERG_LOCATION = 'Wijkcentrum Malberg';
/** The only activity at Wijkcentrum Malberg in 2026. */
export const MALBERG_KEY = 'malberg-2026-05';

const [, JEROME, YASMINA] = AMBASSADOR_EMAILS;
const COACH = COACH_EMAIL;

/** Days the municipality is closed or that are public holidays in 2026: no drop-in dates then. */
const CLOSED_2026 = ['2026-01-01', '2026-02-16', '2026-02-17', '2026-04-03', '2026-04-06', '2026-04-27', '2026-05-14', '2026-05-15', '2026-05-25'];

function d(iso: string): CalendarDate {
  const parsed = parseIsoDate(iso);
  if (!parsed) {
    throw new RangeError(`Bad date in the history catalogue: ${iso}`);
  }
  return parsed;
}

/** Every `weekday` (0 = Sunday) from `from` to `to` (inclusive), skipping closed days. */
function weekly(from: string, to: string, weekday: number): CalendarDate[] {
  let date = d(from);
  while (weekdayOf(date.year, date.month, date.day) !== weekday) {
    date = addDays(date, 1);
  }
  const out: CalendarDate[] = [];
  for (; toIsoDate(date) <= to; date = addDays(date, 7)) {
    if (CLOSED_2026.indexOf(toIsoDate(date)) < 0) {
      out.push(date);
    }
  }
  return out;
}

const near = (offices: string[], factor: number) => (p: SeedPerson): number => (offices.indexOf(p.office) >= 0 ? factor : 1);
const inDepartment = (department: string) => (p: SeedPerson): number => (p.department === department ? 40 : 0.05);

const WALK_STADHUIS =
  '<p>Elke dinsdag een rondje van drie kwartier door de binnenstad en langs de Maas, in je werkkleding en op je eigen tempo.</p><ul><li>Meld je per dinsdag aan</li><li>Met gesprekskaartjes voor wie dat leuk vindt</li></ul>';
const WALK_MAAS = '<p>Elke donderdag lopen we vanaf het Mosae Forum een rondje langs de Maas. Meld je per donderdag aan.</p>';
const WALK_WERF = '<p>Een korte wandeling over en rond de werf in de lunchpauze, met collega\'s van Stadsbeheer en wie er verder zin in heeft.</p>';
const YOGA = '<p>Een half uur rustig bewegen en ademen op je bureaustoel, via Teams. Camera mag uit.</p>';
const BOOTCAMP = '<p>Een uur buiten trainen op het terrein van werf Zuid, met oefeningen voor elk niveau.</p>';
const STR = '<p>Van nul naar vijf kilometer in acht weken, met een trainer. Je meldt je één keer aan voor de hele reeks.</p>';
const PRIVATE_NOTE = '<p><strong>Besloten deelnemerslijst:</strong> collega\'s zien niet wie zich aanmeldt.</p>';

function dropIn(key: string, base: Omit<HistorySpec, 'key' | 'dates' | 'shape' | 'deadlineDaysBefore' | 'isPrivate'>, from: string, to: string, weekday: number, extra: Partial<HistorySpec> = {}): HistorySpec {
  return { ...base, key, shape: 'weeklyDropIn', dates: weekly(from, to, weekday), deadlineDaysBefore: null, isPrivate: false, ...extra };
}

function oneOff(key: string, date: string, spec: Omit<HistorySpec, 'key' | 'dates' | 'shape'>): HistorySpec {
  return { ...spec, key, shape: 'oneOff', dates: [d(date)] };
}

export function historyCatalogue(): HistorySpec[] {
  const stadhuisWalk = { title: 'Lunchwandeling vanaf het Stadhuis', descriptionHtml: WALK_STADHUIS, pillar: 'Samen' as Pillar, start: [12, 15] as [number, number], end: [13, 0] as [number, number], location: 'Stadhuis Markt, hoofdingang', online: false, capacity: 15, organiser: YASMINA, demand: 13, affinity: near([OFFICES.stadhuis], 2.5) };
  const maasWalk = { ...stadhuisWalk, title: 'Lunchwandeling langs de Maas', descriptionHtml: WALK_MAAS, location: 'Mosae Forum, hoofdingang; route langs de Maas', demand: 12, affinity: near([OFFICES.mosaeForum], 2.5) };
  const werfWalk = { ...stadhuisWalk, title: 'Lunchwandeling op de werf', descriptionHtml: WALK_WERF, start: [12, 0] as [number, number], end: [12, 45] as [number, number], location: 'Stadsbeheer werf Noord, kantine', capacity: 12, organiser: JEROME, demand: 8, affinity: near([OFFICES.werfNoord, OFFICES.werfZuid], 5) };
  const yoga = { title: 'Stoelyoga en mindfulness (online)', descriptionHtml: YOGA, pillar: 'Kracht' as Pillar, start: [12, 30] as [number, number], end: [13, 0] as [number, number], location: null, online: true, capacity: null, organiser: COACH, demand: 15, affinity: near([OFFICES.hybride], 2) };
  const bootcamp = { title: 'Bootcamp op werf Zuid', descriptionHtml: BOOTCAMP, pillar: 'Kracht' as Pillar, start: [16, 30] as [number, number], end: [17, 30] as [number, number], location: 'Stadsbeheer werf Zuid, kantine en terrein', online: false, capacity: 14, organiser: JEROME, demand: 11, affinity: near([OFFICES.werfZuid, OFFICES.werfNoord], 3) };
  const str = (key: string, first: string, demand: number): HistorySpec => ({
    key, title: `Start to Run voor beginners (${key.indexOf('spring') >= 0 ? 'voorjaar' : 'najaar'})`, descriptionHtml: STR, pillar: 'Samen', shape: 'programme',
    dates: weekly(first, '2026-12-31', 4).slice(0, 8), start: [17, 30], end: [18, 30], location: 'Mosae Forum, hoofdingang; route langs de Maas', online: false,
    capacity: 20, deadlineDaysBefore: 2, isPrivate: false, organiser: YASMINA, demand
  });
  const workshop = (title: string, pillar: Pillar, location: string | null, capacity: number, demand: number): Omit<HistorySpec, 'key' | 'dates' | 'shape'> => ({
    title, descriptionHtml: `<p>${title}: een middag met uitleg, oefeningen en ruimte voor vragen.</p>`, pillar, start: [14, 0], end: [15, 30], location, online: location === null || location.indexOf('Teams') >= 0,
    capacity, deadlineDaysBefore: 2, isPrivate: false, organiser: COACH, demand
  });
  const closed = (title: string, location: string, exact: number, affinity?: (p: SeedPerson) => number): Omit<HistorySpec, 'key' | 'dates' | 'shape'> => ({
    ...workshop(title, 'Kracht', location, 15, exact), descriptionHtml: `<p>${title}.</p>${PRIVATE_NOTE}`, isPrivate: true, exactSignUps: exact, affinity
  });

  return [
    // Weekly drop-ins: one series per quarter or season, as ambassadors publish them.
    dropIn('walk-stadhuis-q1', stadhuisWalk, '2026-01-06', '2026-03-31', 2, {
      calledOff: { date: '2026-01-27', daysBefore: 1, reason: 'Code oranje: storm boven Limburg. We lopen volgende week weer.' }
    }),
    dropIn('walk-stadhuis-q2', stadhuisWalk, '2026-04-07', '2026-06-30', 2),
    dropIn('walk-stadhuis-q3', stadhuisWalk, '2026-07-07', '2026-09-29', 2),
    dropIn('walk-stadhuis-q4', stadhuisWalk, '2026-10-06', '2026-11-24', 2),
    dropIn('walk-maas-h1', maasWalk, '2026-01-08', '2026-06-25', 4),
    dropIn('walk-maas-summer', { ...maasWalk, title: 'Zomerwandeling langs de Maas' }, '2026-07-02', '2026-08-27', 4),
    dropIn('walk-maas-h2', maasWalk, '2026-09-03', '2026-11-26', 4),
    dropIn('walk-werf-h1', werfWalk, '2026-01-07', '2026-06-24', 3),
    dropIn('walk-werf-h2', werfWalk, '2026-09-02', '2026-11-25', 3),
    dropIn('yoga-h1', yoga, '2026-01-07', '2026-06-24', 3),
    dropIn('yoga-summer', { ...yoga, title: 'Stoelyoga en mindfulness (online, zomer)' }, '2026-07-01', '2026-08-26', 3),
    dropIn('yoga-h2', yoga, '2026-09-02', '2026-11-25', 3),
    dropIn('bootcamp-spring', bootcamp, '2026-03-02', '2026-06-29', 1),
    dropIn('bootcamp-autumn', bootcamp, '2026-09-07', '2026-11-30', 1),
    // Programmes: one sign-up for all eight sessions; more interest than places.
    str('str-spring', '2026-03-19', 25),
    str('str-autumn', '2026-09-10', 23),
    // One-off events and workshops.
    oneOff('nieuwjaar', '2026-01-20', { ...workshop('Workshop Fit het nieuwe jaar in', 'Kracht', 'Mosae Forum, vergaderzaal 4.12 (ook via Teams)', 20, 19), start: [12, 0], end: [13, 0] }),
    oneOff('hartcoherentie', '2026-02-10', workshop('Workshop Hartcoherentie', 'Kracht', 'Mosae Forum, vergaderzaal 4.12 (ook via Teams)', 12, 14)),
    oneOff('massage-march', '2026-03-04', { ...workshop('Massagestoel op de werf', 'Kracht', 'Stadsbeheer werf Noord, kantine', 20, 18), start: [10, 0], end: [15, 0], deadlineDaysBefore: 1, organiser: JEROME, affinity: near([OFFICES.werfNoord, OFFICES.werfZuid], 3) }),
    oneOff('gezond-eten', '2026-03-12', { ...workshop('Workshop Gezond eten op het werk', 'Kracht', 'Stadhuis Markt, kleine vergaderzaal', 15, 13), start: [12, 0], end: [13, 0] }),
    oneOff('goede-gesprek', '2026-04-16', workshop('Workshop Het goede gesprek met je leidinggevende', 'Beter', 'Mosae Forum, vergaderzaal 2.03', 16, 12)),
    oneOff('ai-assistent', '2026-05-12', workshop('Workshop Slim werken met je digitale assistent', 'Beter', null, 30, 20)),
    // GUARANTEE (test/browser depends on it; test/data/seedHistory.test.ts checks it): this public
    // one-off at "Wijkcentrum Malberg" on 21 May 2026 (2026-Q2) has EXACTLY 3 active sign-ups (3
    // places, no cancellations, no waiting), and NO other activity or sign-up anywhere in 2026 is
    // at this location. Do not add Malberg elsewhere, and do not change its count.
    oneOff(MALBERG_KEY, '2026-05-21', {
      ...workshop('Wandeling en vitaliteitscheck in Malberg', 'Samen', MALBERG_LOCATION, 12, 3), start: [10, 0], end: [11, 30], online: false, organiser: JEROME, exactSignUps: 3, fixed: true
    }),
    oneOff('mooiste', '2026-06-14', { ...workshop('Maastrichts Mooiste: loop mee met het gemeenteteam', 'Samen', 'Start en finish op de Markt', 30, 26), start: [14, 0], end: [16, 0], deadlineDaysBefore: 3, organiser: YASMINA }),
    oneOff('suppen', '2026-07-09', {
      ...workshop('Suppen op de Maas', 'Samen', 'Watersportvereniging aan de Maasboulevard', 10, 6), start: [17, 0], end: [18, 30], online: false, organiser: JEROME,
      cancelled: { daysBefore: 3, reason: 'Te weinig aanmeldingen en onweer voorspeld. We proberen het volgend jaar opnieuw.' }
    }),
    oneOff('fietsgroep', '2026-09-17', { ...workshop('Fietsgroep: samen naar je werk', 'Samen', 'Verzamelen bij station Maastricht Randwyck, fietsenstalling', 25, 16), start: [7, 30], end: [8, 30], deadlineDaysBefore: 1, organiser: JEROME }),
    oneOff('loopbaan', '2026-10-06', workshop('Workshop Loopbaan: waar sta je over vijf jaar?', 'Beter', null, 25, 17)),
    oneOff('massage-october', '2026-10-14', { ...workshop('Massagestoel op de werf', 'Kracht', 'Stadsbeheer werf Noord, kantine', 20, 17), start: [10, 0], end: [15, 0], deadlineDaysBefore: 1, organiser: JEROME, affinity: near([OFFICES.werfNoord, OFFICES.werfZuid], 3) }),
    oneOff('werkstress', '2026-11-17', workshop('Workshop Werkstress herkennen', 'Kracht', 'Stadhuis Markt, kleine vergaderzaal', 15, 14)),
    // Private sessions (flagged and confirmed by the coordinator). Per quarter 0 or at least 5
    // sign-ups in total: Q1 8 + 6, Q2 none, Q3 9, Q4 5 + 7.
    oneOff('private-handhaving', '2026-02-24', closed('Teamsessie Veerkracht (besloten): team Handhaving', 'Stadhuis Markt, kleine vergaderzaal', 8, inDepartment('Veiligheid'))),
    oneOff('private-overgang-q1', '2026-03-24', { ...closed('Workshop Overgang en Werk', 'Mosae Forum, vergaderzaal 2.03', 6), start: [15, 0], end: [17, 0] }),
    oneOff('private-groen', '2026-09-22', { ...closed('Teamsessie Samen sterk (besloten): team Stadsbeheer', 'Stadsbeheer werf Noord, kantine', 9, inDepartment('Stadsbeheer')), start: [13, 30], end: [15, 30] }),
    oneOff('private-overgang-q4', '2026-10-15', { ...closed('Workshop Overgang en Werk', 'Mosae Forum, vergaderzaal 2.03', 5), start: [15, 0], end: [17, 0] }),
    oneOff('private-mantelzorg', '2026-11-10', { ...closed('Workshop Mantelzorg en Werk', 'Stadhuis Markt, kleine vergaderzaal', 7), start: [13, 30], end: [15, 30] })
  ];
}
