import { LIST_TITLES } from './listTitles';
import { ListDef } from './schemaTypes';

// The lists of issue 13 (schema 8), part of SCHEMA in lists.ts.

// How many people came to a date (issue 13): a number per date, never who. The organiser adds
// an item; ReadSecurity 2 keeps a private workshop's number from colleagues, and a count only
// counts when its author created the activity (a colleague's item for someone else's activity
// is ignored: src/core/participation/attendance.ts). Owners read all to compute the figures.
export const attendance: ListDef = {
  key: 'attendance',
  title: LIST_TITLES.attendance,
  description: 'Opkomst per datum: hoeveel mensen er kwamen (een aantal, geen namen), ingevuld door de organisator.',
  titleFieldTitle: 'Sleutel',
  readSecurity: 2,
  writeSecurity: 2,
  grants: [
    { principal: 'everyone', role: 'Contribute' },
    { principal: 'owners', role: 'FullControl' }
  ],
  permissionNote:
    'Organisatoren voegen de opkomst van hun eigen activiteiten toe en zien alleen hun eigen items (ReadSecurity 2, WriteSecurity 2); een aantal telt alleen als de maker van het item de activiteit maakte. Eigenaren lezen alles voor de deelnamecijfers.',
  noCrawl: true,
  since: 8,
  fields: [
    { name: 'SbActivityId', title: 'Activiteit-id', kind: 'Number', required: true, indexed: true, description: 'Id van de activiteit.', since: 8 },
    {
      name: 'SbSessionDate',
      title: 'Datum',
      kind: 'DateTime',
      dateOnly: true,
      required: true,
      indexed: true,
      description: 'Datum van de bijeenkomst (alleen een datum, Europe/Amsterdam); geïndexeerd: de cijfers van een maand lezen alleen die data.',
      since: 8
    },
    { name: 'SbCount', title: 'Aantal gekomen', kind: 'Number', required: true, description: 'Hoeveel mensen er kwamen (0 of meer); het laatste item van de organisator per datum telt.', since: 8 }
  ]
};

// The participation figures of closed periods (issue 13), computed once and kept: aggregates
// only, no names and no person ids. Owners only: no other grant, so colleagues cannot read it.
export const participationFigures: ListDef = {
  key: 'participationFigures',
  title: LIST_TITLES.participationFigures,
  description: 'Deelnamecijfers per afgesloten periode (maand, kwartaal, jaar): alleen totalen, geen namen of personen.',
  titleFieldTitle: 'Periode',
  readSecurity: 1,
  writeSecurity: 1,
  grants: [{ principal: 'owners', role: 'FullControl' }],
  permissionNote: 'Alleen eigenaren (vitaliteitscoach, P&O) lezen en schrijven de cijfers; medewerkers en ambassadeurs hebben geen toegang.',
  noCrawl: true,
  since: 8,
  fields: [
    { name: 'SbPeriod', title: 'Periode-sleutel', kind: 'Text', maxLength: 10, required: true, indexed: true, description: 'JJJJ-MM, JJJJ-Kn of JJJJ; geïndexeerd: het dashboard leest de perioden die het toont.', since: 8 },
    { name: 'SbFigures', title: 'Cijfers', kind: 'Note', required: true, description: 'De cijfers als JSON (aantallen per indeling), zonder namen of persoons-id\'s.', since: 8 },
    { name: 'SbComputedAt', title: 'Berekend op', kind: 'DateTime', description: 'Wanneer de periode werd berekend.', since: 8 }
  ]
};
