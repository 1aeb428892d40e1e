/**
 * @jest-environment jsdom
 */
import { fireEvent, screen, waitFor } from '@testing-library/react';
import '@testing-library/jest-dom';
import { FakeParticipationApi, emptyYear, year2026 } from './publishedYearFixture';
import { renderParticipation } from './render';

const MISSING = ['2026-05', '2026-06', '2026-Q2'];

/** 2026 with May, June and Q2 not computed yet; each compute removes its period from `missing`. */
function apiWithMissing(): FakeParticipationApi {
  const api = new FakeParticipationApi();
  let missing = MISSING.slice();
  const published = (): typeof api.dashboards[number] => ({ published: missing.length ? emptyYear(2026) : year2026(), missing: missing.slice() });
  api.dashboards[2026] = published();
  api.afterCompute = (period) => {
    missing = missing.filter((p) => p !== period);
    api.dashboards[2026] = published();
  };
  return api;
}

const progress = (): string => (document.querySelector('[data-compute-progress]') as HTMLElement | null)?.textContent || '';

describe('Deelname: "Bereken" for periods that are over but not computed', () => {
  it('computes them one by one in the given order with visible progress, then reloads the dashboard', async () => {
    const api = apiWithMissing();
    renderParticipation(api);
    expect(await screen.findByText('3 perioden zijn afgelopen maar nog niet berekend.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Er zijn nog geen cijfers voor 2026.' })).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Bereken' }));
    expect(progress()).toBe('0 van 3 berekend');
    expect(document.querySelector('[data-compute-progress]')).toHaveAttribute('aria-live', 'polite');
    await waitFor(() => expect(api.dashboardCalls).toHaveLength(2));
    expect(api.computeCalls).toEqual(MISSING);
    expect(await screen.findByRole('table', { name: 'Totalen' })).toBeInTheDocument();
    expect(screen.getByText('Alle 3 perioden zijn berekend.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Bereken' })).toBeNull();
    // The button is gone: keyboard focus is on the dashboard's heading, not lost to the page.
    await waitFor(() => expect(screen.getByRole('heading', { level: 2 })).toHaveFocus());
  });

  it('shows each step while it runs', async () => {
    const api = apiWithMissing();
    const steps: string[] = [];
    const compute = api.compute.bind(api);
    api.compute = async (period: string) => {
      await Promise.resolve();
      steps.push(progress());
      return compute(period);
    };
    renderParticipation(api);
    fireEvent.click(await screen.findByRole('button', { name: 'Bereken' }));
    await waitFor(() => expect(api.dashboardCalls).toHaveLength(2));
    expect(steps).toEqual(['0 van 3 berekend', '1 van 3 berekend', '2 van 3 berekend']);
  });

  it('stops at a failure with a Dutch error, and "Opnieuw proberen" continues where it stopped', async () => {
    const api = apiWithMissing();
    api.failOnce.add('2026-06');
    renderParticipation(api);
    fireEvent.click(await screen.findByRole('button', { name: 'Bereken' }));
    expect(await screen.findByText(/Periode juni 2026 kon niet worden berekend \(1 van 3 klaar\)\. Wat al berekend is, blijft bewaard\./)).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent(/Er is geen verbinding met SharePoint/);
    expect(progress()).toBe('1 van 3 berekend');
    expect(api.dashboardCalls).toEqual([2026]);
    fireEvent.click(screen.getByRole('button', { name: 'Opnieuw proberen' }));
    await waitFor(() => expect(api.dashboardCalls).toHaveLength(2));
    // May was not computed twice: nothing is lost, nothing is redone.
    expect(api.computeCalls).toEqual(['2026-05', '2026-06', '2026-06', '2026-Q2']);
    expect(await screen.findByText('Alle 3 perioden zijn berekend.')).toBeInTheDocument();
  });

  it('says "1 periode" for a single missing period', async () => {
    const api = new FakeParticipationApi();
    api.dashboards[2026] = { published: year2026(), missing: ['2026-06'] };
    renderParticipation(api);
    expect(await screen.findByText('1 periode is afgelopen maar nog niet berekend.')).toBeInTheDocument();
    // The figures that are there are shown next to the offer.
    expect(screen.getByRole('table', { name: 'Totalen' })).toBeInTheDocument();
  });
});
