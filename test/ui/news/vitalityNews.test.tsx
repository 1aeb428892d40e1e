/**
 * @jest-environment jsdom
 */
import { screen, fireEvent, waitFor, within } from '@testing-library/react';
import '@testing-library/jest-dom';
import { DataError } from '../../../src/core/errors';
import { NewsPost } from '../../../src/core/types';
import { FakeNewsApi, NOW, post } from './fakeNewsApi';
import { renderNews } from './renderNews';

const DAY = 24 * 60 * 60 * 1000;

/** Seven published posts, one a day back from NOW, alternating pillars; id 1 is the oldest. */
function week(): NewsPost[] {
  const pillars: Array<NewsPost['pillar']> = ['Kracht', 'Samen', 'Beter'];
  return [1, 2, 3, 4, 5, 6, 7].map((id) =>
    post({ id, title: `Bericht ${id}`, pillar: pillars[id % 3], publishAt: new Date(NOW.getTime() - (8 - id) * DAY) })
  );
}

function cardTitles(): string[] {
  return Array.from(document.querySelectorAll('[data-news-open]')).map((b) => b.textContent || '');
}

function card(title: string): HTMLElement {
  return screen.getByRole('button', { name: title }).closest('[data-news-card]') as HTMLElement;
}

function filterButton(name: string): HTMLElement {
  return within(screen.getByRole('group', { name: 'Nieuws per pijler' })).getByRole('button', { name });
}

describe('Vitaliteitsnieuws feed', () => {
  it('shows the heading in a region and the posts newest first with Dutch Amsterdam date, pillar and excerpt', async () => {
    const api = new FakeNewsApi([
      post({ id: 1, title: 'Lunchwandeling groot succes', pillar: 'Samen', publishAt: new Date('2026-11-17T09:00:00Z') }),
      // 23:30Z on Monday is already Tuesday 00:30 in Amsterdam.
      post({ id: 2, title: 'Week van de mantelzorg', pillar: 'Kracht', excerpt: 'Zorg ook voor jezelf.', publishAt: new Date('2026-11-23T23:30:00Z') }),
      post({ id: 3, title: 'Fietsen naar het werk', pillar: 'Beter', publishAt: new Date('2026-11-20T07:00:00Z'), imageUrl: 'https://cdn.example/fiets.jpg' })
    ]);
    renderNews(api);
    expect(screen.getByText('Nieuws laden…')).toBeInTheDocument();
    await screen.findByRole('button', { name: 'Week van de mantelzorg' });

    const region = screen.getByRole('region', { name: 'Vitaliteitsnieuws' });
    expect(within(region).getByRole('heading', { level: 2, name: 'Vitaliteitsnieuws' })).toBeInTheDocument();
    expect(cardTitles()).toEqual(['Week van de mantelzorg', 'Fietsen naar het werk', 'Lunchwandeling groot succes']);

    const mantelzorg = within(card('Week van de mantelzorg'));
    expect(mantelzorg.getByText('di 24 nov 2026')).toHaveAttribute('datetime', '2026-11-24');
    expect(mantelzorg.getByText('Kracht')).toBeInTheDocument();
    expect(mantelzorg.getByText('Zorg ook voor jezelf.')).toBeInTheDocument();
    expect(within(card('Fietsen naar het werk')).getByText('vr 20 nov 2026')).toBeInTheDocument();
    expect(card('Fietsen naar het werk').querySelector('img')).toHaveAttribute('src', 'https://cdn.example/fiets.jpg');
    expect(card('Fietsen naar het werk').querySelector('img')).toHaveAttribute('alt', '');

    expect(api.loadFeed).toHaveBeenCalledTimes(1);
    expect(api.loadFeed).toHaveBeenCalledWith({ pillar: null, pageSize: 3, now: NOW });
  });

  it('never shows a post that is not published at "now", whatever the data layer returns', async () => {
    const api = new FakeNewsApi([
      post({ id: 1, title: 'Gepubliceerd bericht' }),
      post({ id: 2, title: 'Concept van Communicatie', approved: false }),
      post({ id: 3, title: 'Gepland voor morgen', publishAt: new Date(NOW.getTime() + DAY) }),
      post({ id: 4, title: 'Verlopen actie', publishAt: new Date('2026-11-01T08:00:00Z'), expireAt: NOW })
    ]);
    renderNews(api, { pageSize: 10 });
    await screen.findByRole('button', { name: 'Gepubliceerd bericht' });
    expect(cardTitles()).toEqual(['Gepubliceerd bericht']);
    expect(document.body.textContent).not.toMatch(/Concept van Communicatie|Gepland voor morgen|Verlopen actie/);
  });

  it('a non-safe image URL never reaches the DOM', async () => {
    renderNews(new FakeNewsApi([post({ id: 1, title: 'Met valse afbeelding', imageUrl: 'javascript:alert(1)' })]));
    await screen.findByRole('button', { name: 'Met valse afbeelding' });
    expect(document.querySelector('img')).toBeNull();
  });

  it('"Meer laden" passes the next token, appends the page, moves focus to the first new card and announces it', async () => {
    const api = new FakeNewsApi(week());
    renderNews(api);
    await screen.findByRole('button', { name: 'Bericht 7' });
    expect(cardTitles()).toEqual(['Bericht 7', 'Bericht 6', 'Bericht 5']);

    fireEvent.click(screen.getByRole('button', { name: 'Meer laden' }));
    await screen.findByRole('button', { name: 'Bericht 4' });
    expect(api.loadFeed).toHaveBeenCalledTimes(2);
    expect(api.loadFeed.mock.calls[1][0]).toEqual({
      pillar: null,
      pageSize: 3,
      now: NOW,
      after: { publishAt: new Date(NOW.getTime() - 3 * DAY).toISOString(), id: 5 }
    });
    expect(cardTitles()).toEqual(['Bericht 7', 'Bericht 6', 'Bericht 5', 'Bericht 4', 'Bericht 3', 'Bericht 2']);
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Bericht 4' })));
    expect(screen.getByRole('status')).toHaveTextContent('3 berichten geladen');

    fireEvent.click(screen.getByRole('button', { name: 'Meer laden' }));
    await screen.findByRole('button', { name: 'Bericht 1' });
    expect(screen.getByRole('status')).toHaveTextContent('1 bericht geladen');
    // The last page: no more "Meer laden".
    expect(screen.queryByRole('button', { name: 'Meer laden' })).toBeNull();
    expect(cardTitles()).toHaveLength(7);
  });

  it('shows a spinner in the button while the next page loads and keeps focus on it', async () => {
    const api = new FakeNewsApi(week());
    renderNews(api);
    await screen.findByRole('button', { name: 'Bericht 7' });
    let release: () => void = () => undefined;
    api.hold = new Promise<void>((resolve) => (release = resolve));
    const more = screen.getByRole('button', { name: 'Meer laden' });
    more.focus();
    fireEvent.click(more);
    const busy = await screen.findByRole('button', { name: /Meer nieuws laden/ });
    expect(busy).toBe(more);
    expect(busy).toHaveAttribute('aria-disabled', 'true');
    expect(busy.querySelector('[role="progressbar"], .fui-Spinner')).not.toBeNull();
    fireEvent.click(busy);
    expect(api.loadFeed).toHaveBeenCalledTimes(2);
    api.hold = undefined;
    release();
    await screen.findByRole('button', { name: 'Bericht 4' });
  });

  it('the pillar filter reloads from the first page with that pillar', async () => {
    const api = new FakeNewsApi(week());
    renderNews(api);
    await screen.findByRole('button', { name: 'Bericht 7' });
    expect(filterButton('Alle')).toHaveAttribute('aria-pressed', 'true');
    fireEvent.click(screen.getByRole('button', { name: 'Meer laden' }));
    await screen.findByRole('button', { name: 'Bericht 4' });

    fireEvent.click(filterButton('Kracht'));
    await screen.findByRole('button', { name: 'Bericht 6' });
    await waitFor(() => expect(cardTitles()).toEqual(['Bericht 6', 'Bericht 3']));
    const last = api.loadFeed.mock.calls[api.loadFeed.mock.calls.length - 1][0];
    expect(last).toEqual({ pillar: 'Kracht', pageSize: 3, now: NOW });
    expect(last.after).toBeUndefined();
    expect(filterButton('Kracht')).toHaveAttribute('aria-pressed', 'true');
    expect(filterButton('Alle')).toHaveAttribute('aria-pressed', 'false');
    expect(screen.queryByRole('button', { name: 'Meer laden' })).toBeNull();

    fireEvent.click(filterButton('Alle'));
    await waitFor(() => expect(cardTitles()).toEqual(['Bericht 7', 'Bericht 6', 'Bericht 5']));
    expect(api.loadFeed.mock.calls[api.loadFeed.mock.calls.length - 1][0]).toEqual({ pillar: null, pageSize: 3, now: NOW });
  });

  it('starts at the pillar preset, and hides the filter when told to', async () => {
    const api = new FakeNewsApi(week());
    const { unmount } = renderNews(api, { pillarPreset: 'Beter' });
    await screen.findByRole('button', { name: 'Bericht 5' });
    expect(api.loadFeed).toHaveBeenCalledWith({ pillar: 'Beter', pageSize: 3, now: NOW });
    expect(filterButton('Beter')).toHaveAttribute('aria-pressed', 'true');
    unmount();

    renderNews(new FakeNewsApi(week()), { showFilter: false, layout: 'grid' });
    await screen.findByRole('button', { name: 'Bericht 7' });
    expect(screen.queryByRole('group', { name: 'Nieuws per pijler' })).toBeNull();
  });

  it('shows a friendly empty state, with other text and a way back when a pillar is chosen', async () => {
    const { unmount } = renderNews(new FakeNewsApi([]));
    expect(await screen.findByRole('heading', { name: 'Nog geen nieuws' })).toBeInTheDocument();
    expect(screen.getByText(/Er is nog geen vitaliteitsnieuws/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Toon al het nieuws' })).toBeNull();
    unmount();

    const api = new FakeNewsApi([post({ id: 1, title: 'Alleen Samen', pillar: 'Samen' })]);
    renderNews(api, { pillarPreset: 'Kracht' });
    expect(await screen.findByRole('heading', { name: 'Nog geen nieuws' })).toBeInTheDocument();
    expect(screen.getByText(/Er is nog geen nieuws bij de pijler Kracht/)).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Toon al het nieuws' }));
    expect(await screen.findByRole('button', { name: 'Alleen Samen' })).toBeInTheDocument();
  });

  it('shows the error with a retry that loads again', async () => {
    const api = new FakeNewsApi([post({ id: 1, title: 'Na het herstel' })]);
    api.faults.loadFeed = new DataError('network', 'offline');
    renderNews(api);
    expect(await screen.findByText(/Er is geen verbinding met SharePoint/)).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Nog geen nieuws' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Opnieuw proberen' }));
    expect(await screen.findByRole('button', { name: 'Na het herstel' })).toBeInTheDocument();
    expect(api.loadFeed).toHaveBeenCalledTimes(2);
  });

  it('a failed "Meer laden" keeps the cards and offers a retry', async () => {
    const api = new FakeNewsApi(week());
    renderNews(api);
    await screen.findByRole('button', { name: 'Bericht 7' });
    api.faults.loadFeed = new DataError('throttled', 'busy');
    fireEvent.click(screen.getByRole('button', { name: 'Meer laden' }));
    expect(await screen.findByText(/SharePoint is even druk/)).toBeInTheDocument();
    expect(cardTitles()).toEqual(['Bericht 7', 'Bericht 6', 'Bericht 5']);
    fireEvent.click(screen.getByRole('button', { name: 'Opnieuw proberen' }));
    expect(await screen.findByRole('button', { name: 'Bericht 4' })).toBeInTheDocument();
  });
});

describe('Vitaliteitsnieuws detail', () => {
  const EVIL =
    '<p>Beweeg <strong>meer</strong>.</p><script>window.__xss=1</script><img src=x onerror="window.__xss=2">' +
    '<a href="javascript:window.__xss=3">klik hier</a><a href="https://www.365vitaal.nl/">365 Vitaal</a>';

  afterEach(() => {
    delete (window as unknown as { __xss?: number }).__xss;
  });

  async function openDetail(title: string): Promise<HTMLElement> {
    const button = await screen.findByRole('button', { name: title });
    button.focus();
    fireEvent.click(button);
    return screen.findByRole('dialog');
  }

  it('shows title, pillar, date and the sanitised body, and returns focus to the title on close', async () => {
    const api = new FakeNewsApi([
      post({ id: 8, title: 'Nationale Week van de Bewegen', pillar: 'Kracht', theme: 'fysiek', publishAt: new Date('2026-11-23T23:30:00Z'), bodyHtml: EVIL })
    ]);
    renderNews(api);
    const dialog = await openDetail('Nationale Week van de Bewegen');
    await waitFor(() => expect(api.loadPost).toHaveBeenCalledWith(8));
    expect(within(dialog).getByText('Nationale Week van de Bewegen')).toBeInTheDocument();
    expect(within(dialog).getByText('Kracht')).toBeInTheDocument();
    expect(within(dialog).getByText('Fysieke gezondheid')).toBeInTheDocument();
    expect(within(dialog).getByText('Gepubliceerd op di 24 nov 2026')).toBeInTheDocument();
    expect(within(dialog).getByText('meer').tagName).toBe('STRONG');

    expect(dialog.querySelector('script')).toBeNull();
    expect(dialog.querySelector('[onerror]')).toBeNull();
    expect(dialog.querySelector('img')).toBeNull();
    expect(dialog.querySelector('a[href^="javascript:" i]')).toBeNull();
    expect(document.querySelector('script, [onerror], [href^="javascript:" i]')).toBeNull();
    expect(within(dialog).getByText('klik hier').getAttribute('href')).toBeNull();
    expect(within(dialog).getByText('365 Vitaal')).toHaveAttribute('href', 'https://www.365vitaal.nl/');
    expect(within(dialog).getByText('365 Vitaal')).toHaveAttribute('rel', 'noopener noreferrer');
    expect((window as unknown as { __xss?: number }).__xss).toBeUndefined();

    const close = within(dialog).getByRole('button', { name: 'Sluiten' });
    close.focus();
    fireEvent.click(close);
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Nationale Week van de Bewegen' })));
  });

  it('Escape closes the detail', async () => {
    renderNews(new FakeNewsApi([post({ id: 1, title: 'Samen lunchen' })]));
    const dialog = await openDetail('Samen lunchen');
    fireEvent.keyDown(dialog, { key: 'Escape' });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Samen lunchen' })));
  });

  it('shows the full post read fresh, and says so when it is gone or no longer published', async () => {
    const api = new FakeNewsApi([post({ id: 1, title: 'Kort in de feed', bodyHtml: '' })]);
    api.loadPost.mockImplementationOnce(async () => post({ id: 1, title: 'Kort in de feed', bodyHtml: '<p>Het hele verhaal.</p>' }));
    renderNews(api);
    let dialog = await openDetail('Kort in de feed');
    expect(await within(dialog).findByText('Het hele verhaal.')).toBeInTheDocument();
    fireEvent.keyDown(dialog, { key: 'Escape' });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

    api.loadPost.mockImplementationOnce(async () => post({ id: 1, title: 'Kort in de feed', approved: false }));
    dialog = await openDetail('Kort in de feed');
    expect(await within(dialog).findByText('Dit bericht is niet (meer) beschikbaar.')).toBeInTheDocument();
    expect(within(dialog).queryByText('Samen vitaal.')).toBeNull();
  });
});
