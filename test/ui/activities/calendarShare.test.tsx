/**
 * @jest-environment jsdom
 */
import { screen, fireEvent, waitFor, within, configure } from '@testing-library/react';
import '@testing-library/jest-dom';
import { PAGE_URL, renderActivities } from './renderActivities';
import { ANOUK, FakeActivitiesApi, LUNCH_WALK, registration } from './fakeActivitiesApi';

// Own file (own jsdom): Fluent's focus trap state does not carry over from other suites.
configure({ asyncUtilTimeout: 4000 });

async function openDetail(title: string): Promise<HTMLElement> {
  fireEvent.click(await screen.findByRole('button', { name: title }));
  const dialog = await screen.findByRole('dialog');
  await waitFor(() => expect(within(dialog).queryByText('Plekken laden…')).toBeNull());
  return dialog;
}

function dateRow(dialog: HTMLElement, isoDate: string): HTMLElement {
  return dialog.querySelector(`[data-session="${isoDate}"]`) as HTMLElement;
}

describe('Add to calendar and share', () => {
  const created: Blob[] = [];
  beforeEach(() => {
    created.length = 0;
    (URL as unknown as { createObjectURL: (b: Blob) => string }).createObjectURL = (b: Blob) => {
      created.push(b);
      return 'blob:fake';
    };
    (URL as unknown as { revokeObjectURL: () => void }).revokeObjectURL = () => undefined;
  });

  it('downloads an .ics built by core and links to Outlook for each date', async () => {
    const api = new FakeActivitiesApi(undefined, [registration(3, LUNCH_WALK, ANOUK.userId, '2026-11-24')]);
    const clicks: string[] = [];
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push(this.download);
    });
    renderActivities(api);
    const dialog = await openDetail('Lunchwandeling vanaf het Stadhuis');
    const row = within(dateRow(dialog, '2026-11-24'));
    fireEvent.click(row.getByRole('button', { name: 'In agenda (.ics)' }));
    expect(clicks).toEqual(['lunchwandeling-vanaf-het-stadhuis-2026-11-24.ics']);
    const text = await new Promise<string>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.readAsText(created[0]);
    });
    expect(text).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(text).toContain('DTSTART;TZID=Europe/Amsterdam:20261124T121500');
    // Unfolded (RFC 5545 folds lines at 75 octets): the page link with only ?activity=<id>.
    expect(text.replace(/\r\n[ \t]/g, '')).toContain('URL:https://gemeente.sharepoint.com/sites/stella/SitePages/Home.aspx?activity=1\r\n');
    // By text, not role: in jsdom (no layout) Fluent's focus trap may mark the surface
    // aria-hidden after a while; the browser tests check the real accessibility tree.
    const outlook = row.getByText('Outlook').closest('a') as HTMLAnchorElement;
    expect(outlook.textContent).toBe('Outlook');
    expect(outlook.getAttribute('href')).toMatch(/^https:\/\/outlook\.office\.com\/calendar\/action\/compose\?rru=addevent/);
    expect(outlook.getAttribute('href')).toContain('startdt=2026-11-24T11%3A15%3A00Z');
    expect(outlook).toHaveAttribute('target', '_blank');
    click.mockRestore();
  });

  it('offers nothing for the agenda while one is on the waiting list', async () => {
    // Two places, two colleagues first: this viewer waits.
    const api = new FakeActivitiesApi(undefined, [
      registration(3, LUNCH_WALK, 98, '2026-11-24'),
      registration(4, LUNCH_WALK, 99, '2026-11-24'),
      registration(5, LUNCH_WALK, ANOUK.userId, '2026-11-24')
    ]);
    renderActivities(api);
    const dialog = await openDetail('Lunchwandeling vanaf het Stadhuis');
    const row = within(dateRow(dialog, '2026-11-24'));
    await row.findByText(/Op de wachtlijst/);
    expect(row.queryByRole('button', { name: 'In agenda (.ics)' })).toBeNull();
    expect(row.queryByText('Outlook')).toBeNull();
  });

  it('"Deel" copies the page link with ?activity=<id> and confirms it', async () => {
    const writeText = jest.fn(async () => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    renderActivities(new FakeActivitiesApi());
    const dialog = await openDetail('Start to Run voor beginners');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Deel' }));
    expect(await within(dialog).findByText('Link gekopieerd')).toBeInTheDocument();
    // Only ?activity=<id>: the sharer's ?mode=view stays behind (issue 15).
    expect(writeText).toHaveBeenCalledWith('https://gemeente.sharepoint.com/sites/stella/SitePages/Home.aspx?activity=2');
  });

  it('in Teams, "Deel" makes a deep link into the tab; without a clipboard it shows the link to copy', async () => {
    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
    renderActivities(new FakeActivitiesApi(), {
      hostKind: 'teams',
      share: { pageUrl: PAGE_URL, teamsAppId: 'app-1', teamsEntityId: 'activities' }
    });
    const dialog = await openDetail('Start to Run voor beginners');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Deel' }));
    const field = (await within(dialog).findByLabelText('Kopieer deze link')) as HTMLInputElement;
    expect(field.value).toMatch(/^https:\/\/teams\.microsoft\.com\/l\/entity\/app-1\/activities\?/);
    expect(decodeURIComponent(field.value)).toContain('{"subEntityId":"activity-2"}');
  });
});
