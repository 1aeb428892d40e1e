// Demo content for the local emulator, as SharePoint list item bodies keyed by the
// schema's internal field names (src/data/schema/lists.ts). Everything dated is
// computed from a reference instant `now`, so the demo always looks current:
// themes around the current ISO week, activities in the coming weeks, news from the
// last six weeks. Times are Amsterdam wall-clock times converted to UTC, so a 12:15
// lunch walk is 12:15 in Amsterdam in winter and in summer.
//
// Pure data and pure functions only: no I/O, no clock reads (`now` is always passed in).

import { NationalDay, NationalDayRule, Pillar, VITAL_THEMES, VitalTheme } from '../../src/core/types';
import { amsterdamDateOf, amsterdamDayBounds, currentIsoWeekInAmsterdam, fromAmsterdamWallTime } from '../../src/core/time/amsterdam';
import { easterSunday } from '../../src/core/calendar/holidays';
import { addDays, CalendarDate, dayNumber, parseIsoDate, toIsoDate, weekdayOf } from '../../src/core/time/calendarDate';
import { IsoWeek, isoWeekKey, mondayOfIsoWeek, nextIsoWeek, previousIsoWeek } from '../../src/core/time/isoWeek';
import { nationalDaysInRange, occurrencesInYear } from '../../src/core/calendar/nationalDays';
import { AMBASSADOR_EMAILS, COACH_EMAIL } from './people';
import { NationalDayBody, NATIONAL_DAY_TITLES, nationalDayDefaults } from '../../src/data/defaults/nationalDayDefaults';
import { toNationalDay as nationalDayFromItem } from '../../src/data/repositories/nationalDayMapping';

export type { NationalDayBody };

// ---------------------------------------------------------------------------
// Item body types (type aliases, not interfaces, so they fit Record<string, unknown>)
// ---------------------------------------------------------------------------

/** SharePoint's Url field value. */
export type SpUrl = { Url: string; Description: string };

export type WeeklyThemeBody = {
  Title: string;
  SbWeek: string;
  SbTheme: VitalTheme;
  SbPillar: Pillar;
  SbSummary: string;
  SbTip: string;
  SbImageUrl: SpUrl | null;
  SbLinkUrl: SpUrl | null;
};


export type ActivityBody = {
  Title: string;
  SbDescription: string;
  SbPillar: Pillar;
  SbShape: 'oneOff' | 'weeklyDropIn' | 'programme';
  SbStart: string;
  SbEnd: string;
  SbLastDate: string;
  SbSessionDates: string;
  SbLocation: string | null;
  /** Copied from the seeded location (studioLocations), as the studio does on publishing; null for a one-off place. */
  SbAddress: string | null;
  SbRouteUrl: string | null;
  SbIsOnline: boolean;
  SbCapacity: number | null;
  SbDeadline: string | null;
  SbIsPrivate: boolean;
  SbStatus: 'open' | 'cancelled';
  /** Not a list field: the seeder resolves it to SbOrganiserId. */
  organiserEmail: string;
  SbImageUrl: SpUrl | null;
};

/** A row of "SamenBeter Locaties": the places the studio offers. */
export type LocationBody = {
  Title: string;
  SbAddress: string;
  SbMapUrl: string | null;
  SbKind: 'onSite' | 'online';
  SbActive: boolean;
};

/** A demo news page: its text (HTML as the seed writes it), description, tags and planned time. */
export type NewsPostBody = {
  Title: string;
  SbBody: string;
  SbExcerpt: string;
  SbPillar: Pillar;
  SbTheme: VitalTheme | null;
  /** When it is (or was) published; in the future = scheduled. */
  PlannedFor: string;
  SbNationalDay: string | null;
  SbImageUrl: SpUrl | null;
};

// ---------------------------------------------------------------------------
// Small pure helpers
// ---------------------------------------------------------------------------

/** SharePoint's REST form of an instant: '2026-11-24T11:15:00Z' (UTC, no milliseconds). */
export function toSpDateTime(instant: Date): string {
  return instant.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** The instant at which Amsterdam's clock shows `hour:minute` on `date`, in SharePoint's form. */
export function amsterdamIso(date: CalendarDate, hour: number, minute: number): string {
  return toSpDateTime(fromAmsterdamWallTime(date.year, date.month, date.day, hour, minute));
}

/** The first date on or after `date` that falls on `weekday` (0 = Sunday .. 6 = Saturday). */
export function onOrAfterWeekday(date: CalendarDate, weekday: number): CalendarDate {
  return addDays(date, (weekday - weekdayOf(date.year, date.month, date.day) + 7) % 7);
}

/** The first date strictly after `date` that falls on `weekday`. */
export function nextWeekdayAfter(date: CalendarDate, weekday: number): CalendarDate {
  return onOrAfterWeekday(addDays(date, 1), weekday);
}

/** `count` dates, one week apart, starting at `first`. */
export function weeklyDates(first: CalendarDate, count: number): CalendarDate[] {
  const dates: CalendarDate[] = [];
  for (let i = 0; i < count; i++) {
    dates.push(addDays(first, 7 * i));
  }
  return dates;
}

/** The domain rule a national-day list item describes (missing numbers become NaN, which validation rejects). */
export function nationalDayRuleOf(body: NationalDayBody): NationalDayRule {
  return toNationalDay(body, 0).rule;
}

/** A national-day list item as the domain type, mapped as the product's repository maps it. */
export function toNationalDay(body: NationalDayBody, id: number): NationalDay {
  return nationalDayFromItem({ ...body, Id: id });
}

/** The first start date of the rule strictly after `after`, looking a few years ahead. */
function nextOccurrence(rule: NationalDayRule, after: CalendarDate): CalendarDate | null {
  for (let year = after.year; year <= after.year + 3; year++) {
    for (const iso of occurrencesInYear(rule, year)) {
      const date = parseIsoDate(iso);
      if (date && dayNumber(date) > dayNumber(after)) {
        return date;
      }
    }
  }
  return null;
}

/** Saturday moves to the Friday before, Sunday to the Monday after (workshops are on workdays). */
function nearestWorkday(date: CalendarDate): CalendarDate {
  const weekday = weekdayOf(date.year, date.month, date.day);
  return weekday === 6 ? addDays(date, -1) : weekday === 0 ? addDays(date, 1) : date;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}

// ---------------------------------------------------------------------------
// Weekly themes (365 Vitaal)
// ---------------------------------------------------------------------------

/** Weeks before the current ISO week where the planning starts. */
export const THEME_WEEKS_BEFORE = 8;
/** Number of consecutive ISO weeks the planning spans (including the gap). */
export const THEME_WEEK_SPAN = 21;
/** The one unplanned week, counted from the current week (a gap for the content calendar). */
export const THEME_GAP_WEEKS_AHEAD = 5;

interface ThemeCopy {
  title: string;
  pillar: Pillar;
  summary: string;
  tip: string;
  link: SpUrl | null;
}

const LINK_365: SpUrl = { Url: 'https://www.365vitaal.nl/', Description: 'Meer tips van 365 Vitaal' };
const LINK_VOEDING: SpUrl = { Url: 'https://www.voedingscentrum.nl/', Description: 'Voedingscentrum: gezond eten' };

const THEME_IMAGE_ALT: { [theme in VitalTheme]: string } = {
  fysiek: 'Illustratie bij fysieke gezondheid: heuvels en een pad',
  mentaal: 'Illustratie bij mentale gezondheid: rustige golven en een zon',
  voeding: 'Illustratie bij gezonde voeding: fruit op een schaal',
  werkomgeving: 'Illustratie bij de werkomgeving: een bureau met plant en raam',
  motivatie: 'Illustratie bij motivatie: trappen omhoog naar een vlag'
};

/** Three variants per theme, so the same theme reads differently in later rounds. */
const THEME_COPY: { [theme in VitalTheme]: ThemeCopy[] } = {
  fysiek: [
    {
      title: 'Sta vaker op',
      pillar: 'Kracht',
      summary: 'Lang stilzitten is slecht voor je rug en je energie. Wie vaker even opstaat, blijft fitter en scherper.',
      tip: 'Zet elk uur een herinnering in Outlook. Sta dan op, loop naar het raam of haal een glas water. Bel staand als het kan.',
      link: LINK_365
    },
    {
      title: 'Neem de trap',
      pillar: 'Kracht',
      summary: 'Een paar trappen per dag tellen op. Het is gratis beweging die in elke werkdag past.',
      tip: 'Neem deze week in het Stadhuis en het Mosae Forum steeds de trap tot drie verdiepingen. Tel aan het eind van de week hoeveel trappen je liep.',
      link: null
    },
    {
      title: 'Beweeg in je lunchpauze',
      pillar: 'Samen',
      summary: 'Een korte wandeling na de lunch helpt tegen de middagdip. Samen met collega\'s houd je het makkelijker vol.',
      tip: 'Loop op dinsdag mee met de lunchwandeling vanaf het Stadhuis, of maak zelf een rondje van een kwartier langs de Maas.',
      link: LINK_365
    }
  ],
  mentaal: [
    {
      title: 'Even pauze voor je hoofd',
      pillar: 'Kracht',
      summary: 'Je hoofd heeft net als je lijf rust nodig. Korte pauzes helpen je om je beter te concentreren.',
      tip: 'Adem drie keer per dag een minuut rustig: 4 tellen in, 6 tellen uit. Doe het bijvoorbeeld vlak voor een overleg.',
      link: LINK_365
    },
    {
      title: 'Praat erover',
      pillar: 'Beter',
      summary: 'Zit je iets dwars, op het werk of thuis? Erover praten lucht op. Je hoeft het niet alleen op te lossen.',
      tip: 'Vraag een collega deze week hoe het echt gaat, en luister. Wil je zelf praten? Plan een gesprek met je leidinggevende of de vitaliteitscoach.',
      link: null
    },
    {
      title: 'Digitale rust',
      pillar: 'Kracht',
      summary: 'Steeds een melding van Teams of mail maakt het moeilijk om je te concentreren. Een paar afspraken met jezelf helpen al.',
      tip: 'Zet je status een uur op \'Niet storen\' als je geconcentreerd werkt. Lees na werktijd geen werkmail.',
      link: LINK_365
    }
  ],
  voeding: [
    {
      title: 'Drink genoeg water',
      pillar: 'Kracht',
      summary: 'Ook een klein tekort aan vocht maakt je moe en minder scherp. Water is de beste dorstlesser.',
      tip: 'Zet een fles water op je bureau of in de bus en vul hem twee keer per dag. Een schijfje citroen of komkommer geeft smaak zonder suiker.',
      link: LINK_VOEDING
    },
    {
      title: 'Fruit op de werkplek',
      pillar: 'Kracht',
      summary: 'Een stuk fruit is een makkelijke en gezonde tussendoor. Op onze locaties staat daarom een fruitschaal.',
      tip: 'Pak om drie uur een appel of mandarijn in plaats van een koek. Werk je buiten? Neem een bakje fruit mee in je tas.',
      link: LINK_VOEDING
    },
    {
      title: 'Een gezonde lunch',
      pillar: 'Kracht',
      summary: 'Wat je tussen de middag eet, bepaalt hoe je je de rest van de dag voelt. Volkoren en groente geven langer energie.',
      tip: 'Kies volkorenbrood en leg er tomaat, komkommer of paprika bij. Eet niet achter je scherm, maar neem echt pauze.',
      link: LINK_VOEDING
    }
  ],
  werkomgeving: [
    {
      title: 'Stel je werkplek goed in',
      pillar: 'Kracht',
      summary: 'Een goed ingestelde stoel en scherm voorkomen klachten aan nek, schouders en rug. Op kantoor en thuis.',
      tip: 'Zet je scherm op armlengte, met de bovenrand op ooghoogte. Zet je voeten plat op de grond en laat je ellebogen een hoek van ongeveer 90 graden maken.',
      link: LINK_365
    },
    {
      title: 'Frisse lucht en daglicht',
      pillar: 'Kracht',
      summary: 'Frisse lucht en daglicht houden je alert. In een bedompte ruimte word je sneller moe.',
      tip: 'Zet na elk overleg even een raam open. Werk je thuis? Ga dan in de ochtend eerst een kwartier naar buiten.',
      link: null
    },
    {
      title: 'Gezond werken op de werf en op straat',
      pillar: 'Kracht',
      summary: 'Wie buiten werkt, heeft te maken met weer, tillen en lawaai. Goede gewoonten voorkomen klachten.',
      tip: 'Til met je benen en niet met je rug, en vraag hulp bij zware dingen. Draag gehoorbescherming bij lawaai en smeer je in als de zon schijnt.',
      link: LINK_365
    }
  ],
  motivatie: [
    {
      title: 'Wat geeft jou energie?',
      pillar: 'Beter',
      summary: 'Als je weet wat je energie geeft, kun je daar bewust meer van doen. Dat werkt beter dan een lange lijst voornemens.',
      tip: 'Schrijf elke werkdag op wanneer je de meeste energie had. Bespreek wat je ziet met je leidinggevende in het goede gesprek.',
      link: LINK_365
    },
    {
      title: 'Samen in beweging',
      pillar: 'Samen',
      summary: 'Samen sporten of wandelen is leuker en je houdt het langer vol. Je leert ook collega\'s van andere afdelingen kennen.',
      tip: 'Meld je aan voor een #SamenBeter-activiteit op Stella en neem een collega mee.',
      link: null
    },
    {
      title: 'Begin klein',
      pillar: 'Samen',
      summary: 'Grote veranderingen lukken zelden in één keer. Een klein doel dat je elke dag haalt, houdt je gemotiveerd.',
      tip: 'Kies één kleine gewoonte, bijvoorbeeld tien minuten wandelen na de lunch. Houd een week lang bij of het lukt, en vier het als het lukt.',
      link: LINK_365
    }
  ]
};

/** Weeks since the Monday 1970-01-05; the rotation is anchored to it, so a week keeps its theme whatever `now` is. */
function absoluteWeekIndex(week: IsoWeek): number {
  return Math.round((dayNumber(mondayOfIsoWeek(week.isoYear, week.isoWeek)) - 4) / 7);
}

/** The theme the rotation gives an ISO week (fysiek, mentaal, voeding, werkomgeving, motivatie, fysiek, …). */
export function rotationThemeOf(week: IsoWeek): VitalTheme {
  return VITAL_THEMES[absoluteWeekIndex(week) % VITAL_THEMES.length];
}

/** The ISO weeks the planning spans: THEME_WEEKS_BEFORE before the current week, THEME_WEEK_SPAN in all. */
export function themeWeekSpan(now: Date): IsoWeek[] {
  let week = currentIsoWeekInAmsterdam(now);
  for (let i = 0; i < THEME_WEEKS_BEFORE; i++) {
    week = previousIsoWeek(week);
  }
  const weeks: IsoWeek[] = [];
  for (let i = 0; i < THEME_WEEK_SPAN; i++) {
    weeks.push(week);
    week = nextIsoWeek(week);
  }
  return weeks;
}

export function weeklyThemes(now: Date): WeeklyThemeBody[] {
  const bodies: WeeklyThemeBody[] = [];
  themeWeekSpan(now).forEach((week, index) => {
    if (index === THEME_WEEKS_BEFORE + THEME_GAP_WEEKS_AHEAD) {
      return; // not planned yet: the content calendar shows this gap
    }
    const theme = rotationThemeOf(week);
    const variants = THEME_COPY[theme];
    const copy = variants[Math.floor(absoluteWeekIndex(week) / VITAL_THEMES.length) % variants.length];
    bodies.push({
      Title: copy.title,
      SbWeek: isoWeekKey(week.isoYear, week.isoWeek),
      SbTheme: theme,
      SbPillar: copy.pillar,
      SbSummary: copy.summary,
      SbTip: copy.tip,
      SbImageUrl: { Url: '/assets/themes/' + theme + '.svg', Description: THEME_IMAGE_ALT[theme] },
      SbLinkUrl: copy.link ? { Url: copy.link.Url, Description: copy.link.Description } : null
    });
  });
  return bodies;
}

// ---------------------------------------------------------------------------
// National days
// ---------------------------------------------------------------------------
// Written without internet access: rules come from general knowledge and are marked
// 'aanname' wherever the organiser's own announcement could not be checked.

export { NATIONAL_DAY_TITLES };
export const nationalDays = nationalDayDefaults;

function nationalDayByTitle(title: string): NationalDayBody {
  const found = nationalDays().find((d) => d.Title === title);
  if (!found) {
    throw new Error('Seed national day missing: ' + title);
  }
  return found;
}

/** The next active national day that starts after Amsterdam's today (within 400 days). */
export function nextNationalDay(now: Date): { body: NationalDayBody; date: CalendarDate } | null {
  const bodies = nationalDays();
  const days = bodies.map((b, i) => toNationalDay(b, i + 1));
  const today = amsterdamDateOf(now);
  const occurrences = nationalDaysInRange(days, toIsoDate(addDays(today, 1)), toIsoDate(addDays(today, 400)));
  for (const occurrence of occurrences) {
    const start = parseIsoDate(occurrence.start);
    // In range but begun before tomorrow (a multi-day week already running) does not count.
    if (start && dayNumber(start) > dayNumber(today)) {
      return { body: bodies[occurrence.day.id - 1], date: start };
    }
  }
  return null;
}

// ---------------------------------------------------------------------------
// Locations ("SamenBeter Locaties", kept by the owners)
// ---------------------------------------------------------------------------

/** An OpenStreetMap search for an address: a map and route link without an API key. */
export function openStreetMapSearch(query: string): string {
  return 'https://www.openstreetmap.org/search?query=' + encodeURIComponent(query);
}

const STADHUIS = 'Markt 78, 6211 CK Maastricht';
const MOSAE_FORUM = 'Mosae Forum 10, 6211 DW Maastricht';

/**
 * The seven places the studio offered in code before the list existed. The city hall and the
 * Mosae Forum have their real addresses; the depot's is made up and says so (no map link then).
 */
export function studioLocations(): LocationBody[] {
  const place = (Title: string, address: string, mapQuery: string | null): LocationBody => ({
    Title,
    SbAddress: address,
    SbMapUrl: mapQuery ? openStreetMapSearch(mapQuery) : null,
    SbKind: 'onSite',
    SbActive: true
  });
  return [
    place('Stadhuis Markt, hoofdingang', STADHUIS, STADHUIS),
    place('Stadhuis Markt, kleine vergaderzaal', STADHUIS, STADHUIS),
    place('Mosae Forum, hoofdingang; route langs de Maas', MOSAE_FORUM, MOSAE_FORUM),
    place('Mosae Forum, vergaderzaal 2.03', MOSAE_FORUM, MOSAE_FORUM),
    place('Mosae Forum, vergaderzaal 4.12 (ook via Teams)', MOSAE_FORUM, MOSAE_FORUM),
    place('Stadsbeheer werf Noord, kantine', 'Voorbeeldadres (geen echt adres): Werfstraat 1, Maastricht', null),
    place('Start en finish op de Markt', 'Markt, 6211 CK Maastricht', 'Markt, Maastricht')
  ];
}

// ---------------------------------------------------------------------------
// Activities
// ---------------------------------------------------------------------------

interface ActivitySpec {
  title: string;
  descriptionHtml: string;
  pillar: Pillar;
  shape: ActivityBody['SbShape'];
  dates: CalendarDate[];
  start: [number, number];
  end: [number, number];
  location: string | null;
  online: boolean;
  capacity: number | null;
  /** Amsterdam wall time of the sign-up deadline; null = until the (first) session starts. */
  deadline: { date: CalendarDate; hour: number; minute: number } | null;
  isPrivate: boolean;
  status: ActivityBody['SbStatus'];
  organiserEmail: string;
}

/** What a seeded activity is made of, now and in the history (history.ts). */
export type ActivityShapeSpec = Pick<ActivitySpec, 'title' | 'descriptionHtml' | 'pillar' | 'shape' | 'dates' | 'start' | 'end' | 'location' | 'online' | 'capacity' | 'isPrivate'>;

/** The list fields of a seeded activity, times in Amsterdam; organiser, deadline and status are the caller's. */
export function activityFields(spec: ActivityShapeSpec): Omit<ActivityBody, 'organiserEmail' | 'SbDeadline' | 'SbStatus'> {
  // A place from the list brings its address and route along; a one-off place has neither.
  const listed = spec.location ? studioLocations().filter((l) => l.Title === spec.location)[0] : undefined;
  const starts = spec.dates.map((d) => amsterdamIso(d, spec.start[0], spec.start[1]));
  const first = spec.dates[0];
  // An end at or before the start means the session runs past midnight.
  const endsNextDay = spec.end[0] * 60 + spec.end[1] <= spec.start[0] * 60 + spec.start[1];
  const firstEndDate = endsNextDay ? addDays(first, 1) : first;
  return {
    Title: spec.title,
    SbDescription: spec.descriptionHtml,
    SbPillar: spec.pillar,
    SbShape: spec.shape,
    SbStart: starts[0],
    SbEnd: amsterdamIso(firstEndDate, spec.end[0], spec.end[1]),
    SbLastDate: starts[starts.length - 1],
    SbSessionDates: JSON.stringify(starts),
    SbLocation: spec.location,
    SbAddress: listed ? listed.SbAddress : null,
    SbRouteUrl: listed ? listed.SbMapUrl : null,
    SbIsOnline: spec.online,
    SbCapacity: spec.capacity,
    SbIsPrivate: spec.isPrivate,
    SbImageUrl: null
  };
}

function activity(spec: ActivitySpec): ActivityBody {
  return {
    ...activityFields(spec),
    SbDeadline: spec.deadline ? amsterdamIso(spec.deadline.date, spec.deadline.hour, spec.deadline.minute) : null,
    SbStatus: spec.status,
    organiserEmail: spec.organiserEmail
  };
}

const PRIVATE_NOTE =
  '<p><strong>Besloten deelnemerslijst:</strong> collega\'s zien niet wie zich aanmeldt. Alleen de organisator en P&amp;O zien de namen.</p>';

/** Maastrichts Mooiste is run on the second Sunday of June (9 June 2024 in the plan). */
function nextMaastrichtsMooiste(today: CalendarDate): CalendarDate {
  // The upcoming edition whose sign-up (closing four weeks before) is still open.
  const rule: NationalDayRule = { kind: 'nthWeekday', month: 6, weekday: 0, n: 2 };
  const date = nextOccurrence(rule, addDays(today, 35));
  if (!date) {
    throw new Error('No Maastrichts Mooiste date found');
  }
  return date;
}

export function activities(now: Date): ActivityBody[] {
  const today = amsterdamDateOf(now);
  const [maud, jerome, yasmina] = AMBASSADOR_EMAILS;
  const coach = COACH_EMAIL;

  // Lunch walk: the next 8 Tuesdays.
  const lunchWalkDates = weeklyDates(nextWeekdayAfter(today, 2), 8);

  // Start to Run: 8 Thursdays, starting at least 10 days from now so sign-up is still open.
  const startToRunFirst = onOrAfterWeekday(addDays(today, 10), 4);

  // Bike group: on the next Fiets naar je Werk Dag.
  const bikeDay = nextOccurrence(nationalDayRuleOf(nationalDayByTitle(NATIONAL_DAY_TITLES.fietsNaarJeWerk)), addDays(today, 1));

  // Mantelzorg workshop: on Dag van de Mantelzorg (this year if still ahead, else next year), on a workday.
  const mantelzorgDay = nextOccurrence(nationalDayRuleOf(nationalDayByTitle(NATIONAL_DAY_TITLES.mantelzorg)), addDays(today, 1));

  if (!bikeDay || !mantelzorgDay) {
    throw new Error('Seed national-day rules yield no next date');
  }
  const mantelzorgWorkshop = nearestWorkday(mantelzorgDay);

  const hartcoherentie = onOrAfterWeekday(addDays(today, 18), 2);
  const overgang = onOrAfterWeekday(addDays(today, 24), 4);
  const massage = onOrAfterWeekday(addDays(today, 7), 3);
  const cancelledBootcamp = onOrAfterWeekday(addDays(today, 9), 5);
  const mooiste = nextMaastrichtsMooiste(today);
  // A programme that is over: four Mondays, the last one about six weeks ago.
  const boostFirst = onOrAfterWeekday(addDays(today, -70), 1);

  return [
    activity({
      title: 'Lunchwandeling vanaf het Stadhuis',
      descriptionHtml:
        '<p>Elke dinsdag lopen we samen een rondje van drie kwartier door de binnenstad en langs de Maas. Gewoon in je werkkleding, op je eigen tempo.</p>' +
        '<ul><li>Verzamelen bij de hoofdingang van het Stadhuis aan de Markt</li><li>Meld je per dinsdag aan, dan weten we met hoeveel we zijn</li><li>Met gesprekskaartjes voor wie dat leuk vindt</li></ul>',
      pillar: 'Samen',
      shape: 'weeklyDropIn',
      dates: lunchWalkDates,
      start: [12, 15],
      end: [13, 0],
      location: 'Stadhuis Markt, hoofdingang',
      online: false,
      capacity: 15,
      deadline: null,
      isPrivate: false,
      status: 'open',
      organiserEmail: maud
    }),
    activity({
      title: 'Start to Run voor beginners',
      descriptionHtml:
        '<p>Van nul naar vijf kilometer hardlopen in acht weken, samen met collega\'s en onder begeleiding van een trainer.</p>' +
        '<ul><li>Acht donderdagen, steeds van 17:30 tot 18:30</li><li>Je meldt je één keer aan voor de hele reeks</li><li>Geen ervaring nodig; wel goede schoenen</li></ul>' +
        '<p><strong>Let op:</strong> aanmelden kan tot twee dagen voor de eerste training.</p>',
      pillar: 'Samen',
      shape: 'programme',
      dates: weeklyDates(startToRunFirst, 8),
      start: [17, 30],
      end: [18, 30],
      location: 'Mosae Forum, hoofdingang; route langs de Maas',
      online: false,
      capacity: 20,
      deadline: { date: addDays(startToRunFirst, -2), hour: 12, minute: 0 },
      isPrivate: false,
      status: 'open',
      organiserEmail: yasmina
    }),
    activity({
      title: 'Fietsgroep: samen naar je werk',
      descriptionHtml:
        '<p>Op Fiets naar je Werk Dag fietsen we in een groep langs de Maas naar het Mosae Forum en het Stadhuis. Daar staat koffie met iets gezonds klaar.</p>' +
        '<ul><li>Verzamelen om 07:30, we vertrekken om 07:45</li><li>Rustig tempo, ook met een gewone fiets</li></ul>',
      pillar: 'Samen',
      shape: 'oneOff',
      dates: [bikeDay],
      start: [7, 30],
      end: [8, 30],
      location: 'Verzamelen bij station Maastricht Randwyck, fietsenstalling',
      online: false,
      capacity: 25,
      deadline: { date: addDays(bikeDay, -1), hour: 17, minute: 0 },
      isPrivate: false,
      status: 'open',
      organiserEmail: jerome
    }),
    activity({
      title: 'Stoelyoga en mindfulness (online)',
      descriptionHtml:
        '<p>Een half uur rustig bewegen en ademen, gewoon op je bureaustoel. Thuis of op kantoor, via Teams.</p>' +
        '<ul><li>Elke woensdag van 12:30 tot 13:00</li><li>Camera mag uit</li><li>Geen ervaring nodig</li></ul>',
      pillar: 'Kracht',
      shape: 'weeklyDropIn',
      dates: weeklyDates(nextWeekdayAfter(today, 3), 10),
      start: [12, 30],
      end: [13, 0],
      location: null,
      online: true,
      capacity: null,
      deadline: null,
      isPrivate: false,
      status: 'open',
      organiserEmail: coach
    }),
    activity({
      title: 'Workshop Hartcoherentie',
      descriptionHtml:
        '<p>Leer een eenvoudige ademhalingsoefening die je helpt om rustig te blijven bij drukte en spanning. Je kunt hem daarna overal doen.</p>' +
        '<p>Je doet mee in het Mosae Forum of via Teams.</p>',
      pillar: 'Kracht',
      shape: 'oneOff',
      dates: [hartcoherentie],
      start: [14, 0],
      end: [15, 30],
      location: 'Mosae Forum, vergaderzaal 4.12 (ook via Teams)',
      online: true,
      capacity: 12,
      deadline: { date: addDays(hartcoherentie, -2), hour: 12, minute: 0 },
      isPrivate: false,
      status: 'open',
      organiserEmail: coach
    }),
    activity({
      title: 'Workshop Mantelzorg en Werk',
      descriptionHtml:
        '<p>Zorg je naast je werk voor een partner, ouder, kind of vriend? In deze workshop hoor je welke regelingen er zijn en hoe je werk en zorg beter combineert.</p>' +
        '<ul><li>Verlof en flexibel werken bij de gemeente</li><li>Hoe bespreek je het met je leidinggevende?</li><li>Ervaringen uitwisselen met collega\'s</li></ul>' +
        PRIVATE_NOTE,
      pillar: 'Kracht',
      shape: 'oneOff',
      dates: [mantelzorgWorkshop],
      start: [13, 30],
      end: [15, 30],
      location: 'Stadhuis Markt, kleine vergaderzaal',
      online: false,
      capacity: 15,
      deadline: { date: addDays(mantelzorgWorkshop, -3), hour: 12, minute: 0 },
      isPrivate: true,
      status: 'open',
      organiserEmail: coach
    }),
    activity({
      title: 'Workshop Overgang en Werk',
      descriptionHtml:
        '<p>Over de overgang wordt op het werk weinig gepraat. In deze workshop krijg je uitleg en praktische tips, en ruimte voor vragen.</p>' +
        '<ul><li>Wat is de overgang en wat merk je ervan op het werk?</li><li>Wat kun je zelf doen, en wat kan je leidinggevende doen?</li></ul>' +
        PRIVATE_NOTE,
      pillar: 'Kracht',
      shape: 'oneOff',
      dates: [overgang],
      start: [15, 0],
      end: [17, 0],
      location: 'Mosae Forum, vergaderzaal 2.03',
      online: false,
      capacity: 12,
      deadline: { date: addDays(overgang, -3), hour: 12, minute: 0 },
      isPrivate: true,
      status: 'open',
      organiserEmail: coach
    }),
    activity({
      title: 'Massagestoel op de werf',
      descriptionHtml:
        '<p>Een dag lang staat er een massagestoel in de kantine van werf Noord. Schuif aan voor een stoelmassage van een kwartier op nek, schouders en rug.</p>' +
        '<p>Na aanmelding krijg je een tijd van een kwartier tussen 10:00 en 15:00.</p>',
      pillar: 'Kracht',
      shape: 'oneOff',
      dates: [massage],
      start: [10, 0],
      end: [15, 0],
      location: 'Stadsbeheer werf Noord, kantine',
      online: false,
      capacity: 20,
      deadline: { date: addDays(massage, -1), hour: 16, minute: 0 },
      isPrivate: false,
      status: 'open',
      organiserEmail: jerome
    }),
    activity({
      title: 'Maastrichts Mooiste: loop mee met het gemeenteteam',
      descriptionHtml:
        '<p>Loop met collega\'s mee in Maastrichts Mooiste, als #SamenBeter-team. Wandelen of hardlopen: er is een afstand voor iedereen.</p>' +
        '<p>Na aanmelding hoor je hoe de inschrijving voor je afstand verloopt en hoe laat ons startvak vertrekt.</p>',
      pillar: 'Samen',
      shape: 'oneOff',
      dates: [mooiste],
      start: [14, 0],
      end: [16, 0],
      location: 'Start en finish op de Markt',
      online: false,
      capacity: 30,
      deadline: { date: addDays(mooiste, -28), hour: 23, minute: 59 },
      isPrivate: false,
      status: 'open',
      organiserEmail: maud
    }),
    activity({
      title: 'Bootcamp in het Stadspark',
      descriptionHtml:
        '<p><strong>Geannuleerd:</strong> er waren te weinig aanmeldingen. We plannen in het voorjaar een nieuwe datum.</p>' +
        '<p>Een uur buiten trainen met oefeningen voor elk niveau.</p>',
      pillar: 'Samen',
      shape: 'oneOff',
      dates: [cancelledBootcamp],
      start: [16, 30],
      end: [17, 30],
      location: 'Stadspark Maastricht, verzamelen bij de hoofdingang',
      online: false,
      capacity: 16,
      deadline: { date: addDays(cancelledBootcamp, -1), hour: 12, minute: 0 },
      isPrivate: false,
      status: 'cancelled',
      organiserEmail: yasmina
    }),
    activity({
      title: 'Boost vitaliteit: vier weken samen bewegen',
      descriptionHtml:
        '<p>Vier maandagen na het werk samen bewegen op de werf: kracht, balans en wandelen.</p>' +
        '<ul><li>Eén aanmelding voor alle vier de keren</li></ul>',
      pillar: 'Samen',
      shape: 'programme',
      dates: weeklyDates(boostFirst, 4),
      start: [16, 30],
      end: [17, 30],
      location: 'Stadsbeheer werf Zuid, kantine en terrein',
      online: false,
      capacity: 16,
      deadline: { date: addDays(boostFirst, -2), hour: 12, minute: 0 },
      isPrivate: false,
      status: 'open',
      organiserEmail: coach
    })
  ];
}

// ---------------------------------------------------------------------------
// News
// ---------------------------------------------------------------------------

/** 08:30 Amsterdam time, `daysAgo` days before Amsterdam's today. */
function morningDaysAgo(today: CalendarDate, daysAgo: number, hour: number = 8, minute: number = 30): string {
  return amsterdamIso(addDays(today, -daysAgo), hour, minute);
}

export function newsPosts(now: Date): NewsPostBody[] {
  const today = amsterdamDateOf(now);
  const national = nextNationalDay(now);

  const posts: NewsPostBody[] = [
    {
      Title: 'A&O-fonds steunt #SamenBeter met € 25.000',
      SbBody:
        '<p>Het A&amp;O-fonds Gemeenten heeft in 2024 <strong>€ 25.000</strong> subsidie toegekend aan #SamenBeter. Het geld gaat naar #SamenBeter-activiteiten, zoals workshops en beweeggroepen.</p>' +
        '<p>We houden bij hoeveel collega\'s meedoen, zonder namen: zo laten we het fonds en het management zien wat het oplevert. Meten is weten.</p>',
      SbExcerpt: 'Het A&O-fonds Gemeenten kende #SamenBeter € 25.000 subsidie toe. Waar gaat het geld naartoe?',
      SbPillar: 'Samen',
      SbTheme: null,
      PlannedFor: morningDaysAgo(today, 40),
      SbNationalDay: null,
      SbImageUrl: null
    },
    {
      Title: 'Lunchwandeling: elke dinsdag een frisse neus',
      SbBody:
        '<p>De lunchwandeling is een succes. Elke dinsdag om 12:15 vertrekt een groep collega\'s vanaf het Stadhuis voor een rondje van drie kwartier.</p>' +
        '<p>"Je komt collega\'s tegen die je anders nooit spreekt," zegt ambassadeur Maud Schreurs. Meld je per dinsdag aan via de activiteitenlijst.</p>',
      SbExcerpt: 'Elke dinsdag om 12:15 wandelen collega\'s samen vanaf het Stadhuis. Loop je ook een keer mee?',
      SbPillar: 'Samen',
      SbTheme: 'fysiek',
      PlannedFor: morningDaysAgo(today, 33),
      SbNationalDay: null,
      SbImageUrl: null
    },
    {
      Title: 'Fruit op de werkplek',
      SbBody:
        '<p>Op het Stadhuis, in het Mosae Forum en op beide werven staat voortaan elke dag een schaal met vers fruit. Pak gerust een appel, peer of mandarijn.</p>' +
        '<p>Een gezonde tussendoor helpt tegen de middagdip. Meer tips over gezond eten lees je bij het thema van de week.</p>',
      SbExcerpt: 'Op alle locaties staat voortaan elke dag vers fruit klaar. Pak gerust een stuk!',
      SbPillar: 'Kracht',
      SbTheme: 'voeding',
      PlannedFor: morningDaysAgo(today, 26),
      SbNationalDay: null,
      SbImageUrl: null
    },
    {
      Title: 'Het goede gesprek: praat met je leidinggevende over je vitaliteit',
      SbBody:
        '<p>Hoe gaat het met je werk, je energie en je ontwikkeling? Daarover ga je in gesprek met je leidinggevende, ook als het even minder gaat.</p>' +
        '<p>Een nieuwe <strong>gesprekskaart vitaliteit</strong> helpt jullie daarbij. De kaart geeft vragen, geen antwoorden: jij bepaalt wat je deelt.</p>',
      SbExcerpt: 'Met de nieuwe gesprekskaart vitaliteit praat je met je leidinggevende over energie, werk en ontwikkeling.',
      SbPillar: 'Beter',
      SbTheme: 'motivatie',
      PlannedFor: morningDaysAgo(today, 19),
      SbNationalDay: null,
      SbImageUrl: null
    },
    {
      Title: 'Werkstress: maak het bespreekbaar',
      SbBody:
        '<p>Iedereen heeft weleens een drukke periode. Maar als de spanning blijft, is het tijd om er iets mee te doen.</p>' +
        '<ul><li>Let op signalen: slecht slapen, prikkelbaar zijn, moeilijk kunnen ontspannen</li><li>Bespreek werkdruk in je team en met je leidinggevende</li><li>Doe mee met de workshop Hartcoherentie</li></ul>',
      SbExcerpt: 'Blijft de spanning hangen? Herken de signalen van werkstress en bespreek het op tijd, in je team en met je leidinggevende.',
      SbPillar: 'Kracht',
      SbTheme: 'mentaal',
      PlannedFor: morningDaysAgo(today, 11),
      SbNationalDay: null,
      SbImageUrl: null
    },
    {
      Title: 'Aanmelden voor Start to Run is open',
      SbBody:
        '<p>Altijd al willen hardlopen, maar nooit begonnen? In acht weken loop je samen met collega\'s vijf kilometer, onder begeleiding van een trainer.</p>' +
        '<p>We trainen op donderdag na het werk. Aanmelden kan via de activiteitenlijst; er zijn twintig plaatsen.</p>',
      SbExcerpt: 'Van nul naar vijf kilometer in acht weken, samen met collega\'s. Er zijn twintig plaatsen.',
      SbPillar: 'Samen',
      SbTheme: 'fysiek',
      PlannedFor: morningDaysAgo(today, 4),
      SbNationalDay: null,
      SbImageUrl: null
    },
    {
      Title: 'Mantelzorg en werk: je staat er niet alleen voor',
      SbBody:
        '<p>Veel collega\'s zorgen naast hun werk voor een partner, ouder of kind. Dat vraagt veel. Er zijn regelingen die helpen, zoals zorgverlof en flexibel werken.</p>' +
        '<p>Praat erover met je leidinggevende of met de vitaliteitscoach. De workshop Mantelzorg en Werk heeft een besloten deelnemerslijst.</p>',
      SbExcerpt: 'Zorg je naast je werk voor een naaste? Lees welke regelingen er zijn en waar je terechtkunt.',
      SbPillar: 'Kracht',
      SbTheme: null,
      PlannedFor: amsterdamIso(addDays(today, 2), 8, 0),
      SbNationalDay: null,
      SbImageUrl: null
    },
    {
      Title: 'Zomerroute lunchwandeling',
      SbBody:
        '<p>Deze zomer lopen we op dinsdag de lange route over de Sint-Pietersberg. Neem water mee en draag stevige schoenen.</p>',
      SbExcerpt: 'In de zomer loopt de lunchwandeling de lange route over de Sint-Pietersberg.',
      SbPillar: 'Samen',
      SbTheme: 'fysiek',
      PlannedFor: morningDaysAgo(today, 70),
      SbNationalDay: null,
      SbImageUrl: null
    }
  ];

  if (national) {
    const title = national.body.Title;
    const isWeek = national.body.SbDurationDays > 1;
    posts.push({
      Title: (isWeek ? 'Deze week: ' : 'Vandaag: ') + title,
      SbBody:
        '<p>' + escapeHtml(national.body.SbDescription) + '</p>' +
        '<p>Kijk op Stella welke #SamenBeter-activiteiten er rond deze ' + (isWeek ? 'week' : 'dag') + ' zijn.</p>',
      SbExcerpt: ((isWeek ? 'Vandaag begint de ' : 'Vandaag is het ') + title + '. ' + national.body.SbDescription).slice(0, 255),
      SbPillar: national.body.SbPillar,
      SbTheme: null,
      PlannedFor: amsterdamIso(national.date, 7, 0),
      SbNationalDay: title,
      SbImageUrl: null
    });
  }
  // Posts about a 365 Vitaal theme get the theme's illustration (served by the preview).
  return posts.map((post) =>
    post.SbTheme && !post.SbImageUrl ? { ...post, SbImageUrl: { Url: '/assets/themes/' + post.SbTheme + '.svg', Description: THEME_IMAGE_ALT[post.SbTheme] } } : post
  );
}

/**
 * Concepts Communications is still working on: minor versions of news pages that draft item
 * security keeps from employees (also over REST) until someone publishes them.
 */
export function draftNewsPosts(now: Date): NewsPostBody[] {
  const today = amsterdamDateOf(now);
  return [
    {
      Title: 'Concept: fietsgroep zoekt nieuwe leden',
      SbBody: '<p>De fietsgroep rijdt elke eerste zaterdag van de maand. Nog aanvullen: route en vertrekpunt.</p>',
      SbExcerpt: 'De fietsgroep zoekt nieuwe leden. (concept)',
      SbPillar: 'Samen',
      SbTheme: 'fysiek',
      PlannedFor: amsterdamIso(addDays(today, 9), 9, 0),
      SbNationalDay: null,
      SbImageUrl: null
    }
  ];
}

// ---------------------------------------------------------------------------
// The municipality's own closing days ("SamenBeter Sluitingsdagen")
// ---------------------------------------------------------------------------

export type ClosingDayBody = {
  Title: string;
  /** Date-only: the instant the Amsterdam day starts, as SharePoint's own form stores it. */
  SbDate: string;
  SbNote: string | null;
};

/**
 * Maastricht's own closing days from today through the next ~13 months, computed from Easter
 * (core/calendar/holidays) so the demo always has some ahead: carnival Monday and Tuesday
 * (Easter − 48 and − 47 days; the Monday and Tuesday before Ash Wednesday, Easter − 46) and
 * the Friday after Ascension (Easter + 40). E.g. 2027 (Easter 28 March): 8 and 9 February and
 * 7 May. Public holidays are not listed: the app computes those.
 */
export function closingDays(now: Date): ClosingDayBody[] {
  const today = amsterdamDateOf(now);
  const last = dayNumber(addDays(today, 400));
  const bodies: ClosingDayBody[] = [];
  for (let year = today.year; year <= today.year + 1; year++) {
    const easter = easterSunday(year);
    const days: Array<{ date: CalendarDate; name: string; note: string }> = [
      { date: addDays(easter, -48), name: 'Carnavalsmaandag', note: 'Alle locaties dicht, ook de werven.' },
      { date: addDays(easter, -47), name: 'Carnavalsdinsdag', note: 'Alle locaties dicht, ook de werven.' },
      { date: addDays(easter, 40), name: 'Vrijdag na Hemelvaart', note: 'Brugdag: stadhuis en Stadswinkel dicht.' }
    ];
    for (const day of days) {
      if (dayNumber(day.date) >= dayNumber(today) && dayNumber(day.date) <= last) {
        bodies.push({ Title: day.name, SbDate: toSpDateTime(amsterdamDayBounds(day.date).start), SbNote: day.note });
      }
    }
  }
  return bodies;
}
