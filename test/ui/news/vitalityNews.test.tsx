/**
 * @jest-environment jsdom
 */
import { screen, fireEvent, waitFor, within } from '@testing-library/react';
import '@testing-library/jest-dom';
import { DataError } from '../../../src/core/errors';
import { NewsPost } from '../../../src/core/types';
import { FakeNewsApi, NOW, SITE, post } from './fakeNewsApi';
import { renderNews } from './renderNews';

const DAY = 24 * 60 * 60 * 1000;

/** Seven published posts, one a day back from NOW, alternating pillars; id 1 is the oldest. */
function week(): NewsPost[] {
  const pillars: Array<NewsPost['pillar']> = ['Kracht', 'Samen', 'Beter'];
  return [1, 2, 3, 4, 5, 6, 7].map((id) =>
    post({ id, title: `Bericht ${id}`, pillar: pillars[id % 3], publishAt: new Date(NOW.getTime() - (8 - id) * DAY) })
  );
}

/** The cards' titles (h3) in document order. */
function cardTitles(): string[] {
  return screen.queryAllByRole('heading', { level: 3 }).map((h) => h.textContent || '');
}

function link(title: string | RegExp): HTMLElement {
  return screen.getByRole('link', { name: title });
}

function card(title: string): HTMLElement {
  return screen.getByRole('heading', { level: 3, name: title }).closest('[data-news-card]') as HTMLElement;
}

function filterButton(name: string): HTMLElement {
  return within(screen.getByRole('group', { name: 'Nieuws per pijler' })).getByRole('button', { name });
}

describe('Vitaliteitsnieuws feed', () => {
  it('shows the heading in a region and the posts newest first with pillar, excerpt and the Amsterdam publication date', async () => {
    const api = new FakeNewsApi([
      post({ id: 1, title: 'Lunchwandeling groot succes', pillar: 'Samen', publishAt: new Date('2026-11-17T09:00:00Z') }),
      // 23:30Z on Monday is already Tuesday 00:30 in Amsterdam.
      post({ id: 2, title: 'Week van de mantelzorg', pillar: 'Kracht', excerpt: 'Zorg ook voor jezelf.', publishAt: new Date('2026-11-23T23:30:00Z') }),
      post({ id: 3, title: 'Fietsen naar het werk', pillar: 'Beter', publishAt: new Date('2026-11-20T07:00:00Z'), imageUrl: 'https://cdn.example/fiets.jpg' })
    ]);
    renderNews(api);
    expect(screen.getByText('Nieuws laden…')).toBeInTheDocument();
    await screen.findByRole('link', { name: 'Week van de mantelzorg' });

    const region = screen.getByRole('region', { name: 'Vitaliteitsnieuws' });
    expect(within(region).getByRole('heading', { level: 2, name: 'Vitaliteitsnieuws' })).toBeInTheDocument();
    expect(within(region).getByRole('list', { name: 'Nieuwsberichten' })).toBeInTheDocument();
    expect(cardTitles()).toEqual(['Week van de mantelzorg', 'Fietsen naar het werk', 'Lunchwandeling groot succes']);

    const mantelzorg = within(card('Week van de mantelzorg'));
    expect(mantelzorg.getByText('Gepubliceerd op di 24 nov 2026')).toHaveAttribute('datetime', '2026-11-24');
    expect(mantelzorg.getByText('Kracht')).toBeInTheDocument();
    expect(mantelzorg.getByText('Zorg ook voor jezelf.')).toBeInTheDocument();
    expect(within(card('Fietsen naar het werk')).getByText('Gepubliceerd op vr 20 nov 2026')).toBeInTheDocument();
    expect(card('Fietsen naar het werk').querySelector('img')).toHaveAttribute('src', 'https://cdn.example/fiets.jpg');
    expect(card('Fietsen naar het werk').querySelector('img')).toHaveAttribute('alt', '');
    expect(card('Week van de mantelzorg').querySelector('img')).toBeNull();

    expect(api.loadFeed).toHaveBeenCalledTimes(1);
    // Only what the contract knows: no clock, no token on the first page.
    expect(api.loadFeed.mock.calls[0][0]).toStrictEqual({ pillar: null, pageSize: 3 });
  });

  it("a card's title links to the post's SharePoint page in the same tab, and is the card's only tab stop", async () => {
    const url = `${SITE}/SitePages/Nationale-Sportdag-2026.aspx`;
    renderNews(new FakeNewsApi([post({ id: 4, title: 'Doe mee op de Nationale Sportdag', url, nationalDay: 'Nationale Sportdag' })]));
    const title = await screen.findByRole('link', { name: 'Doe mee op de Nationale Sportdag' });
    expect(title).toHaveAttribute('href', url);
    expect(title).not.toHaveAttribute('target');
    expect(title.closest('h3')).not.toBeNull();
    const only = card('Doe mee op de Nationale Sportdag');
    expect(Array.from(only.querySelectorAll('a[href], button, [tabindex]:not([tabindex="-1"])'))).toEqual([title]);
    expect(within(only).getByText('Bij Nationale Sportdag')).toBeInTheDocument();
    // No in-web-part detail any more: the web part leaves the click to the browser (jsdom
    // cannot navigate, so the test stops it after React had its turn).
    let prevented: boolean | undefined;
    const stop = (e: Event): void => {
      prevented = e.defaultPrevented;
      e.preventDefault();
    };
    document.addEventListener('click', stop);
    try {
      fireEvent.click(title);
    } finally {
      document.removeEventListener('click', stop);
    }
    expect(prevented).toBe(false);
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('inside Teams the page opens in a new window, and the link says so to screen readers', async () => {
    const url = `${SITE}/SitePages/Fietsen.aspx`;
    renderNews(new FakeNewsApi([post({ id: 1, title: 'Fietsen naar het werk', url })]), {}, { kind: 'teams', teamsTheme: 'default' });
    const title = await screen.findByRole('link', { name: 'Fietsen naar het werk (opent in een nieuw venster)' });
    expect(title).toHaveAttribute('href', url);
    expect(title).toHaveAttribute('target', '_blank');
    expect(title).toHaveAttribute('rel', 'noopener noreferrer');
  });

  it('shows no national day badge when the post has none', async () => {
    renderNews(new FakeNewsApi([post({ id: 1, title: 'Gewoon nieuws' })]));
    await screen.findByRole('link', { name: 'Gewoon nieuws' });
    expect(within(card('Gewoon nieuws')).queryByText(/^Bij /)).toBeNull();
  });

  it('a non-safe image or page URL never reaches the DOM; the title stays', async () => {
    renderNews(new FakeNewsApi([post({ id: 1, title: 'Met valse links', imageUrl: 'javascript:alert(1)', url: 'javascript:alert(2)' })]));
    expect(await screen.findByRole('heading', { level: 3, name: 'Met valse links' })).toBeInTheDocument();
    expect(document.querySelector('img')).toBeNull();
    expect(screen.queryByRole('link')).toBeNull();
    expect(document.querySelector('[href^="javascript:" i], [src^="javascript:" i]')).toBeNull();
  });

  it('shows what the feed returns as is: a published page with a newer draft is a card like any other', async () => {
    renderNews(new FakeNewsApi([post({ id: 1, title: 'Bijgewerkt bericht', version: '1.3' }), post({ id: 2, title: 'Nieuw bericht', version: '2.0' })]));
    await screen.findByRole('link', { name: 'Bijgewerkt bericht' });
    expect(cardTitles()).toEqual(['Nieuw bericht', 'Bijgewerkt bericht']);
  });

  it('"Meer laden" passes the next token, appends the page, moves focus to the first new card and announces it', async () => {
    const api = new FakeNewsApi(week());
    renderNews(api);
    await screen.findByRole('link', { name: 'Bericht 7' });
    expect(cardTitles()).toEqual(['Bericht 7', 'Bericht 6', 'Bericht 5']);

    fireEvent.click(screen.getByRole('button', { name: 'Meer laden' }));
    await screen.findByRole('link', { name: 'Bericht 4' });
    expect(api.loadFeed).toHaveBeenCalledTimes(2);
    expect(api.loadFeed.mock.calls[1][0]).toStrictEqual({
      pillar: null,
      pageSize: 3,
      after: { publishedAt: new Date(NOW.getTime() - 3 * DAY).toISOString(), id: 5 }
    });
    expect(cardTitles()).toEqual(['Bericht 7', 'Bericht 6', 'Bericht 5', 'Bericht 4', 'Bericht 3', 'Bericht 2']);
    await waitFor(() => expect(document.activeElement).toBe(link('Bericht 4')));
    expect(screen.getByRole('status')).toHaveTextContent('3 berichten geladen');

    fireEvent.click(screen.getByRole('button', { name: 'Meer laden' }));
    await screen.findByRole('link', { name: 'Bericht 1' });
    expect(api.loadFeed.mock.calls[2][0].after).toEqual({ publishedAt: new Date(NOW.getTime() - 6 * DAY).toISOString(), id: 2 });
    expect(screen.getByRole('status')).toHaveTextContent('1 bericht geladen');
    // The last page: no more "Meer laden".
    expect(screen.queryByRole('button', { name: 'Meer laden' })).toBeNull();
    expect(cardTitles()).toHaveLength(7);
  });

  it('a post the next page repeats is shown once; with nothing new and no next page, focus goes to the heading', async () => {
    const api = new FakeNewsApi(week());
    renderNews(api);
    await screen.findByRole('link', { name: 'Bericht 7' });
    api.loadFeed.mockImplementationOnce(async () => ({ posts: [post({ id: 5, title: 'Bericht 5', publishAt: new Date(NOW.getTime() - 3 * DAY) })], next: undefined }));
    fireEvent.click(screen.getByRole('button', { name: 'Meer laden' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Geen nieuwe berichten geladen'));
    expect(cardTitles()).toEqual(['Bericht 7', 'Bericht 6', 'Bericht 5']);
    expect(screen.queryByRole('button', { name: 'Meer laden' })).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('heading', { level: 2, name: 'Vitaliteitsnieuws' })));
  });

  it('shows a spinner in the button while the next page loads and keeps focus on it', async () => {
    const api = new FakeNewsApi(week());
    renderNews(api);
    await screen.findByRole('link', { name: 'Bericht 7' });
    let release: () => void = () => undefined;
    api.hold = new Promise<void>((resolve) => (release = resolve));
    const more = screen.getByRole('button', { name: 'Meer laden' });
    more.focus();
    fireEvent.click(more);
    const busy = await screen.findByRole('button', { name: /Meer nieuws laden/ });
    expect(busy).toBe(more);
    expect(document.activeElement).toBe(busy);
    expect(busy).toHaveAttribute('aria-disabled', 'true');
    expect(busy.querySelector('[role="progressbar"], .fui-Spinner')).not.toBeNull();
    fireEvent.click(busy);
    expect(api.loadFeed).toHaveBeenCalledTimes(2);
    api.hold = undefined;
    release();
    await screen.findByRole('link', { name: 'Bericht 4' });
  });

  it('the pillar filter reloads from the first page with that pillar', async () => {
    const api = new FakeNewsApi(week());
    renderNews(api);
    await screen.findByRole('link', { name: 'Bericht 7' });
    expect(filterButton('Alle')).toHaveAttribute('aria-pressed', 'true');
    fireEvent.click(screen.getByRole('button', { name: 'Meer laden' }));
    await screen.findByRole('link', { name: 'Bericht 4' });

    fireEvent.click(filterButton('Kracht'));
    await screen.findByRole('link', { name: 'Bericht 6' });
    await waitFor(() => expect(cardTitles()).toEqual(['Bericht 6', 'Bericht 3']));
    const last = api.loadFeed.mock.calls[api.loadFeed.mock.calls.length - 1][0];
    expect(last).toStrictEqual({ pillar: 'Kracht', pageSize: 3 });
    expect(filterButton('Kracht')).toHaveAttribute('aria-pressed', 'true');
    expect(filterButton('Alle')).toHaveAttribute('aria-pressed', 'false');
    expect(screen.queryByRole('button', { name: 'Meer laden' })).toBeNull();

    fireEvent.click(filterButton('Alle'));
    await waitFor(() => expect(cardTitles()).toEqual(['Bericht 7', 'Bericht 6', 'Bericht 5']));
    expect(api.loadFeed.mock.calls[api.loadFeed.mock.calls.length - 1][0]).toStrictEqual({ pillar: null, pageSize: 3 });
  });

  it('starts at the pillar preset, and hides the filter when told to', async () => {
    const api = new FakeNewsApi(week());
    const { unmount } = renderNews(api, { pillarPreset: 'Beter' });
    await screen.findByRole('link', { name: 'Bericht 5' });
    expect(api.loadFeed).toHaveBeenCalledWith({ pillar: 'Beter', pageSize: 3 });
    expect(filterButton('Beter')).toHaveAttribute('aria-pressed', 'true');
    expect(cardTitles()).toEqual(['Bericht 5', 'Bericht 2']);
    unmount();

    renderNews(new FakeNewsApi(week()), { showFilter: false, layout: 'grid' });
    await screen.findByRole('link', { name: 'Bericht 7' });
    expect(screen.queryByRole('group', { name: 'Nieuws per pijler' })).toBeNull();
  });

  it('shows a friendly empty state, with other text and a way back when a pillar is chosen', async () => {
    const { unmount } = renderNews(new FakeNewsApi([]));
    expect(await screen.findByRole('heading', { name: 'Nog geen nieuws' })).toBeInTheDocument();
    expect(screen.getByText(/Er is nog geen vitaliteitsnieuws/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Toon al het nieuws' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Meer laden' })).toBeNull();
    unmount();

    const api = new FakeNewsApi([post({ id: 1, title: 'Alleen Samen', pillar: 'Samen' })]);
    renderNews(api, { pillarPreset: 'Kracht' });
    expect(await screen.findByRole('heading', { name: 'Nog geen nieuws' })).toBeInTheDocument();
    expect(screen.getByText(/Er is nog geen nieuws bij de pijler Kracht/)).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Toon al het nieuws' }));
    expect(await screen.findByRole('link', { name: 'Alleen Samen' })).toBeInTheDocument();
  });

  it('shows the error with a retry that loads again', async () => {
    const api = new FakeNewsApi([post({ id: 1, title: 'Na het herstel' })]);
    api.faults.loadFeed = new DataError('network', 'offline');
    renderNews(api);
    expect(await screen.findByText(/Er is geen verbinding met SharePoint/)).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Nog geen nieuws' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Opnieuw proberen' }));
    expect(await screen.findByRole('link', { name: 'Na het herstel' })).toBeInTheDocument();
    expect(api.loadFeed).toHaveBeenCalledTimes(2);
  });

  it('a failed "Meer laden" keeps the cards and offers a retry with the same token', async () => {
    const api = new FakeNewsApi(week());
    renderNews(api);
    await screen.findByRole('link', { name: 'Bericht 7' });
    api.faults.loadFeed = new DataError('throttled', 'busy');
    fireEvent.click(screen.getByRole('button', { name: 'Meer laden' }));
    expect(await screen.findByText(/SharePoint is even druk/)).toBeInTheDocument();
    expect(cardTitles()).toEqual(['Bericht 7', 'Bericht 6', 'Bericht 5']);
    fireEvent.click(screen.getByRole('button', { name: 'Opnieuw proberen' }));
    expect(await screen.findByRole('link', { name: 'Bericht 4' })).toBeInTheDocument();
    expect(api.loadFeed.mock.calls[2][0]).toStrictEqual(api.loadFeed.mock.calls[1][0]);
    expect(api.loadFeed.mock.calls[2][0].after).toEqual({ publishedAt: new Date(NOW.getTime() - 3 * DAY).toISOString(), id: 5 });
  });
});
