/**
 * @jest-environment jsdom
 */
import { screen, fireEvent, waitFor, within, configure, act } from '@testing-library/react';
import '@testing-library/jest-dom';
import { DataError } from '../../../src/core/errors';
import { AMBASSADOR, FakeStudioApi, renderStudio } from './fakeStudioApi';

// Beheer → Locaties: the owners keep the places ambassadors pick. List, add, edit, retire and
// restore, with Dutch validation, loading / empty / error states, focus where it belongs.

configure({ asyncUtilTimeout: 4000, defaultHidden: true });

const OWNER = { ...AMBASSADOR, isOwner: true };

async function openPanel(api: FakeStudioApi): Promise<HTMLElement> {
  renderStudio(api);
  fireEvent.click(await screen.findByRole('tab', { name: 'Beheer' }));
  const panel = (await screen.findByRole('heading', { name: 'Locaties' })).closest('[data-locations-panel]') as HTMLElement;
  await waitFor(() => expect(within(panel).queryByText('Locaties laden…')).toBeNull());
  return panel;
}

function locationInput(panel: HTMLElement, name: string): HTMLInputElement {
  return panel.querySelector(`[data-location-field="${name}"]`) as HTMLInputElement;
}

async function settle(): Promise<void> {
  await act(async () => {
    await new Promise((r) => setTimeout(r, 10));
  });
}

describe('Beheer: Locaties', () => {
  it('lists every location with its address and kind, retired ones marked, the map link opening safely in a new tab', async () => {
    const panel = await openPanel(new FakeStudioApi(OWNER));
    const list = within(panel).getByRole('list', { name: 'Locaties in de lijst' });
    const rows = within(list).getAllByRole('listitem');
    expect(rows.map((r) => r.querySelector('span span')?.textContent)).toEqual([
      'Mosae Forum, vergaderzaal 2.03',
      'Oude kantine',
      'Stadhuis Markt, hoofdingang',
      'Teams-vergadering'
    ]);
    expect(within(rows[1]).getByText('Buiten gebruik')).toBeInTheDocument();
    expect(within(rows[2]).getByText('Markt 78, 6211 CK Maastricht · Op locatie')).toBeInTheDocument();
    expect(within(rows[3]).getByText('Geen adres · Online')).toBeInTheDocument();
    const map = within(rows[2]).getByRole('link', { name: 'Kaart van Stadhuis Markt, hoofdingang' });
    expect(map).toHaveAttribute('target', '_blank');
    expect(map).toHaveAttribute('rel', 'noopener noreferrer');
    expect(map.getAttribute('href')).toMatch(/^https:\/\/www\.openstreetmap\.org\//);
    // Buttons say which location they act on.
    expect(within(rows[2]).getByRole('button', { name: 'Stadhuis Markt, hoofdingang wijzigen' })).toBeInTheDocument();
    expect(within(rows[1]).getByRole('button', { name: 'Oude kantine weer in gebruik nemen' })).toBeInTheDocument();
  });

  it('adds a location after Dutch validation (name, https map link, no duplicate name); the form offers it at once', async () => {
    const api = new FakeStudioApi(OWNER);
    const panel = await openPanel(api);
    fireEvent.click(within(panel).getByRole('button', { name: 'Locatie toevoegen' }));
    await settle();
    expect(document.activeElement).toBe(locationInput(panel, 'name'));
    fireEvent.click(within(panel).getByRole('button', { name: 'Opslaan' }));
    await settle();
    expect(within(panel).getByText('Vul naam in.')).toBeInTheDocument();
    expect(document.activeElement).toBe(locationInput(panel, 'name'));
    fireEvent.change(locationInput(panel, 'name'), { target: { value: 'stadhuis markt, hoofdingang' } });
    fireEvent.change(locationInput(panel, 'mapUrl'), { target: { value: 'http://www.openstreetmap.org/search?query=Markt' } });
    fireEvent.click(within(panel).getByRole('button', { name: 'Opslaan' }));
    await settle();
    expect(within(panel).getByText('Er is al een locatie met deze naam.')).toBeInTheDocument();
    expect(within(panel).getByText('Kaartlink moet beginnen met https://.')).toBeInTheDocument();
    expect(api.locations).toHaveLength(4);

    fireEvent.change(locationInput(panel, 'name'), { target: { value: 'Bibliotheek Centre Céramique' } });
    fireEvent.change(locationInput(panel, 'address'), { target: { value: 'Avenue Céramique 50, 6221 KV Maastricht' } });
    fireEvent.change(locationInput(panel, 'mapUrl'), { target: { value: 'https://www.openstreetmap.org/search?query=Avenue%20C%C3%A9ramique%2050' } });
    fireEvent.click(within(panel).getByRole('button', { name: 'Opslaan' }));
    expect(await within(panel).findByText('Toegevoegd: Bibliotheek Centre Céramique.')).toBeInTheDocument();
    expect(api.locations?.map((l) => l.name)).toContain('Bibliotheek Centre Céramique');
    await settle();
    // Focus goes to the new location's "Wijzigen".
    expect(document.activeElement).toHaveAttribute('aria-label', 'Bibliotheek Centre Céramique wijzigen');

    fireEvent.click(screen.getByRole('tab', { name: 'Nieuwe activiteit' }));
    const select = (await screen.findByRole('button', { name: 'Publiceren' })) && (document.querySelector('[data-field="location"]') as HTMLSelectElement);
    expect(Array.from(select.options).map((o) => o.textContent)).toContain('Bibliotheek Centre Céramique');
  });

  it('edits a location; Escape closes the editor without saving', async () => {
    const api = new FakeStudioApi(OWNER);
    const panel = await openPanel(api);
    fireEvent.click(within(panel).getByRole('button', { name: 'Mosae Forum, vergaderzaal 2.03 wijzigen' }));
    await settle();
    expect(within(panel).getByRole('heading', { name: 'Mosae Forum, vergaderzaal 2.03 wijzigen' })).toBeInTheDocument();
    fireEvent.change(locationInput(panel, 'name'), { target: { value: 'Iets anders' } });
    fireEvent.keyDown(locationInput(panel, 'name'), { key: 'Escape' });
    await settle();
    expect(locationInput(panel, 'name')).toBeNull();
    expect(api.locations?.filter((l) => l.id === 2)[0].name).toBe('Mosae Forum, vergaderzaal 2.03');
    expect(document.activeElement).toHaveAttribute('aria-label', 'Mosae Forum, vergaderzaal 2.03 wijzigen');

    fireEvent.click(within(panel).getByRole('button', { name: 'Mosae Forum, vergaderzaal 2.03 wijzigen' }));
    await settle();
    expect(locationInput(panel, 'address')).toHaveValue('Mosae Forum 10, 6211 DW Maastricht');
    fireEvent.change(locationInput(panel, 'mapUrl'), { target: { value: 'https://www.openstreetmap.org/search?query=Mosae%20Forum%2010' } });
    fireEvent.click(within(panel).getByRole('button', { name: 'Opslaan' }));
    expect(await within(panel).findByText('Opgeslagen: Mosae Forum, vergaderzaal 2.03.')).toBeInTheDocument();
    expect(api.locations?.filter((l) => l.id === 2)[0].mapUrl).toBe('https://www.openstreetmap.org/search?query=Mosae%20Forum%2010');
  });

  it('retires and restores a location; a retired one is no longer offered in the form', async () => {
    const api = new FakeStudioApi(OWNER);
    const panel = await openPanel(api);
    fireEvent.click(within(panel).getByRole('button', { name: 'Stadhuis Markt, hoofdingang buiten gebruik zetten' }));
    expect(await within(panel).findByText('Stadhuis Markt, hoofdingang staat buiten gebruik. Activiteiten die er al staan houden deze locatie.')).toBeInTheDocument();
    expect(api.locations?.filter((l) => l.id === 1)[0].active).toBe(false);
    fireEvent.click(within(panel).getByRole('button', { name: 'Oude kantine weer in gebruik nemen' }));
    expect(await within(panel).findByText('Oude kantine is weer in gebruik.')).toBeInTheDocument();

    fireEvent.click(screen.getByRole('tab', { name: 'Nieuwe activiteit' }));
    await screen.findByRole('button', { name: 'Publiceren' });
    const select = document.querySelector('[data-field="location"]') as HTMLSelectElement;
    expect(Array.from(select.options).map((o) => o.textContent)).toEqual(['Kies…', 'Mosae Forum, vergaderzaal 2.03', 'Oude kantine', 'Andere plek…']);
  });

  it('says plainly when the list is empty', async () => {
    const empty = new FakeStudioApi(OWNER);
    empty.locations = [];
    const panel = await openPanel(empty);
    expect(within(panel).getByText('Er staan nog geen locaties in de lijst. Voeg de eerste toe; tot dan typen ambassadeurs de plek zelf.')).toBeInTheDocument();
  });

  it('shows a failed load with a retry', async () => {
    const api = new FakeStudioApi(OWNER);
    api.locationFaults.load = () => new DataError('throttled', '429');
    renderStudio(api);
    fireEvent.click(await screen.findByRole('tab', { name: 'Beheer' }));
    const alert = await screen.findByText('SharePoint is even druk. Wacht een paar seconden en probeer het opnieuw.');
    fireEvent.click(within(alert.closest('[role="alert"]') as HTMLElement).getByRole('button', { name: 'Opnieuw proberen' }));
    expect(await screen.findByText('Stadhuis Markt, hoofdingang')).toBeInTheDocument();
  });

  it('keeps the input and says why when SharePoint refuses the save', async () => {
    const api = new FakeStudioApi(OWNER);
    const panel = await openPanel(api);
    fireEvent.click(within(panel).getByRole('button', { name: 'Locatie toevoegen' }));
    fireEvent.change(locationInput(panel, 'name'), { target: { value: 'Stadspark' } });
    api.locationFaults.save = () => new DataError('accessDenied', '403');
    fireEvent.click(within(panel).getByRole('button', { name: 'Opslaan' }));
    expect(await within(panel).findByText(/Je hebt geen toegang tot deze gegevens/)).toBeInTheDocument();
    expect(locationInput(panel, 'name')).toHaveValue('Stadspark');
    expect(api.locations).toHaveLength(4);
  });
});
