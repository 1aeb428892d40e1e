/**
 * @jest-environment jsdom
 */
import { screen, fireEvent, within, configure, waitFor } from '@testing-library/react';
import '@testing-library/jest-dom';
import { TextDecoder } from 'util';
import { activity } from '../activities/fakeActivitiesApi';
import { FakeStudioApi, renderStudio } from './fakeStudioApi';

configure({ asyncUtilTimeout: 4000 });

function readBytes(blob: Blob): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(blob);
  });
}

describe('Ambassadeurs: participants', () => {
  const created: Blob[] = [];
  const originalCreate = URL.createObjectURL;
  const originalRevoke = URL.revokeObjectURL;
  let clicked: HTMLAnchorElement[] = [];
  beforeEach(() => {
    created.length = 0;
    clicked = [];
    URL.createObjectURL = (blob: Blob) => {
      created.push(blob);
      return 'blob:test/' + created.length;
    };
    URL.revokeObjectURL = () => undefined;
    jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });
  });
  afterEach(() => {
    URL.createObjectURL = originalCreate;
    URL.revokeObjectURL = originalRevoke;
    jest.restoreAllMocks();
  });

  it('lists confirmed and waiting in order, exports a Dutch-Excel CSV and offers a Teams group chat', async () => {
    const api = new FakeStudioApi();
    const walk = activity({ id: 1, title: 'Lunchwandeling', shape: 'weeklyDropIn', dates: ['2026-11-24', '2026-12-01'], capacity: 1 });
    api.addActivity(walk);
    api.signUp(walk, '2026-12-01', { id: 11, name: 'Anouk Janssen', email: 'anouk.janssen@maastricht.example' });
    api.signUp(walk, '2026-12-01', { id: 12, name: 'Jérôme Dubois', email: 'jerome.dubois@maastricht.example' });
    renderStudio(api);
    fireEvent.click(await screen.findByRole('tab', { name: 'Mijn activiteiten' }));
    // Counts per date still to come, before opening anything.
    const counts = await waitFor(() => {
      const el = document.querySelector('[data-counts-per-date]') as HTMLElement;
      expect(el).toBeInTheDocument();
      return el;
    });
    expect(within(counts).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'di 24 nov 2026: 0 van 1 plek bezet',
      'di 1 dec 2026: 1 van 1 plek bezet · 1 op de wachtlijst'
    ]);
    fireEvent.click(await screen.findByRole('button', { name: 'Deelnemers' }));
    const slot = await screen.findByRole('region', { name: /1 december 2026/ });
    expect(within(slot).getByText('1 van 1 plek bezet · 1 op de wachtlijst')).toBeInTheDocument();
    expect(slot.querySelector('[data-confirmed]')).toHaveTextContent('Anouk Janssen');
    expect(slot.querySelector('[data-waiting]')).toHaveTextContent('Jérôme Dubois');
    const chat = within(slot).getByRole('link', { name: 'Chat met deelnemers' });
    expect(chat.getAttribute('href')).toMatch(/^https:\/\/teams\.microsoft\.com\/l\/chat\/0\/0\?users=anouk\.janssen%40maastricht\.example/);

    fireEvent.click(within(slot).getByRole('button', { name: /Exporteer CSV/ }));
    expect(created).toHaveLength(1);
    expect(clicked[0].download).toBe('Lunchwandeling-2026-12-01.csv');
    const bytes = await readBytes(created[0]);
    expect(Array.from(bytes.slice(0, 3))).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8').decode(bytes.slice(3));
    expect(text.split('\r\n')[0]).toBe('Naam;E-mail;Status;Datum;Aangemeld op');
    expect(text).toContain('Anouk Janssen;anouk.janssen@maastricht.example;Bevestigd;01-12-2026;20-11-2026 11:15');
    expect(text).toContain('Jérôme Dubois;jerome.dubois@maastricht.example;Wachtlijst 1;01-12-2026');
  });

  it('addresses the Teams chat by sign-in name (UPN) where it differs from the e-mail address', async () => {
    const api = new FakeStudioApi();
    const walk = activity({ id: 2, title: 'Fietsgroep', shape: 'oneOff', dates: ['2026-12-01'], capacity: 5 });
    api.addActivity(walk);
    api.signUp(walk, null, { id: 21, name: 'Ruud van ’t Hof', email: 'ruud.vanthof@maastricht.nl', upn: 'r.vanthof@gemeentemaastricht.onmicrosoft.com' });
    renderStudio(api);
    fireEvent.click(await screen.findByRole('tab', { name: 'Mijn activiteiten' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Deelnemers' }));
    const chat = await screen.findByRole('link', { name: 'Chat met deelnemers' });
    expect(chat.getAttribute('href')).toContain('users=r.vanthof%40gemeentemaastricht.onmicrosoft.com');
    expect(chat.getAttribute('href')).not.toContain('ruud.vanthof%40maastricht.nl');
  });
});
