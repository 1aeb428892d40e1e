// Texts of the preview's Teams frame chrome (activity feed, agenda, Graph consent switch), in
// Dutch and English. Shared by the server (pages.ts renders the buttons and empty panels) and
// the client (teamsFeed.ts, agendaPanel.ts fill them in).

export type FrameLang = 'nl' | 'en';

export interface FrameStrings {
  activity: string;
  /** The bell's accessible name: starts with its visible text, then the unread count. */
  activityLabel(unread: number, shown?: string): string;
  feedLoading: string;
  feedEmpty: string;
  feedError: string;
  newMark: string;
  agenda: string;
  agendaTitle: string;
  agendaLoading: string;
  agendaEmpty: string;
  agendaError: string;
  reminder(minutes: number): string;
  close(what: string): string;
  consent: string;
  on: string;
  off: string;
  consentHint: string;
  consentOffFeed: string;
  consentOffAgenda: string;
  consentFailed: string;
  frameTools: string;
}

function reminderUnit(minutes: number, nl: boolean): string {
  if (minutes > 0 && minutes % 1440 === 0) {
    const d = minutes / 1440;
    return nl ? `${d} ${d === 1 ? 'dag' : 'dagen'}` : `${d} ${d === 1 ? 'day' : 'days'}`;
  }
  if (minutes > 0 && minutes % 60 === 0) {
    const h = minutes / 60;
    return nl ? `${h} uur` : `${h} ${h === 1 ? 'hour' : 'hours'}`;
  }
  return `${minutes} min`;
}

const NL: FrameStrings = {
  activity: 'Activiteit',
  activityLabel: (n, shown) => (n === 0 ? 'Activiteit, geen nieuwe meldingen' : `Activiteit, ${shown || n} ${n === 1 ? 'melding' : 'meldingen'}`),
  feedLoading: 'Meldingen laden…',
  feedEmpty: 'Nog geen meldingen',
  feedError: 'De meldingen konden niet worden geladen.',
  newMark: 'Nieuw',
  agenda: 'Agenda',
  agendaTitle: 'Outlook-agenda',
  agendaLoading: 'Agenda laden…',
  agendaEmpty: 'Geen afspraken in je agenda',
  agendaError: 'De agenda kon niet worden geladen.',
  reminder: (m) => `Herinnering ${reminderUnit(m, true)}`,
  close: (what) => `${what} sluiten`,
  consent: 'Graph-toestemming',
  on: 'aan',
  off: 'uit',
  consentHint: 'Of de beheerder #SamenBeter toegang tot Microsoft Graph gaf (Teams-meldingen, Outlook-agenda). Uit: de preview toont wat medewerkers dan zien.',
  consentOffFeed: 'Graph-toestemming staat uit: #SamenBeter stuurt nu geen Teams-meldingen.',
  consentOffAgenda: 'Graph-toestemming staat uit: #SamenBeter zet nu niets in de Outlook-agenda.',
  consentFailed: 'De Graph-toestemming kon niet worden gewijzigd.',
  frameTools: 'Teams'
};

const EN: FrameStrings = {
  activity: 'Activity',
  activityLabel: (n, shown) => (n === 0 ? 'Activity, no new notifications' : `Activity, ${shown || n} ${n === 1 ? 'notification' : 'notifications'}`),
  feedLoading: 'Loading notifications…',
  feedEmpty: 'No notifications yet',
  feedError: 'The notifications could not be loaded.',
  newMark: 'New',
  agenda: 'Calendar',
  agendaTitle: 'Outlook calendar',
  agendaLoading: 'Loading calendar…',
  agendaEmpty: 'No appointments in your calendar',
  agendaError: 'The calendar could not be loaded.',
  reminder: (m) => `Reminder ${reminderUnit(m, false)}`,
  close: (what) => `Close ${what.toLowerCase()}`,
  consent: 'Graph consent',
  on: 'on',
  off: 'off',
  consentHint: 'Whether the admin gave #SamenBeter access to Microsoft Graph (Teams notifications, Outlook calendar). Off: the preview shows what employees then see.',
  consentOffFeed: 'Graph consent is off: #SamenBeter sends no Teams notifications now.',
  consentOffAgenda: 'Graph consent is off: #SamenBeter puts nothing in the Outlook calendar now.',
  consentFailed: 'The Graph consent could not be changed.',
  frameTools: 'Teams'
};

export function frameStrings(lang: string | undefined): FrameStrings {
  return frameLang(lang) === 'en' ? EN : NL;
}

export function frameLang(lang: string | undefined): FrameLang {
  return (lang || '').toLowerCase().indexOf('en') === 0 ? 'en' : 'nl';
}
