import { Persona } from '../emulator/seed/people';
import { frameStrings, FrameStrings } from './client/frameStrings';

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

/** The Stella pages: the intranet home, Communications' content calendar page and HR's Deelname page. */
export type StellaPageKind = 'home' | 'calendar' | 'participation';

export interface TeamsPageOptions extends PageOptions {
  theme: 'default' | 'dark' | 'contrast';
  device: 'desktop' | 'phone';
  tab: string;
  /** The Graph scopes the emulated tenant has approved now (the frame's consent switch shows it). */
  graphConsent: string[];
  /** What the switch grants when turned on: the product's scopes. */
  productGraphScopes: string[];
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
    page === 'participation'
      ? `<h1 class="canvas__title">${nl ? 'Deelname #SamenBeter (P&amp;O)' : '#SamenBeter participation (HR)'}</h1>
  <section class="canvas__full" aria-label="${nl ? 'Deelname' : 'Participation'}">
    <div data-webpart="participation"></div>
  </section>`
      : page === 'calendar'
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
<!-- The intranet home: Vitaliteitsnieuws, Activiteiten and Thema van de week; /kalender is Communications' page, /deelname HR's Deelname page. The Ambassadeurs studio is a Teams tab (/teams?tab=studio). -->
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
    <a href="/deelname"${page === 'participation' ? ' aria-current="page"' : ''}>${nl ? 'Deelname' : 'Participation'}</a>
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

const BELL_ICON =
  '<svg class="teams__icon" viewBox="0 0 20 20" width="20" height="20" aria-hidden="true" focusable="false"><path fill="currentColor" d="M10 2a5 5 0 0 0-5 5v2.59l-.95 2.2A1 1 0 0 0 5 13.2h10a1 1 0 0 0 .95-1.41L15 9.59V7a5 5 0 0 0-5-5Zm-4 5a4 4 0 1 1 8 0v2.8l.02.2.92 2.2H5.06l.92-2.2.02-.2V7Zm4 10.5a2.5 2.5 0 0 1-2.45-2h1.04a1.5 1.5 0 0 0 2.82 0h1.04a2.5 2.5 0 0 1-2.45 2Z"/></svg>';
const CALENDAR_ICON =
  '<svg class="teams__icon" viewBox="0 0 20 20" width="20" height="20" aria-hidden="true" focusable="false"><path fill="currentColor" d="M14.5 3A2.5 2.5 0 0 1 17 5.5v9a2.5 2.5 0 0 1-2.5 2.5h-9A2.5 2.5 0 0 1 3 14.5v-9A2.5 2.5 0 0 1 5.5 3h9Zm1.5 4H4v7.5c0 .83.67 1.5 1.5 1.5h9c.83 0 1.5-.67 1.5-1.5V7Zm-9.5 4a1 1 0 1 1 0 2 1 1 0 0 1 0-2Zm3.5 0a1 1 0 1 1 0 2 1 1 0 0 1 0-2Zm-3.5-3a1 1 0 1 1 0 2 1 1 0 0 1 0-2Zm3.5 0a1 1 0 1 1 0 2 1 1 0 0 1 0-2Zm3.5 0a1 1 0 1 1 0 2 1 1 0 0 1 0-2Zm1-4h-9C4.67 4 4 4.67 4 5.5V6h12v-.5c0-.83-.67-1.5-1.5-1.5Z"/></svg>';

/** The frame's Teams buttons (Activiteit with its unread badge, Agenda); the client wires them. */
function frameButtons(t: FrameStrings): string {
  return `<div class="teams__apps" role="group" aria-label="${esc(t.frameTools)}">
    <button type="button" class="teams__appbtn" id="sb-feed-button" data-frame-button="feed" aria-expanded="false" aria-controls="sb-feed-panel" aria-label="${esc(t.activity)}">${BELL_ICON}<span>${esc(t.activity)}</span><span class="teams__badge" data-feed-badge aria-hidden="true" hidden></span></button>
    <button type="button" class="teams__appbtn" id="sb-agenda-button" data-frame-button="agenda" aria-expanded="false" aria-controls="sb-agenda-panel">${CALENDAR_ICON}<span>${esc(t.agenda)}</span></button>
  </div>`;
}

/** The preview control: did the tenant admin approve the product's Graph scopes? */
function consentSwitch(o: TeamsPageOptions, t: FrameStrings): string {
  const on = o.graphConsent.length > 0;
  return `<div class="consent">
    <button type="button" role="switch" class="consent__switch" id="sb-consent" data-consent-switch aria-checked="${on}" aria-describedby="sb-consent-hint" data-scopes="${esc(o.productGraphScopes.join(' '))}"><span class="consent__track" aria-hidden="true"><span class="consent__thumb"></span></span><span>${esc(t.consent)}</span></button>
    <span class="consent__state" data-consent-state aria-hidden="true">${on ? t.on : t.off}</span>
    <span class="visually-hidden" id="sb-consent-hint">${esc(t.consentHint)}</span>
    <span class="consent__error" data-consent-error role="alert"></span>
  </div>`;
}

/** The two flyout panels, filled by the client when opened. */
function framePanels(o: TeamsPageOptions, t: FrameStrings): string {
  const off = o.graphConsent.length === 0;
  const panel = (key: 'feed' | 'agenda', title: string, note: string, list: string): string =>
    `<section class="flyout" id="sb-${key}-panel" data-frame-panel="${key}" aria-labelledby="sb-${key}-title" hidden>
    <div class="flyout__head"><h2 class="flyout__title" id="sb-${key}-title" tabindex="-1">${esc(title)}</h2><button type="button" class="flyout__close" data-frame-close aria-label="${esc(t.close(title))}"><span aria-hidden="true">×</span></button></div>
    ${off ? `<p class="flyout__note">${esc(note)}</p>` : ''}
    <p class="flyout__status" data-${key}-status role="status"></p>
    ${list}
  </section>`;
  return `<div class="teams__flyouts">
  ${panel('feed', t.activity, t.consentOffFeed, '<ol class="feed" data-feed-list></ol>')}
  ${panel('agenda', t.agendaTitle, t.consentOffAgenda, '<ol class="agenda" data-agenda-list></ol>')}
</div>`;
}

export function teamsPage(o: TeamsPageOptions): string {
  const nl = o.lang !== 'en-US';
  const themes: Array<[TeamsPageOptions['theme'], string]> = [
    ['default', nl ? 'Licht' : 'Light'],
    ['dark', nl ? 'Donker' : 'Dark'],
    ['contrast', nl ? 'Hoog contrast' : 'High contrast']
  ];
  // The personal app's tabs: Activiteiten is the main one, then Thema van de week and Ambassadeurs.
  const tab =
    o.tab === 'themeOfWeek' || o.tab === 'studio' || o.tab === 'news' || o.tab === 'contentCalendar' || o.tab === 'participation' ? o.tab : 'activities';
  const link = (query: { theme?: string; device?: string; tab?: string }): string =>
    `/teams?theme=${query.theme || o.theme}&device=${query.device || o.device}&tab=${query.tab || tab}${nl ? '' : '&lang=en'}`;
  const frame = frameStrings(o.lang);
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
    ['contentCalendar', nl ? 'Contentkalender' : 'Content calendar'],
    ['participation', nl ? 'Deelname' : 'Participation']
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
  ${frameButtons(frame)}
  <div class="teams__preview">
    ${personaSwitcher(o)}
    ${consentSwitch(o, frame)}
    <nav aria-label="${nl ? 'Weergave' : 'Display'}" class="teams__modes">${themeLinks}${deviceLink}<a href="/${nl ? '' : '?lang=en'}">Stella</a></nav>
  </div>
</header>
${framePanels(o, frame)}
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
