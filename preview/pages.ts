import { Persona } from '../emulator/seed/people';

// The preview's two host pages: a Stella-like intranet home and a Teams-like frame.
// Plain server-rendered HTML; the web parts themselves are mounted by the client
// bundle into the [data-webpart] placeholders, exactly as SPFx mounts them.

export interface PageOptions {
  personas: Persona[];
  currentEmail: string;
  lang: 'nl-NL' | 'en-US';
  /** Optional fixed "now" (ISO) passed to the web parts; tests set it. */
  now?: string;
  /** Absolute URL of the emulated site, as SPFx's pageContext.web.absoluteUrl. */
  siteUrl: string;
  /** The persona's form digest, as SharePoint puts it in the page (legacyPageContext). */
  formDigest: string;
}

/** The Stella pages: the intranet home and Communications' content calendar page. */
export type StellaPageKind = 'home' | 'calendar';

export interface TeamsPageOptions extends PageOptions {
  theme: 'default' | 'dark' | 'contrast';
  device: 'desktop' | 'phone';
  tab: string;
}

function esc(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}

function personaSwitcher(o: PageOptions): string {
  const label = o.lang === 'en-US' ? 'View as' : 'Bekijk als';
  const options = o.personas
    .map((p) => {
      const text = o.lang === 'en-US' ? p.labelEn : p.labelNl;
      return `<option value="${esc(p.email)}"${p.email === o.currentEmail ? ' selected' : ''}>${esc(text)}</option>`;
    })
    .join('');
  return `<div class="persona"><label for="sb-persona">${label}</label><select id="sb-persona" data-persona-switcher>${options}</select></div>`;
}

function bodyData(o: PageOptions, host: string, extra: string): string {
  return `data-host="${host}" data-lang="${o.lang}" data-site-url="${esc(o.siteUrl)}" data-digest="${esc(o.formDigest)}" data-user="${esc(o.currentEmail)}"${
    o.now ? ` data-now="${esc(o.now)}"` : ''
  }${extra}`;
}

export function stellaPage(o: PageOptions, page: StellaPageKind = 'home'): string {
  const nl = o.lang !== 'en-US';
  const content =
    page === 'calendar'
      ? `<h1 class="canvas__title">${nl ? 'Contentkalender #SamenBeter' : '#SamenBeter content calendar'}</h1>
  <section class="canvas__full" aria-label="${nl ? 'Contentkalender' : 'Content calendar'}">
    <div data-webpart="contentCalendar"></div>
  </section>`
      : `<h1 class="canvas__title">${nl ? 'Samen werken aan vitaliteit' : 'Working on vitality together'}</h1>
  <div class="canvas__grid">
    <div class="canvas__main">
      <section aria-label="${nl ? 'Vitaliteitsnieuws' : 'Vitality news'}">
        <div data-webpart="news"></div>
      </section>
      <section aria-label="${nl ? 'Activiteiten' : 'Activities'}">
        <div data-webpart="activities"></div>
      </section>
    </div>
    <aside class="canvas__side" aria-label="${nl ? 'Thema van de week' : 'Theme of the week'}">
      <div data-webpart="themeOfWeek"></div>
    </aside>
  </div>`;
  return `<!doctype html>
<html lang="${o.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Stella – ${nl ? 'intranet gemeente Maastricht' : 'intranet of the municipality of Maastricht'} (preview)</title>
<!-- The intranet home: Vitaliteitsnieuws, Activiteiten and Thema van de week; /kalender is Communications' page. The Ambassadeurs studio is a Teams tab (/teams?tab=studio). -->
<link rel="stylesheet" href="/assets/preview.css">
</head>
<body ${bodyData(o, 'sharepoint', '')}>
<a class="skip" href="#main">${nl ? 'Naar de inhoud' : 'Skip to content'}</a>
<header class="suitebar">
  <span class="suitebar__brand">Stella</span>
  ${personaSwitcher(o)}
  <nav aria-label="${nl ? 'Voorbeeldpagina\'s' : 'Preview pages'}" class="suitebar__nav">
    <a href="/"${page === 'home' ? ' aria-current="page"' : ''}>Stella</a>
    <a href="/kalender"${page === 'calendar' ? ' aria-current="page"' : ''}>${nl ? 'Contentkalender' : 'Content calendar'}</a>
    <a href="/teams">Teams</a>
  </nav>
</header>
<div class="sitehead">
  <p class="sitehead__site">Stella · ${nl ? 'gemeente Maastricht' : 'municipality of Maastricht'}</p>
  <p class="sitehead__title">#SamenBeter</p>
</div>
<main id="main" class="canvas">
  ${content}
</main>
<script src="/assets/preview.js"></script>
</body>
</html>`;
}

export function teamsPage(o: TeamsPageOptions): string {
  const nl = o.lang !== 'en-US';
  const themes: Array<[TeamsPageOptions['theme'], string]> = [
    ['default', nl ? 'Licht' : 'Light'],
    ['dark', nl ? 'Donker' : 'Dark'],
    ['contrast', nl ? 'Hoog contrast' : 'High contrast']
  ];
  // The personal app's tabs: Activiteiten is the main one, then Thema van de week and Ambassadeurs.
  const tab = o.tab === 'themeOfWeek' || o.tab === 'studio' || o.tab === 'news' || o.tab === 'contentCalendar' ? o.tab : 'activities';
  const link = (query: { theme?: string; device?: string; tab?: string }): string =>
    `/teams?theme=${query.theme || o.theme}&device=${query.device || o.device}&tab=${query.tab || tab}`;
  const themeLinks = themes
    .map(([t, label]) => `<a href="${link({ theme: t })}"${t === o.theme ? ' aria-current="true"' : ''}>${label}</a>`)
    .join('');
  const deviceLink =
    o.device === 'phone'
      ? `<a href="${link({ device: 'desktop' })}">${nl ? 'Desktopweergave' : 'Desktop view'}</a>`
      : `<a href="${link({ device: 'phone' })}">${nl ? 'Telefoonweergave (360 px)' : 'Phone view (360 px)'}</a>`;
  const tabs: Array<[string, string]> = [
    ['activities', nl ? 'Activiteiten' : 'Activities'],
    ['themeOfWeek', nl ? 'Thema van de week' : 'Theme of the week'],
    ['studio', nl ? 'Ambassadeurs' : 'Ambassador studio'],
    ['news', nl ? 'Nieuws' : 'News'],
    ['contentCalendar', nl ? 'Contentkalender' : 'Content calendar']
  ];
  const tabLinks = tabs
    .map(([t, label]) => `<a href="${link({ tab: t })}"${t === tab ? ' aria-current="page"' : ''}>${label}</a>`)
    .join('');
  return `<!doctype html>
<html lang="${o.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Microsoft Teams – #SamenBeter (preview)</title>
<link rel="stylesheet" href="/assets/preview.css">
</head>
<body class="teams teams--${o.theme} teams--${o.device}" ${bodyData(o, 'teams', ` data-teams-theme="${o.theme}"`)}>
<a class="skip" href="#main">${nl ? 'Naar de inhoud' : 'Skip to content'}</a>
<header class="teams__bar">
  <span class="teams__brand">Teams</span>
  ${personaSwitcher(o)}
  <nav aria-label="${nl ? 'Weergave' : 'Display'}" class="teams__modes">${themeLinks}${deviceLink}<a href="/">Stella</a></nav>
</header>
<div class="teams__frame">
  <nav class="teams__rail" aria-label="${nl ? 'Apps' : 'Apps'}"><span>#SamenBeter</span></nav>
  <main id="main" class="teams__tab">
    <h1 class="teams__apptitle">#SamenBeter</h1>
    <nav class="teams__tabs" aria-label="${nl ? 'Tabbladen' : 'Tabs'}">${tabLinks}</nav>
    <div data-webpart="${tab}"></div>
  </main>
</div>
<script src="/assets/preview.js"></script>
</body>
</html>`;
}
