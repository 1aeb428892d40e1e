import { frameLang, frameStrings } from './frameStrings';
import { teamsFeed } from './teamsFeed';
import { agendaPanel } from './agendaPanel';

// The Teams frame's own chrome (not the product): the Activiteit and Agenda buttons with their
// flyout panels (disclosure pattern: aria-expanded/aria-controls, focus into the panel's
// heading, Escape or the close button returns focus to the button) and the preview's
// "Graph-toestemming" switch. Plain DOM over the markup pages.ts renders.

type PanelKey = 'feed' | 'agenda';

export function wireTeamsFrame(doc: Document): void {
  const body = doc.body;
  const email = body.dataset.user || '';
  const lang = frameLang(body.dataset.lang);
  const strings = frameStrings(body.dataset.lang);
  const locale = body.dataset.lang === 'en-US' ? 'en-US' : 'nl-NL';
  const feed = teamsFeed(doc, { email, lang, strings, locale });
  const agenda = agendaPanel(doc, { email, strings, locale });
  const buttons: Record<PanelKey, HTMLButtonElement | null> = {
    feed: doc.querySelector<HTMLButtonElement>('[data-frame-button="feed"]'),
    agenda: doc.querySelector<HTMLButtonElement>('[data-frame-button="agenda"]')
  };
  const panels: Record<PanelKey, HTMLElement | null> = {
    feed: doc.querySelector<HTMLElement>('[data-frame-panel="feed"]'),
    agenda: doc.querySelector<HTMLElement>('[data-frame-panel="agenda"]')
  };
  if (!buttons.feed || !buttons.agenda || !panels.feed || !panels.agenda) {
    return;
  }
  let open: PanelKey | null = null;

  const close = (returnFocus: boolean): void => {
    if (open === null) {
      return;
    }
    const key = open;
    open = null;
    (panels[key] as HTMLElement).hidden = true;
    (buttons[key] as HTMLButtonElement).setAttribute('aria-expanded', 'false');
    if (returnFocus) {
      (buttons[key] as HTMLButtonElement).focus();
    }
  };

  const show = (key: PanelKey): void => {
    close(false);
    open = key;
    const panel = panels[key] as HTMLElement;
    panel.hidden = false;
    (buttons[key] as HTMLButtonElement).setAttribute('aria-expanded', 'true');
    (panel.querySelector<HTMLElement>('.flyout__title') || panel).focus();
    if (key === 'feed') {
      void feed.refresh(true).then(() => feed.markSeen());
    } else {
      void agenda.refresh();
    }
  };

  (Object.keys(buttons) as PanelKey[]).forEach((key) => {
    (buttons[key] as HTMLButtonElement).addEventListener('click', () => (open === key ? close(true) : show(key)));
    const closer = (panels[key] as HTMLElement).querySelector<HTMLButtonElement>('[data-frame-close]');
    if (closer) {
      closer.addEventListener('click', () => close(true));
    }
  });

  doc.addEventListener('keydown', (e: KeyboardEvent) => {
    if (e.key === 'Escape' && open !== null) {
      const panel = panels[open] as HTMLElement;
      const button = buttons[open] as HTMLButtonElement;
      const active = doc.activeElement;
      // Escape belongs to the panel while focus is in it or on its button.
      if (active && (panel.contains(active) || active === button || active === doc.body)) {
        e.preventDefault();
        close(true);
      }
    }
  });
  // A click elsewhere closes the open panel (focus stays where the click put it).
  doc.addEventListener('mousedown', (e: MouseEvent) => {
    if (open === null) {
      return;
    }
    const target = e.target as Node;
    if (!(panels[open] as HTMLElement).contains(target) && !(buttons[open] as HTMLButtonElement).contains(target)) {
      close(false);
    }
  });

  wireConsentSwitch(doc, strings);
  void feed.refresh(false);
}

/** On/off of the product's Graph scopes in the emulated tenant, then a reload (as after an admin's approval). */
function wireConsentSwitch(doc: Document, strings: { on: string; off: string; consentFailed: string }): void {
  const toggle = doc.querySelector<HTMLButtonElement>('[data-consent-switch]');
  const state = doc.querySelector<HTMLElement>('[data-consent-state]');
  const error = doc.querySelector<HTMLElement>('[data-consent-error]');
  if (!toggle) {
    return;
  }
  const showState = (on: boolean): void => {
    toggle.setAttribute('aria-checked', String(on));
    if (state) {
      state.textContent = on ? strings.on : strings.off;
    }
  };
  // The page was rendered with the state of that moment; the emulator's answer is the truth.
  fetch('/_emulator/graph/consent', { headers: { Accept: 'application/json' } })
    .then((answer) => (answer.ok ? (answer.json() as Promise<{ consent: string[] }>) : undefined))
    .then((current) => current && showState(current.consent.length > 0))
    .catch(() => undefined);
  toggle.addEventListener('click', async () => {
    const turnOn = toggle.getAttribute('aria-checked') !== 'true';
    const scopes = (toggle.dataset.scopes || '').split(' ').filter(Boolean);
    toggle.disabled = true;
    try {
      const answer = await fetch('/_emulator/graph/consent', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ consent: turnOn ? scopes : [] })
      });
      if (!answer.ok) {
        throw new Error(String(answer.status));
      }
      showState(turnOn);
      window.location.reload();
    } catch {
      toggle.disabled = false;
      if (error) {
        error.textContent = strings.consentFailed;
      }
    }
  });
}
