/**
 * @jest-environment jsdom
 */
import * as React from 'react';
import { render, screen, fireEvent, waitFor } from '@testing-library/react';
import '@testing-library/jest-dom';
import { AppShell } from '../../../src/ui/host/AppShell';
import { ErrorView } from '../../../src/ui/shared/StatusViews';
import { DataError } from '../../../src/core/errors';
import { ISetupApi, SetupStep } from '../../../src/data/contracts/ISetupApi';

const steps: SetupStep[] = [
  { kind: 'list', target: 'SamenBeter Activiteiten', detail: 'created' },
  { kind: 'field', target: 'SamenBeter Activiteiten/SbPillar', detail: 'created' },
  { kind: 'permissions', target: 'SamenBeter Activiteiten', detail: 'everyone: Read' }
];

function renderError(setup: ISetupApi | undefined, error: unknown, onRetry = jest.fn()): jest.Mock {
  render(
    <AppShell host={{ kind: 'sharepoint', locale: 'nl-NL' }} instanceId="s" setup={setup}>
      <ErrorView error={error} onRetry={onRetry} />
    </AppShell>
  );
  return onRetry;
}

describe('the set-up panel in place of a web part error', () => {
  it('lets an owner run set-up; a failed run can be resumed; then continue loads the web part', async () => {
    let attempt = 0;
    const api: ISetupApi = {
      check: async () => ({ mayRunSetup: true, steps, findings: [] }),
      run: async (onStep) => {
        attempt++;
        onStep(steps[0]);
        if (attempt === 1) {
          throw new DataError('throttled', '503');
        }
        onStep(steps[1]);
        onStep(steps[2]);
        return steps;
      }
    };
    const onRetry = renderError(api, new DataError('notProvisioned', "List 'x' does not exist"));
    expect(await screen.findByText(/Er zijn 3 stappen nodig/)).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Stel #SamenBeter in' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('SharePoint is even druk');
    fireEvent.click(screen.getByRole('button', { name: 'Verder gaan waar het stopte' }));
    expect(await screen.findByText('Klaar: 3 stappen uitgevoerd.')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Verder naar #SamenBeter' }));
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  it('tells someone who is not an owner whom to ask, with no button', async () => {
    const api: ISetupApi = { check: async () => ({ mayRunSetup: false, steps: [], findings: [] }), run: jest.fn() };
    renderError(api, new DataError('notProvisioned', 'x'));
    expect(await screen.findByRole('heading', { name: '#SamenBeter is nog niet klaar voor gebruik' })).toBeInTheDocument();
    expect(screen.getByText(/Vraag de beheerder van Stella/)).toBeInTheDocument();
    expect(screen.queryByRole('button')).toBeNull();
    expect(api.run).not.toHaveBeenCalled();
  });

  it('reports access the schema does not give, with who and on which list', async () => {
    const api: ISetupApi = {
      check: async () => ({ mayRunSetup: true, steps: [], findings: [{ kind: 'access', target: 'SamenBeter Aanmeldingen besloten', detail: 'Ruud van ’t Hof' }] }),
      run: jest.fn()
    };
    renderError(api, new DataError('notProvisioned', 'x'));
    const findings = await waitFor(() => {
      const el = document.querySelector('[data-setup-findings]') as HTMLElement;
      expect(el).toBeInTheDocument();
      return el;
    });
    expect(findings).toHaveTextContent('Ruud van ’t Hof op de lijst "SamenBeter Aanmeldingen besloten"');
  });

  it('shows ordinary errors as before', async () => {
    const onRetry = renderError(undefined, new DataError('network', 'x'));
    expect(screen.getByRole('alert')).toHaveTextContent('Er is geen verbinding');
    fireEvent.click(screen.getByRole('button', { name: 'Opnieuw proberen' }));
    await waitFor(() => expect(onRetry).toHaveBeenCalled());
  });
});
