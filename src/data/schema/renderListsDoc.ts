import { FieldDef, ListDef, SchemaDef, SitePagesDef } from './schemaTypes';

// docs/lists.md is generated from the schema (a test fails when they differ), so the
// admin documentation cannot drift from what provisioning creates.

const KIND_NL: { [kind in FieldDef['kind']]: string } = {
  Text: 'Tekst (één regel)',
  Note: 'Tekst (meerdere regels)',
  RichText: 'Opgemaakte tekst',
  Number: 'Getal',
  Boolean: 'Ja/nee',
  DateTime: 'Datum en tijd',
  Choice: 'Keuze',
  MultiChoice: 'Meerkeuze',
  User: 'Persoon',
  Lookup: 'Opzoeken',
  Url: 'Link'
};

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

function fieldRow(f: FieldDef): string {
  const extras: string[] = [];
  if (f.maxLength) {
    extras.push(`max ${f.maxLength}`);
  }
  if (f.choices) {
    extras.push(f.choices.map((c) => `\`${c}\``).join(', '));
  }
  if (f.lookupList) {
    extras.push(`→ ${f.lookupList}`);
  }
  if (f.defaultValue !== undefined) {
    extras.push(`standaard ${f.kind === 'Boolean' ? (f.defaultValue === '1' ? 'ja' : 'nee') : f.defaultValue}`);
  }
  return `| \`${f.name}\` | ${cell(f.title)} | ${KIND_NL[f.kind]}${extras.length ? ` (${cell(extras.join('; '))})` : ''} | ${
    f.required ? 'ja' : 'nee'
  } | ${f.indexed ? 'ja' : 'nee'} | ${cell(f.description)} |`;
}

function listSection(list: ListDef): string {
  const grants = list.grants.map((g) => `${g.principal}: ${g.role}`).join(', ');
  return [
    `## ${list.title}`,
    '',
    cell(list.description),
    '',
    `- Rechten: ${grants}. ReadSecurity ${list.readSecurity}, WriteSecurity ${list.writeSecurity}.${list.noCrawl ? ' Niet doorzoekbaar (NoCrawl).' : ''}`,
    `- Waarom: ${cell(list.permissionNote)}`,
    `- Het standaardveld \`Title\` heet hier "${list.titleFieldTitle}".`,
    '',
    '| interne naam | weergavenaam | type | verplicht | index | inhoud |',
    '| --- | --- | --- | --- | --- | --- |',
    ...list.fields.map(fieldRow),
    ''
  ].join('\n');
}

function sitePagesSection(pages: SitePagesDef): string {
  return [
    "## Sitepagina's (`SitePages`): het nieuws",
    '',
    "#SamenBeter-nieuwsberichten zijn SharePoint-nieuwspagina's in de bestaande bibliotheek Sitepagina's van de site",
    '(docs/news-pages.md). De installatie maakt die bibliotheek niet en laat de rechten erop zoals ze zijn (wie de',
    "pagina's van het intranet bewerkt, bewerkt ook het nieuws). Ze zet wel:",
    '',
    '- versies met concepten: EnableVersioning en EnableMinorVersions aan (een concept is een tussenversie, publiceren maakt een hoofdversie);',
    `- conceptbeveiliging DraftVersionVisibility ${pages.draftVisibility} ("alleen wie items mag bewerken"): medewerkers zien alleen de laatst gepubliceerde versie, ook via REST;`,
    '- paginaplanning aan (`_api/sitepages/pagesinlib(guid\'…\')/setscheduling(true)`, zoals Enable-PnPPageScheduling);',
    '- deze kolommen:',
    '',
    '| interne naam | weergavenaam | type | verplicht | index | inhoud |',
    '| --- | --- | --- | --- | --- | --- |',
    ...pages.fields.map(fieldRow),
    ''
  ].join('\n');
}

export function renderListsDoc(schema: SchemaDef): string {
  return [
    '# Lijsten van #SamenBeter',
    '',
    `Gegenereerd uit \`src/data/schema/lists.ts\` (schemaversie ${schema.version}). Niet met de hand wijzigen:`,
    'run `UPDATE_DOCS=1 npx jest test/data/listsDoc` na een schemawijziging.',
    '',
    'Groepen die de installatie aanmaakt:',
    '',
    ...schema.groups.map((g) => `- **${g.title}** (\`${g.key}\`): ${g.description}`),
    '',
    '`everyone` is "Iedereen behalve externe gebruikers"; `owners` is de eigenarengroep van de site.',
    '',
    ...schema.lists.map(listSection),
    sitePagesSection(schema.sitePages)
  ].join('\n');
}
