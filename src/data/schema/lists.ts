import { FieldDef, GroupDef, ListDef, SchemaDef, SitePagesDef } from './schemaTypes';
import { LIST_TITLES } from './listTitles';
import { attendance, participationFigures } from './participationLists';

// Version 1: the foundation. Version 2: sign-ups (meeting link, private registrations).
// Version 3: published counts of private activities (and a news list with item scheduling,
// which SharePoint lists do not have: never released, dropped in version 4).
// Version 4: news as SharePoint news pages in Site Pages (our columns, draft item security,
// page scheduling). Version 5: the reason an organiser gives when calling an activity off.
// Version 6: called-off dates and the last change on activities; the municipality's closing days.
// Version 7: the locations owners maintain, and their address and route link on activities.
// Version 8: attendance and the stored participation figures (participationLists.ts).
// Bump SCHEMA_VERSION when a release adds lists, fields or indexes; give new definitions
// `since: <new version>` so provisioning upgrades existing sites in place.
export const SCHEMA_VERSION = 8;

const PILLARS = ['Kracht', 'Samen', 'Beter'] as const;
const THEMES = ['fysiek', 'mentaal', 'voeding', 'werkomgeving', 'motivatie'] as const;

export const GROUPS: readonly GroupDef[] = [
  {
    key: 'ambassadors',
    title: 'SamenBeter Ambassadeurs',
    description: '#SamenBeter-ambassadeurs: mogen activiteiten plaatsen en hun eigen activiteiten beheren.'
  },
  {
    key: 'communications',
    title: 'SamenBeter Communicatie',
    description: 'Afdeling Communicatie: plant nieuws, weekthema\'s en nationale dagen.'
  }
];

const pillarField = (since: number, required: boolean): FieldDef => ({
  name: 'SbPillar',
  title: 'Pijler',
  kind: 'Choice',
  choices: PILLARS,
  required,
  indexed: true,
  description: 'Pijler van #SamenBeter: Kracht, Samen of Beter.',
  since
});

const activities: ListDef = {
  key: 'activities',
  title: LIST_TITLES.activities,
  description: 'Activiteiten van #SamenBeter waarvoor medewerkers zich kunnen aanmelden.',
  titleFieldTitle: 'Titel',
  readSecurity: 1,
  writeSecurity: 2,
  grants: [
    { principal: 'everyone', role: 'Read' },
    { principal: 'ambassadors', role: 'Contribute' },
    { principal: 'owners', role: 'FullControl' }
  ],
  permissionNote:
    'Iedereen leest; ambassadeurs plaatsen activiteiten en wijzigen alleen hun eigen (WriteSecurity 2); eigenaren (vitaliteitscoach) beheren alles.',
  since: 1,
  fields: [
    { name: 'SbDescription', title: 'Omschrijving', kind: 'RichText', description: 'Omschrijving (opgemaakte tekst; wordt bij tonen opgeschoond).', since: 1 },
    pillarField(1, true),
    { name: 'SbShape', title: 'Vorm', kind: 'Choice', choices: ['oneOff', 'weeklyDropIn', 'programme'], required: true, description: 'oneOff = eenmalig; weeklyDropIn = wekelijks, aanmelden per datum; programme = reeks, één aanmelding voor alle bijeenkomsten.', since: 1 },
    { name: 'SbStart', title: 'Start', kind: 'DateTime', required: true, indexed: true, description: 'Begin van de eerste bijeenkomst (UTC opgeslagen, getoond in Europe/Amsterdam).', since: 1 },
    { name: 'SbEnd', title: 'Einde', kind: 'DateTime', required: true, description: 'Einde van de eerste bijeenkomst.', since: 1 },
    { name: 'SbLastDate', title: 'Laatste datum', kind: 'DateTime', indexed: true, description: 'Begin van de laatste bijeenkomst; de catalogus filtert hierop (geïndexeerd).', since: 1 },
    { name: 'SbSessionDates', title: 'Bijeenkomsten', kind: 'Note', description: 'Alle data van een reeks als JSON-lijst van ISO-tijden (UTC).', since: 1 },
    { name: 'SbLocation', title: 'Locatie', kind: 'Text', maxLength: 255, description: 'Gemeentelijke locatie, leeg bij online.', since: 1 },
    {
      name: 'SbAddress',
      title: 'Adres',
      kind: 'Text',
      maxLength: 255,
      description: 'Adres van de gekozen locatie, bij publiceren overgenomen uit "SamenBeter Locaties" (leeg bij online of een eigen plek): de catalogus hoeft de locaties niet te lezen.',
      since: 7
    },
    {
      name: 'SbRouteUrl',
      title: 'Routelink',
      kind: 'Text',
      maxLength: 255,
      description: 'Kaart- of routelink (alleen https) van de gekozen locatie, bij publiceren overgenomen; medewerkers zien "Route".',
      since: 7
    },
    { name: 'SbIsOnline', title: 'Online', kind: 'Boolean', description: 'Online of hybride bijeenkomst.', since: 1 },
    { name: 'SbMeetingUrl', title: 'Vergaderlink', kind: 'Url', description: 'Teams-link van een online bijeenkomst; de app toont hem alleen aan bevestigde deelnemers.', since: 2 },
    { name: 'SbCapacity', title: 'Aantal plaatsen', kind: 'Number', description: 'Plaatsen per datum (drop-in) of per reeks; leeg = onbeperkt.', since: 1 },
    { name: 'SbDeadline', title: 'Aanmelden tot', kind: 'DateTime', description: 'Uiterste aanmeldmoment.', since: 1 },
    { name: 'SbIsPrivate', title: 'Besloten deelnemerslijst', kind: 'Boolean', description: 'Gevoelig onderwerp: collega\'s zien niet wie zich aanmeldde.', since: 1 },
    { name: 'SbStatus', title: 'Status', kind: 'Choice', choices: ['open', 'cancelled'], required: true, indexed: true, description: 'open of cancelled (geannuleerd door de organisator).', since: 1 },
    {
      name: 'SbCancelReason',
      title: 'Reden van afzeggen',
      kind: 'Note',
      description: 'Wat de organisator de deelnemers laat weten bij het afzeggen (leeg = geen reden gegeven).',
      since: 5
    },
    {
      name: 'SbCancelledDates',
      title: 'Afgezegde data',
      kind: 'Note',
      description: 'Losse data die de organisator afzegde, met de reden die deelnemers zien (JSON-lijst van {date, reason}).',
      since: 6
    },
    {
      name: 'SbLastChange',
      title: 'Laatste wijziging',
      kind: 'Note',
      description: 'Laatste wijziging van tijd, plaats of vergaderlink (JSON {at, fields}): deelnemers zien "Gewijzigd sinds je aanmelding".',
      since: 6
    },
    { name: 'SbOrganiser', title: 'Organisator', kind: 'User', indexed: true, description: 'Ambassadeur of coach die de activiteit organiseert.', since: 1 },
    { name: 'SbImageUrl', title: 'Afbeelding', kind: 'Url', description: 'Afbeelding voor de kaart.', since: 1 }
  ]
};

const registrations: ListDef = {
  key: 'registrations',
  title: LIST_TITLES.registrations,
  description: 'Aanmeldingen van medewerkers voor activiteiten. Persoonsgegevens: bewaartermijn geldt.',
  titleFieldTitle: 'Sleutel',
  readSecurity: 1,
  writeSecurity: 2,
  grants: [
    { principal: 'everyone', role: 'Contribute' },
    { principal: 'owners', role: 'FullControl' }
  ],
  permissionNote:
    'Iedereen meldt zich aan en wijzigt alleen de eigen aanmelding (WriteSecurity 2). De volgorde (Id) bepaalt wie een plek heeft; een aanmelding telt alleen als Medewerker gelijk is aan Gemaakt door. Aanmeldingen voor besloten activiteiten staan in een eigen lijst.',
  since: 1,
  fields: [
    { name: 'SbActivity', title: 'Activiteit', kind: 'Lookup', lookupList: 'activities', required: true, indexed: true, description: 'De activiteit.', since: 1 },
    { name: 'SbSessionDate', title: 'Datum', kind: 'Text', maxLength: 10, description: 'Datum (JJJJ-MM-DD) bij een wekelijkse drop-in; leeg bij eenmalig of reeks.', since: 1 },
    { name: 'SbSlot', title: 'Plek', kind: 'Text', maxLength: 40, indexed: true, description: 'Activiteit-id en datum samen, geïndexeerd: de sleutel waarop plaatsen worden geteld.', since: 1 },
    { name: 'SbPerson', title: 'Medewerker', kind: 'User', required: true, indexed: true, description: 'Wie zich aanmeldde.', since: 1 },
    { name: 'SbCancelled', title: 'Afgemeld', kind: 'Boolean', description: 'Afgemeld; de aanmelding blijft bewaard voor de volgorde en de cijfers.', since: 1 },
    { name: 'SbUntil', title: 'Geldig tot', kind: 'DateTime', indexed: true, description: 'Begin van de laatste bijeenkomst waarvoor de aanmelding geldt; geïndexeerd, zodat "mijn aanmeldingen" alleen komende ophaalt.', since: 2 }
  ]
};

// Sign-ups for private activities (e.g. Overgang en Werk): item-level security hides
// them from colleagues over REST too. Only site owners (the coordinators, who organise
// private activities) read them all.
const privateRegistrations: ListDef = {
  ...registrations,
  key: 'privateRegistrations',
  title: LIST_TITLES.privateRegistrations,
  description: 'Aanmeldingen voor besloten activiteiten. Alleen de eigen aanmelding is zichtbaar; eigenaren zien alles.',
  readSecurity: 2,
  writeSecurity: 2,
  noCrawl: true,
  permissionNote:
    'Iedereen meldt zich aan maar ziet alleen de eigen aanmelding (ReadSecurity 2, WriteSecurity 2). Eigenaren (coördinatoren, organisatoren van besloten activiteiten) zien alle aanmeldingen.',
  since: 2,
  fields: registrations.fields.map((f) => ({ ...f, since: 2 }))
};

// Numbers only: who signed up for a private activity stays hidden, how many may be known.
// Only those who can read every private sign-up — the coordinators (site owners) — can
// count them: their studio publishes the numbers, and only they can write this list.
const privateCounts: ListDef = {
  key: 'privateCounts',
  title: LIST_TITLES.privateCounts,
  description: 'Aantallen aanmeldingen per besloten activiteit en datum, zonder namen; de coördinatoren publiceren ze.',
  titleFieldTitle: 'Titel',
  readSecurity: 1,
  writeSecurity: 1,
  grants: [
    { principal: 'everyone', role: 'Read' },
    { principal: 'owners', role: 'FullControl' }
  ],
  permissionNote:
    'Iedereen leest de aantallen; alleen eigenaren (coördinatoren, die alle besloten aanmeldingen zien) schrijven ze, vanuit de ambassadeursstudio. Er staan geen namen in.',
  since: 3,
  fields: [
    { name: 'SbActivityId', title: 'Activiteit-id', kind: 'Number', required: true, indexed: true, description: 'Id van de besloten activiteit.', since: 3 },
    { name: 'SbCounts', title: 'Aantallen', kind: 'Note', description: 'Per datum het aantal bevestigde aanmeldingen en de lengte van de wachtlijst (JSON, zonder namen).', since: 3 },
    { name: 'SbCountedAt', title: 'Geteld op', kind: 'DateTime', description: 'Moment van tellen; medewerkers zien het bij de aantallen.', since: 3 }
  ]
};

const weeklyThemes: ListDef = {
  key: 'weeklyThemes',
  title: LIST_TITLES.weeklyThemes,
  description: 'Het 365 Vitaal-thema per ISO-week.',
  titleFieldTitle: 'Titel',
  readSecurity: 1,
  writeSecurity: 1,
  grants: [
    { principal: 'everyone', role: 'Read' },
    { principal: 'communications', role: 'Contribute' },
    { principal: 'owners', role: 'FullControl' }
  ],
  permissionNote: 'Iedereen leest; Communicatie plant de thema\'s.',
  since: 1,
  fields: [
    { name: 'SbWeek', title: 'Week', kind: 'Text', maxLength: 8, required: true, indexed: true, description: 'ISO-week als JJJJ-Www (bijv. 2026-W48), in Europe/Amsterdam-tijd.', since: 1 },
    { name: 'SbTheme', title: 'Thema', kind: 'Choice', choices: THEMES, required: true, indexed: true, description: 'Een van de vijf 365 Vitaal-thema\'s.', since: 1 },
    pillarField(1, false),
    { name: 'SbSummary', title: 'Korte tekst', kind: 'Note', description: 'Korte tekst (platte tekst).', since: 1 },
    { name: 'SbTip', title: 'Tip', kind: 'Note', description: 'Tip van de week (platte tekst).', since: 1 },
    { name: 'SbImageUrl', title: 'Afbeelding', kind: 'Url', description: 'Afbeelding bij het thema.', since: 1 },
    { name: 'SbLinkUrl', title: 'Meer lezen', kind: 'Url', description: 'Link naar meer informatie (https).', since: 1 }
  ]
};

const nationalDays: ListDef = {
  key: 'nationalDays',
  title: LIST_TITLES.nationalDays,
  description: 'Nationale dagen over vitaliteit, met de regel waarmee de datum elk jaar wordt berekend.',
  titleFieldTitle: 'Naam',
  readSecurity: 1,
  writeSecurity: 1,
  grants: [
    { principal: 'everyone', role: 'Read' },
    { principal: 'communications', role: 'Contribute' },
    { principal: 'owners', role: 'FullControl' }
  ],
  permissionNote: 'Iedereen leest; Communicatie onderhoudt de dagen.',
  since: 1,
  fields: [
    { name: 'SbRuleKind', title: 'Soort regel', kind: 'Choice', choices: ['fixed', 'nthWeekday', 'lastWeekday', 'explicit'], required: true, description: 'fixed = vaste datum; nthWeekday = n-de weekdag van een maand; lastWeekday = laatste weekdag van een maand; explicit = per jaar ingevoerde data.', since: 1 },
    { name: 'SbMonth', title: 'Maand', kind: 'Number', description: 'Maand 1–12 (fixed, nthWeekday, lastWeekday).', since: 1 },
    { name: 'SbDay', title: 'Dag', kind: 'Number', description: 'Dag van de maand (fixed).', since: 1 },
    { name: 'SbWeekday', title: 'Weekdag', kind: 'Number', description: 'Weekdag 0 = zondag … 6 = zaterdag (nthWeekday, lastWeekday).', since: 1 },
    { name: 'SbNth', title: 'Hoeveelste', kind: 'Number', description: '1–5 (nthWeekday).', since: 1 },
    { name: 'SbDates', title: 'Data', kind: 'Note', description: 'Explicit: data als JJJJ-MM-DD, gescheiden door komma\'s.', since: 1 },
    { name: 'SbDurationDays', title: 'Aantal dagen', kind: 'Number', description: 'Duur in dagen (1 voor een dag, 5 of 7 voor een week).', since: 1 },
    { name: 'SbActive', title: 'Actief', kind: 'Boolean', description: 'Uitgezet = niet meer op de kalender.', since: 1 },
    { name: 'SbDescription', title: 'Omschrijving', kind: 'Note', description: 'Waar de dag over gaat.', since: 1 },
    pillarField(1, false),
    { name: 'SbSource', title: 'Bron', kind: 'Text', maxLength: 255, description: 'Waar de datumregel vandaan komt (of dat het een aanname is).', since: 1 }
  ]
};

// The municipality's own closing days (carnival Monday, the Friday after Ascension: the
// "lokale feest- of sluitingsdagen" of the Cao Gemeenten). Public holidays are not listed:
// core/calendar/holidays.ts computes them. Weekly series skip both; the studio warns for one date.
const closingDays: ListDef = {
  key: 'closingDays',
  title: LIST_TITLES.closingDays,
  description: 'Eigen sluitingsdagen van de gemeente (naast de feestdagen, die de app zelf berekent): reeksen slaan ze over.',
  titleFieldTitle: 'Naam',
  readSecurity: 1,
  writeSecurity: 1,
  grants: [
    { principal: 'everyone', role: 'Read' },
    { principal: 'owners', role: 'FullControl' }
  ],
  permissionNote:
    'Iedereen leest (de studio slaat de dagen over); alleen eigenaren (vitaliteitscoach, P&O) onderhouden de sluitingsdagen. Feestdagen staan er niet in: die berekent de app.',
  since: 6,
  fields: [
    {
      name: 'SbDate',
      title: 'Datum',
      kind: 'DateTime',
      dateOnly: true,
      required: true,
      indexed: true,
      description: 'De dag waarop de gemeente dicht is (alleen een datum, Europe/Amsterdam). Geïndexeerd: de app leest alleen de dagen van een periode.',
      since: 6
    },
    { name: 'SbNote', title: 'Toelichting', kind: 'Note', description: 'Optionele toelichting, bijv. welke locaties dicht zijn.', since: 6 }
  ]
};

// The places activities happen, kept by the owners: a new location needs no release. Activities
// copy the name, address and map link when published, so retiring a location breaks none of them.
const locations: ListDef = {
  key: 'locations',
  title: LIST_TITLES.locations,
  description: 'Locaties waar #SamenBeter-activiteiten plaatsvinden, met adres en kaartlink; ambassadeurs kiezen eruit in de studio.',
  titleFieldTitle: 'Naam',
  readSecurity: 1,
  writeSecurity: 1,
  grants: [
    { principal: 'everyone', role: 'Read' },
    { principal: 'owners', role: 'FullControl' }
  ],
  permissionNote:
    'Iedereen leest (de studio biedt de locaties aan); alleen eigenaren (vitaliteitscoach, P&O) onderhouden ze, onder Beheer in de studio. Een activiteit neemt adres en kaartlink over bij publiceren.',
  since: 7,
  fields: [
    { name: 'SbAddress', title: 'Adres', kind: 'Text', maxLength: 255, description: 'Straat, huisnummer, postcode en plaats.', since: 7 },
    { name: 'SbMapUrl', title: 'Kaartlink', kind: 'Text', maxLength: 255, description: 'Optionele link naar een kaart of route (alleen https), bijv. OpenStreetMap.', since: 7 },
    {
      name: 'SbKind',
      title: 'Soort',
      kind: 'Choice',
      choices: ['onSite', 'online'],
      required: true,
      description: 'onSite = een plek in de gemeente; online = een online omgeving. De studio biedt bij op locatie en hybride de onSite-locaties aan.',
      since: 7
    },
    {
      name: 'SbActive',
      title: 'Actief',
      kind: 'Boolean',
      defaultValue: '1',
      description: 'Nee = niet meer aan te bieden in de studio; activiteiten die er al staan houden hun locatie.',
      since: 7
    }
  ]
};

/** Our columns on the site's Site Pages library: what makes a news page a #SamenBeter post. */
const sitePages: SitePagesDef = {
  folder: 'SitePages',
  draftVisibility: 1,
  since: 4,
  fields: [
    {
      name: 'SbNewsPost',
      title: '#SamenBeter-nieuws',
      kind: 'Boolean',
      indexed: true,
      description:
        'Ja = een #SamenBeter-nieuwsbericht. Geïndexeerd: het nieuws filtert hier eerst op, zodat de bibliotheek ook met meer dan 5.000 pagina\'s onder de drempel blijft.',
      since: 4
    },
    pillarField(4, false),
    { name: 'SbTheme', title: 'Thema', kind: 'Choice', choices: THEMES, description: '365 Vitaal-thema (optioneel).', since: 4 },
    { name: 'SbNationalDay', title: 'Nationale dag', kind: 'Text', maxLength: 255, description: 'Naam van de nationale dag waarvoor het bericht is geschreven (leeg = geen).', since: 4 },
    {
      name: 'SbPlannedFor',
      title: 'Gepland voor',
      kind: 'DateTime',
      indexed: true,
      description: 'Wanneer Communicatie het bericht wil publiceren (de dag op de contentkalender); bij "Inplannen" ook de publicatietijd van SharePoint.',
      since: 4
    }
  ]
};

export const SCHEMA: SchemaDef = {
  version: SCHEMA_VERSION,
  groups: GROUPS,
  lists: [activities, registrations, privateRegistrations, privateCounts, weeklyThemes, nationalDays, closingDays, locations, attendance, participationFigures],
  sitePages
};

/** The list "SamenBeter Nieuws" of schema 3 (never released): the set-up reports it if a site still has it. */
export const RETIRED_NEWS_LIST_TITLE = 'SamenBeter Nieuws';

export function listDef(key: ListDef['key']): ListDef {
  for (const list of SCHEMA.lists) {
    if (list.key === key) {
      return list;
    }
  }
  throw new Error(`Unknown list key ${key}`);
}
