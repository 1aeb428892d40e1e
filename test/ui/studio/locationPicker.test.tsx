/**
 * @jest-environment jsdom
 */
import { screen, fireEvent, waitFor, within, configure, act } from '@testing-library/react';
import '@testing-library/jest-dom';
import { activity } from '../activities/fakeActivitiesApi';
import { AMBASSADOR, FAKE_LOCATIONS, FakeStudioApi, renderStudio } from './fakeStudioApi';

// The studio's location field: the owners' list (active places on site), "Andere plek…" for a
// one-off place, and a plain message where the list is empty. What is published carries the
// chosen place's address and route.

configure({ asyncUtilTimeout: 4000 });

function field(name: string): HTMLInputElement | HTMLSelectElement {
  const el = document.querySelector(`[data-studio-form] [data-field="${name}"]`) as HTMLInputElement;
  if (!el) {
    throw new Error('no field ' + name);
  }
  return el;
}

function change(name: string, value: string): void {
  fireEvent.change(field(name), { target: { value } });
}

async function startWorkshop(): Promise<void> {
  fireEvent.click(await screen.findByRole('button', { name: 'Workshop' }));
}

function optionTexts(): string[] {
  return Array.from((field('location') as HTMLSelectElement).options).map((o) => o.textContent || '');
}

async function publish(api: FakeStudioApi): Promise<void> {
  change('title', 'Workshop op locatie');
  fireEvent.click(document.querySelector('[data-studio-submit]') as HTMLElement);
  await waitFor(() => expect(api.published).toHaveLength(1));
}

describe('Ambassadeurs: the location field', () => {
  it('offers the active places on site from the list, by name, and "Andere plek…"; not online or retired ones', async () => {
    renderStudio(new FakeStudioApi());
    await screen.findByRole('button', { name: 'Publiceren' });
    expect(optionTexts()).toEqual(['Kies…', 'Mosae Forum, vergaderzaal 2.03', 'Stadhuis Markt, hoofdingang', 'Andere plek…']);
    expect(screen.getByRole('combobox', { name: /Locatie/ })).toBe(field('location'));
    expect(document.querySelector('[data-field="locationText"]')).toBeNull();
  });

  it('publishes a place from the list with its address and route link, and shows the address under the field', async () => {
    const api = new FakeStudioApi();
    renderStudio(api);
    await startWorkshop();
    change('location', '1');
    expect(screen.getByText('Adres: Markt 78, 6211 CK Maastricht')).toBeInTheDocument();
    await publish(api);
    expect(api.published[0]).toMatchObject({
      location: 'Stadhuis Markt, hoofdingang',
      address: 'Markt 78, 6211 CK Maastricht',
      routeUrl: FAKE_LOCATIONS[0].mapUrl
    });
  });

  it('takes a one-off place as free text after "Andere plek…", without the list\'s address or route', async () => {
    const api = new FakeStudioApi();
    renderStudio(api);
    await startWorkshop();
    change('location', 'other');
    const text = field('locationText') as HTMLInputElement;
    expect(text).toHaveValue('');
    expect(screen.getByRole('textbox', { name: /Andere plek/ })).toBe(text);
    // Empty: the error says so and its link leads to the free-text field.
    change('title', 'Workshop op locatie');
    fireEvent.click(document.querySelector('[data-studio-submit]') as HTMLElement);
    await act(async () => {
      await new Promise((r) => setTimeout(r, 10));
    });
    const summary = document.querySelector('[data-error-summary]') as HTMLElement;
    fireEvent.click(within(summary).getByRole('link', { name: 'Vul locatie in.' }));
    expect(document.activeElement).toBe(field('locationText'));
    change('locationText', 'Bij de fontein in het Stadspark');
    fireEvent.click(document.querySelector('[data-studio-submit]') as HTMLElement);
    await waitFor(() => expect(api.published).toHaveLength(1));
    expect(api.published[0]).toMatchObject({ location: 'Bij de fontein in het Stadspark', address: '', routeUrl: '' });
  });

  it('starts templates at the first active place of the list', async () => {
    renderStudio(new FakeStudioApi());
    await startWorkshop();
    expect(field('location')).toHaveValue('2');
    expect(optionTexts()[(field('location') as HTMLSelectElement).selectedIndex]).toBe('Mosae Forum, vergaderzaal 2.03');
  });

  it('with an empty list says that owners add locations under Beheer, and free text still publishes', async () => {
    const api = new FakeStudioApi();
    api.locations = [];
    renderStudio(api);
    await startWorkshop();
    expect(document.querySelector('[data-field="location"]')).toBeNull();
    expect(screen.getByText(/Er staan nog geen locaties in de lijst\. Typ de plek hier; eigenaren voegen locaties toe onder Beheer → Locaties\./)).toBeInTheDocument();
    expect(field('locationText')).toHaveValue('');
    change('locationText', 'Kantine werf Zuid');
    await publish(api);
    expect(api.published[0]).toMatchObject({ location: 'Kantine werf Zuid', address: '', routeUrl: '' });
  });

  it('treats an unreadable list like an empty one (free text, the same message)', async () => {
    const api = new FakeStudioApi();
    api.locations = undefined;
    renderStudio(api);
    await screen.findByRole('button', { name: 'Publiceren' });
    expect(screen.getByText(/Er staan nog geen locaties in de lijst/)).toBeInTheDocument();
    expect(field('locationText')).toBeInTheDocument();
  });

  it('opens an activity whose place is not (or no longer) in the list as free text, and one in the list as picked', async () => {
    const api = new FakeStudioApi();
    api.addActivity(
      activity({ id: 41, title: 'Bootcamp', dates: ['2026-12-04'], venue: { kind: 'onSite', location: 'Oude kantine' }, organiser: { id: AMBASSADOR.userId, name: 'Maud', email: AMBASSADOR.email } })
    );
    api.addActivity(
      activity({
        id: 42,
        title: 'Stoelyoga',
        dates: ['2026-12-05'],
        venue: { kind: 'onSite', location: 'Stadhuis Markt, hoofdingang' },
        address: 'Markt 78, 6211 CK Maastricht',
        routeUrl: FAKE_LOCATIONS[0].mapUrl,
        organiser: { id: AMBASSADOR.userId, name: 'Maud', email: AMBASSADOR.email }
      })
    );
    renderStudio(api);
    fireEvent.click(await screen.findByRole('tab', { name: 'Mijn activiteiten' }));
    const bootcamp = (await screen.findByText('Bootcamp')).closest('[data-my-activity]') as HTMLElement;
    fireEvent.click(within(bootcamp).getByRole('button', { name: 'Wijzigen' }));
    await screen.findByRole('button', { name: 'Wijzigingen opslaan' });
    expect(field('location')).toHaveValue('other');
    expect(field('locationText')).toHaveValue('Oude kantine');
    fireEvent.click(screen.getByRole('button', { name: 'Stoppen met wijzigen' }));

    const yoga = (await screen.findByText('Stoelyoga')).closest('[data-my-activity]') as HTMLElement;
    fireEvent.click(within(yoga).getByRole('button', { name: 'Wijzigen' }));
    await screen.findByRole('button', { name: 'Wijzigingen opslaan' });
    expect(field('location')).toHaveValue('1');
    expect(document.querySelector('[data-field="locationText"]')).toBeNull();
  });
});
