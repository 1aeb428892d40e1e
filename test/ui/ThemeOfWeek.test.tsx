/**
 * @jest-environment jsdom
 */
import * as React from 'react';
import { render, screen, fireEvent, waitFor } from '@testing-library/react';
import '@testing-library/jest-dom';
import { AppShell } from '../../src/ui/host/AppShell';
import { ThemeOfWeek } from '../../src/ui/themeOfWeek/ThemeOfWeek';
import { ThemeOfWeekData } from '../../src/ui/themeOfWeek/ThemeOfWeek.types';
import { DataError } from '../../src/core/errors';
import { WeeklyTheme } from '../../src/core/types';

// Sunday 29 November 2026, 23:30 in Amsterdam = 22:30Z: still ISO week 48 there,
// although a UTC-based computation on Monday would already say week 49 at 23:30Z.
const SUNDAY_LATE = new Date('2026-11-29T22:30:00Z');

const theme: WeeklyTheme = {
  id: 7,
  isoYear: 2026,
  isoWeek: 48,
  theme: 'mentaal',
  pillar: 'Kracht',
  title: 'Even niets',
  summary: 'Rust is ook werk.',
  tip: 'Plan vandaag tien minuten zonder scherm.',
  imageUrl: 'javascript:alert(1)',
  linkUrl: 'https://www.365vitaal.nl/mentaal'
};

function renderWith(load: (weekKey: string) => Promise<ThemeOfWeekData>, planningUrl?: string): ReturnType<typeof render> {
  return render(
    <AppShell host={{ kind: 'sharepoint', locale: 'nl-NL' }} instanceId="t1">
      <ThemeOfWeek load={load} now={() => SUNDAY_LATE} planningUrl={planningUrl} />
    </AppShell>
  );
}

describe('ThemeOfWeek', () => {
  it('asks for the Amsterdam ISO week and shows the theme with pillar, tip and a safe link', async () => {
    const load = jest.fn(async () => ({ theme, canPlan: false }));
    renderWith(load, '/kalender');
    expect(screen.getByText('Thema van de week laden…')).toBeInTheDocument();
    expect(await screen.findByRole('heading', { name: 'Even niets' })).toBeInTheDocument();
    expect(load).toHaveBeenCalledWith('2026-W48');
    expect(screen.getByText('Mentale gezondheid')).toBeInTheDocument();
    expect(screen.getByText('Pijler: Kracht')).toBeInTheDocument();
    expect(screen.getByText('Plan vandaag tien minuten zonder scherm.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Lees meer over mentale gezondheid' })).toHaveAttribute(
      'href',
      'https://www.365vitaal.nl/mentaal'
    );
    // A javascript: image URL from the list never reaches the DOM.
    expect(document.querySelector('img')).toBeNull();
    // Employees do not get the planning link.
    expect(screen.queryByRole('link', { name: 'Naar de themaplanning' })).toBeNull();
  });

  it('shows a friendly empty state, with the planning link for communications staff', async () => {
    renderWith(async () => ({ theme: undefined, canPlan: true }), '/kalender');
    expect(await screen.findByRole('heading', { name: 'Nog geen thema voor deze week' })).toBeInTheDocument();
    expect(screen.getByText(/365 Vitaal-thema van week 48/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Naar de themaplanning' })).toHaveAttribute('href', '/kalender');
  });

  it('explains a failure in Dutch and loads again on retry', async () => {
    let calls = 0;
    const load = jest.fn(async () => {
      calls++;
      if (calls === 1) {
        throw new DataError('throttled', '429');
      }
      return { theme, canPlan: false };
    });
    renderWith(load);
    expect(await screen.findByRole('alert')).toHaveTextContent('SharePoint is even druk');
    fireEvent.click(screen.getByRole('button', { name: 'Opnieuw proberen' }));
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Even niets' })).toBeInTheDocument());
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('tells a visitor of a site without our lists to ask the administrator', async () => {
    renderWith(async () => {
      throw new DataError('notProvisioned', "List 'SamenBeter Weekthemas' does not exist");
    });
    expect(await screen.findByRole('alert')).toHaveTextContent('nog niet ingesteld');
  });
});
