/**
 * @jest-environment jsdom
 */
import { screen, fireEvent, waitFor, within, configure } from '@testing-library/react';
import '@testing-library/jest-dom';
import { renderActivities } from './renderActivities';
import { activity, FakeActivitiesApi, LUNCH_WALK, START_TO_RUN, YOGA_ONLINE } from './fakeActivitiesApi';

// The activity's own address and route link (copied from "SamenBeter Locaties" when it was
// published): shown in the detail, https only, opening safely in a new tab.

configure({ asyncUtilTimeout: 4000 });

const ROUTE = 'https://www.openstreetmap.org/search?query=Markt%2078%2C%206211%20CK%20Maastricht';

async function openDetail(title: string): Promise<HTMLElement> {
  fireEvent.click(await screen.findByRole('button', { name: title }));
  const dialog = await screen.findByRole('dialog');
  await waitFor(() => expect(within(dialog).queryByText('Plekken laden…')).toBeNull());
  return dialog;
}

describe('Activity detail: address and route', () => {
  it('shows the address and a "Route" link named after the place, in a new tab without opener', async () => {
    const walk = { ...LUNCH_WALK, address: 'Markt 78, 6211 CK Maastricht', routeUrl: ROUTE };
    renderActivities(new FakeActivitiesApi([walk, START_TO_RUN]));
    const dialog = await openDetail(walk.title);
    expect(within(dialog).getByText('Adres')).toBeInTheDocument();
    expect(dialog.querySelector('[data-activity-address]')).toHaveTextContent('Markt 78, 6211 CK Maastricht');
    const route = within(dialog).getByRole('link', { name: 'Route naar Stadhuis Markt, hoofdingang' });
    expect(route).toHaveTextContent('Route');
    expect(route).toHaveAttribute('href', ROUTE);
    expect(route).toHaveAttribute('target', '_blank');
    expect(route).toHaveAttribute('rel', 'noopener noreferrer');
  });

  it('shows no route for a link that is not https, and neither address nor route where there is none', async () => {
    const forged = activity({
      id: 9,
      title: 'Bootcamp op het Vrijthof',
      dates: ['2026-12-02'],
      venue: { kind: 'onSite', location: 'Vrijthof' },
      address: 'Vrijthof, Maastricht',
      routeUrl: 'javascript:alert(document.cookie)'
    });
    renderActivities(new FakeActivitiesApi([forged, START_TO_RUN]));
    let dialog = await openDetail(forged.title);
    expect(dialog.querySelector('[data-activity-address]')).toHaveTextContent('Vrijthof, Maastricht');
    expect(dialog.querySelector('[data-route-link]')).toBeNull();
    expect(within(dialog).queryByRole('link', { name: /Route naar/ })).toBeNull();
    fireEvent.keyDown(dialog, { key: 'Escape' });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

    dialog = await openDetail(START_TO_RUN.title);
    expect(dialog.querySelector('[data-activity-address]')).toBeNull();
    expect(dialog.querySelector('[data-route-link]')).toBeNull();
  });

  it('shows no place and no route for an online activity, whatever the item says', async () => {
    const online = { ...YOGA_ONLINE, address: 'Markt 78, 6211 CK Maastricht', routeUrl: ROUTE };
    renderActivities(new FakeActivitiesApi([online]));
    const dialog = await openDetail(online.title);
    expect(dialog.querySelector('[data-activity-address]')).toBeNull();
    expect(dialog.querySelector('[data-route-link]')).toBeNull();
  });
});
