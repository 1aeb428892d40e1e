import { ACTIVITY_TYPES } from '../../src/core/notifications/activityTypes';
import { activityIdFromUrl } from '../../src/core/links/activityLinks';
import { FrameLang, FrameStrings } from './frameStrings';
import { el } from './dom';

// The Teams frame's activity feed: the signed-in persona's Teams notifications as the emulator
// recorded them (GET /_emulator/graph/activity?recipient=…), worded as Teams words them (the
// manifest's templateText with the templateParameters, {actor} = the sender), newest first,
// each opening its deep link inside the preview. Read state is the browser's (localStorage):
// the badge counts what arrived since the panel was last opened, as Teams' bell does.

export interface FeedNotification {
  id: number;
  sender: string;
  senderDisplayName?: string | null;
  topic: { source?: string; value?: string; webUrl?: string };
  activityType: string;
  previewText: string | null;
  templateParameters: Array<{ name: string; value: string }>;
  sent: string;
}

/** The line Teams shows: the declared type's template with its parameters filled in. */
export function notificationText(n: FeedNotification, lang: FrameLang): string {
  const param = (name: string): string | undefined => {
    const found = n.templateParameters.filter((p) => p.name === name)[0];
    return found ? found.value : undefined;
  };
  const fallback = n.previewText || n.topic.value || '';
  if (n.activityType === 'systemDefault') {
    return param('systemDefaultText') || fallback;
  }
  const type = ACTIVITY_TYPES.filter((t) => t.type === n.activityType)[0];
  if (!type) {
    return fallback;
  }
  const actor = n.senderDisplayName || n.sender;
  return type.templateText[lang].replace(/\{(\w+)\}/g, (whole: string, name: string) => {
    if (name === 'actor') {
      return actor;
    }
    const value = param(name);
    return value === undefined ? whole : value;
  });
}

/**
 * Where a notification's deep link lands in the preview: a Teams link into the personal tab
 * (context {"subEntityId":"activity-12"}) or a page link with ?activity=12 opens that activity in
 * the preview's Activiteiten tab; theme, device and language stay as they are.
 */
export function previewLinkOf(webUrl: string | undefined, current: string): string {
  const here = new URL(current);
  const query = new URLSearchParams();
  ['theme', 'device'].forEach((name) => {
    const value = here.searchParams.get(name);
    if (value) {
      query.set(name, value);
    }
  });
  query.set('tab', 'activities');
  const id = webUrl ? activityIdFromUrl(webUrl) : null;
  if (id !== null) {
    query.set('activity', String(id));
  }
  if (here.searchParams.get('lang') === 'en') {
    query.set('lang', 'en');
  }
  return `/teams?${query.toString()}`;
}

function initials(name: string): string {
  const words = name.replace(/@.*$/, '').split(/[\s.]+/).filter((w) => /^[A-Za-zÀ-ž]/.test(w));
  const letters = words.length > 1 ? words[0][0] + words[words.length - 1][0] : (words[0] || '?').slice(0, 2);
  return letters.toUpperCase();
}


export interface TeamsFeed {
  /** Reads the feed again; updates the badge, and the list when `render`. */
  refresh(render: boolean): Promise<void>;
  /** The panel was opened: what is there now counts as seen. */
  markSeen(): void;
}

export function teamsFeed(doc: Document, options: { email: string; lang: FrameLang; strings: FrameStrings; locale: string }): TeamsFeed {
  const t = options.strings;
  const button = doc.getElementById('sb-feed-button') as HTMLButtonElement;
  const badge = doc.querySelector<HTMLElement>('[data-feed-badge]') as HTMLElement;
  const list = doc.querySelector<HTMLOListElement>('[data-feed-list]') as HTMLOListElement;
  const status = doc.querySelector<HTMLElement>('[data-feed-status]') as HTMLElement;
  const seenKey = `sb-feed-seen:${options.email.toLowerCase()}`;
  const when = new Intl.DateTimeFormat(options.locale, {
    weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Amsterdam'
  });
  let items: FeedNotification[] = [];
  /** Ids that were new when the panel was opened: they keep their "Nieuw" mark while it is open. */
  let freshIds: number[] = [];

  const seen = (): number => {
    try {
      return Number(window.localStorage.getItem(seenKey)) || 0;
    } catch {
      return 0;
    }
  };

  const showBadge = (): void => {
    const unread = items.filter((n) => n.id > seen()).length;
    const shown = unread > 99 ? '99+' : String(unread);
    button.setAttribute('aria-label', t.activityLabel(unread, shown));
    // The leading space keeps the button's visible text "Activiteit 2", part of its name.
    badge.textContent = ` ${shown}`;
    badge.hidden = unread === 0;
  };

  const renderList = (): void => {
    list.textContent = '';
    status.textContent = items.length === 0 ? t.feedEmpty : '';
    status.classList.toggle('flyout__status--empty', items.length === 0);
    items.forEach((n) => {
      const actor = n.senderDisplayName || n.sender;
      const li = el(doc, 'li', 'feed__entry');
      const link = el(doc, 'a', 'feed__item');
      link.href = previewLinkOf(n.topic.webUrl, window.location.href);
      link.dataset.feedItem = String(n.id);
      const avatar = el(doc, 'span', 'feed__avatar', initials(actor));
      avatar.setAttribute('aria-hidden', 'true');
      const body = el(doc, 'span', 'feed__body');
      body.appendChild(el(doc, 'span', 'feed__text', notificationText(n, options.lang)));
      if (n.previewText) {
        body.appendChild(el(doc, 'span', 'feed__preview', n.previewText.slice(0, 150)));
      }
      const meta = el(doc, 'span', 'feed__meta');
      const time = el(doc, 'time', '', when.format(new Date(n.sent)));
      time.setAttribute('datetime', n.sent);
      meta.appendChild(time);
      if (n.topic.value) {
        meta.appendChild(doc.createTextNode(` · ${n.topic.value}`));
      }
      body.appendChild(meta);
      link.appendChild(avatar);
      link.appendChild(body);
      if (freshIds.indexOf(n.id) >= 0) {
        link.appendChild(el(doc, 'span', 'feed__new', t.newMark));
        link.classList.add('feed__item--new');
      }
      li.appendChild(link);
      list.appendChild(li);
    });
  };

  return {
    async refresh(render: boolean): Promise<void> {
      if (render && items.length === 0) {
        status.textContent = t.feedLoading;
      }
      try {
        const answer = await fetch(`/_emulator/graph/activity?recipient=${encodeURIComponent(options.email)}`, { headers: { Accept: 'application/json' } });
        if (!answer.ok) {
          throw new Error(String(answer.status));
        }
        const value = ((await answer.json()) as { value: FeedNotification[] }).value;
        items = value.slice().sort((a, b) => (b.sent < a.sent ? -1 : b.sent > a.sent ? 1 : b.id - a.id));
      } catch {
        if (render) {
          status.textContent = t.feedError;
        }
        return;
      }
      if (render) {
        const last = seen();
        freshIds = items.filter((n) => n.id > last).map((n) => n.id);
        renderList();
      }
      showBadge();
    },
    markSeen(): void {
      const max = items.reduce((m, n) => Math.max(m, n.id), 0);
      try {
        window.localStorage.setItem(seenKey, String(Math.max(max, seen())));
      } catch {
        // private mode: the badge just stays
      }
      showBadge();
    }
  };
}
