/**
 * @jest-environment jsdom
 */
import { screen, fireEvent, configure } from '@testing-library/react';
import '@testing-library/jest-dom';
import { retentionCutOff } from '../../../src/ui/studio/RetentionPanel';
import { AMBASSADOR, FakeStudioApi, renderStudio } from './fakeStudioApi';

configure({ defaultHidden: true });

describe('Beheer: old sign-ups (retention)', () => {
  it('is a coordinator tab: count first, then delete what was counted', async () => {
    const api = new FakeStudioApi({ ...AMBASSADOR, isOwner: true });
    api.registrationEnds = [new Date('2024-05-01T10:00:00Z'), new Date('2025-10-01T10:00:00Z'), new Date('2026-11-01T10:00:00Z')];
    renderStudio(api);
    fireEvent.click(await screen.findByRole('tab', { name: 'Beheer' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Tel oude aanmeldingen' }));
    // NOW in the fake is 20 Nov 2026: twelve months back is 20 Nov 2025.
    expect(await screen.findByText('2 aanmeldingen voor bijeenkomsten vóór donderdag 20 november 2025.')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Verwijder 2 aanmeldingen' }));
    expect(await screen.findByText('2 aanmeldingen verwijderd.')).toBeInTheDocument();
    expect(api.purgeCalls.map((c) => c.dryRun)).toEqual([true, false]);
    expect(api.registrationEnds).toHaveLength(1);
  });

  it('is not offered to ambassadors', async () => {
    renderStudio(new FakeStudioApi());
    await screen.findByRole('button', { name: 'Publiceren' });
    expect(screen.queryByRole('tab', { name: 'Beheer' })).toBeNull();
  });

  it('cuts off at the start of the Amsterdam day, months back, clamping month ends', () => {
    expect(retentionCutOff(new Date('2026-11-20T09:00:00Z'), 12).toISOString()).toBe('2025-11-19T23:00:00.000Z');
    // 31 May minus 3 months → 28 Feb (no 31 Feb); summer time in May does not matter.
    expect(retentionCutOff(new Date('2026-05-31T08:00:00Z'), 3).toISOString()).toBe('2026-02-27T23:00:00.000Z');
    // 30 June, 22:30 UTC is already 1 July in Amsterdam.
    expect(retentionCutOff(new Date('2026-06-30T22:30:00Z'), 1).toISOString()).toBe('2026-05-31T22:00:00.000Z');
  });
});
