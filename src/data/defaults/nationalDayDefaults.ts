import { NationalDayRule, Pillar } from '../../core/types';

// The national days #SamenBeter ships with: set-up adds them to an empty "SamenBeter
// Nationale dagen" list, Communications maintains them afterwards. Each has a date RULE,
// so the calendar works for any year. Written without internet access: rules come from
// general knowledge and SbSource says 'aanname' wherever the organiser's own announcement
// could not be checked (see docs/national-days.md).

export type NationalDayBody = {
  Title: string;
  SbRuleKind: NationalDayRule['kind'];
  SbMonth: number | null;
  SbDay: number | null;
  /** 0 = Sunday .. 6 = Saturday. */
  SbWeekday: number | null;
  SbNth: number | null;
  /** 'YYYY-MM-DD,YYYY-MM-DD' (explicit rules only). */
  SbDates: string | null;
  SbDurationDays: number;
  SbActive: boolean;
  SbDescription: string;
  SbPillar: Pillar;
  SbSource: string;
};


const NO_RULE_NUMBERS = { SbMonth: null, SbDay: null, SbWeekday: null, SbNth: null, SbDates: null };

function fixedDay(month: number, day: number): Pick<NationalDayBody, 'SbRuleKind' | 'SbMonth' | 'SbDay' | 'SbWeekday' | 'SbNth' | 'SbDates'> {
  return { ...NO_RULE_NUMBERS, SbRuleKind: 'fixed', SbMonth: month, SbDay: day };
}

function nthWeekday(month: number, weekday: number, nth: number): Pick<NationalDayBody, 'SbRuleKind' | 'SbMonth' | 'SbDay' | 'SbWeekday' | 'SbNth' | 'SbDates'> {
  return { ...NO_RULE_NUMBERS, SbRuleKind: 'nthWeekday', SbMonth: month, SbWeekday: weekday, SbNth: nth };
}

function explicitDates(dates: string[]): Pick<NationalDayBody, 'SbRuleKind' | 'SbMonth' | 'SbDay' | 'SbWeekday' | 'SbNth' | 'SbDates'> {
  return { ...NO_RULE_NUMBERS, SbRuleKind: 'explicit', SbDates: dates.join(',') };
}

export const NATIONAL_DAY_TITLES = {
  mantelzorg: 'Dag van de Mantelzorg',
  fietsNaarJeWerk: 'Fiets naar je Werk Dag'
} as const;

export function nationalDayDefaults(): NationalDayBody[] {
  return [
    {
      Title: NATIONAL_DAY_TITLES.mantelzorg,
      ...fixedDay(11, 10),
      SbDurationDays: 1,
      SbActive: true,
      SbDescription:
        'Een dag om mantelzorgers in het zonnetje te zetten: collega\'s die naast hun werk zorgen voor een naaste. Aandacht voor hoe je werk en zorg combineert.',
      SbPillar: 'Kracht',
      SbSource: 'MantelzorgNL: elk jaar op 10 november.'
    },
    {
      Title: 'Wereld Menopauze Dag',
      ...fixedDay(10, 18),
      SbDurationDays: 1,
      SbActive: true,
      SbDescription:
        'Aandacht voor de overgang en werk: wat kun je zelf doen, en hoe praat je erover met je leidinggevende? Ook collega\'s en leidinggevenden leren wat helpt.',
      SbPillar: 'Kracht',
      SbSource: 'International Menopause Society (World Menopause Day): elk jaar op 18 oktober.'
    },
    {
      Title: 'Wereld Mentale Gezondheidsdag',
      ...fixedDay(10, 10),
      SbDurationDays: 1,
      SbActive: true,
      SbDescription: 'Internationale dag voor mentale gezondheid. Een goed moment om te praten over hoe het echt met je gaat.',
      SbPillar: 'Kracht',
      SbSource: 'World Federation for Mental Health en WHO (World Mental Health Day): elk jaar op 10 oktober.'
    },
    {
      Title: 'Week van de Werkstress',
      ...explicitDates(['2025-11-17', '2026-11-16', '2027-11-15']),
      SbDurationDays: 5,
      SbActive: true,
      SbDescription:
        'Een week lang aandacht voor werkdruk en werkstress: herken de signalen, maak het bespreekbaar in je team en zoek samen naar oplossingen.',
      SbPillar: 'Kracht',
      SbSource:
        'OVAL (sinds 2018, eerder ministerie van SZW). Eerdere edities: 16–20 nov 2015, 13–16 nov 2017, 12–15 nov 2018, 16–20 nov 2020: de tweede of derde week van november, geen vaste regel. Data 2025–2027 zijn een aanname; elk jaar controleren en aanvullen.'
    },
    {
      Title: 'Diversity Day',
      ...nthWeekday(10, 2, 1),
      SbDurationDays: 1,
      SbActive: true,
      SbDescription: 'Dag voor diversiteit en inclusie op het werk: iedereen hoort erbij en kan zichzelf zijn.',
      SbPillar: 'Samen',
      SbSource:
        'SER Diversiteit in Bedrijf (diversityday.nl): eerste dinsdag van oktober. Gecontroleerd tegen eerdere edities: 1 okt 2019, 6 okt 2020, 5 okt 2021, 4 okt 2022, 3 okt 2023.'
    },
    {
      Title: 'Week van de Loopbaan',
      ...explicitDates(['2025-09-29', '2026-09-28', '2027-10-04']),
      SbDurationDays: 5,
      SbActive: true,
      SbDescription:
        'Een week over je loopbaan en ontwikkeling: wat wil je leren, waar word je blij van en wat heb je daarvoor nodig? Bespreek het in het goede gesprek.',
      SbPillar: 'Beter',
      SbSource: 'Noloc (loopbaanprofessionals). Aanname: week 40 van elk jaar; data niet gecontroleerd, jaarlijks nakijken.'
    },
    {
      Title: NATIONAL_DAY_TITLES.fietsNaarJeWerk,
      ...nthWeekday(5, 4, 3),
      SbDurationDays: 1,
      SbActive: true,
      SbDescription: 'Laat de auto staan en fiets naar je werk, het liefst samen met collega\'s van de #SamenBeter-fietsgroep.',
      SbPillar: 'Samen',
      SbSource:
        'Aanname: derde donderdag van mei, afgeleid uit het uitvoeringsplan #SamenBeter (fietsgroep op 16-05-2024). Landelijk (FiscFree) een donderdag in mei, maar niet altijd de derde: in 2019 was het 23 mei (de vierde). Elk jaar controleren.'
    },
    {
      Title: 'Dag van de Vitaliteit',
      ...explicitDates(['2025-04-03', '2026-04-02', '2027-04-01']),
      SbDurationDays: 1,
      SbActive: true,
      SbDescription: 'Een dag om stil te staan bij je vitaliteit: hoe fit voel je je, lichamelijk en geestelijk, en wat heb je nodig?',
      SbPillar: 'Kracht',
      SbSource:
        'Aanname: geen officiële datum bekend. Voorlopig gezet op de eerste donderdag van april; Communicatie stemt de datum af met 365 Vitaal.'
    },
    {
      Title: 'Nationale Sportweek',
      ...explicitDates(['2025-09-13', '2026-09-12', '2027-09-11']),
      SbDurationDays: 9,
      SbActive: true,
      SbDescription: 'Negen dagen sport en bewegen in heel Nederland. Probeer samen met collega\'s eens een nieuwe sport.',
      SbPillar: 'Samen',
      SbSource: 'NOC*NSF. Aanname: medio september, van zaterdag tot en met de zondag erna; data niet gecontroleerd.'
    },
    {
      Title: 'Wereldgezondheidsdag',
      ...fixedDay(4, 7),
      SbDurationDays: 1,
      SbActive: true,
      SbDescription: 'De verjaardag van de Wereldgezondheidsorganisatie, elk jaar met een eigen thema over gezondheid.',
      SbPillar: 'Kracht',
      SbSource: 'WHO (World Health Day): elk jaar op 7 april.'
    },
    {
      Title: 'Internationale Dag van Mensen met een Beperking',
      ...fixedDay(12, 3),
      SbDurationDays: 1,
      SbActive: true,
      SbDescription: 'Aandacht voor collega\'s met een zichtbare of onzichtbare beperking: wat helpt om mee te doen op het werk?',
      SbPillar: 'Samen',
      SbSource: 'Verenigde Naties (International Day of Persons with Disabilities): elk jaar op 3 december.'
    }
  ];
}
