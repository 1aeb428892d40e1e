/**
 * @jest-environment jsdom
 */
import { screen, fireEvent, configure } from '@testing-library/react';
import '@testing-library/jest-dom';
import { AMBASSADOR, FakeStudioApi, renderStudio } from './fakeStudioApi';

configure({ defaultHidden: true, asyncUtilTimeout: 4000 });

describe('Beheer: Controleer deze site', () => {
  it('lists every check as in orde / recht te zetten / niet te controleren, with what was found', async () => {
    const api = new FakeStudioApi({ ...AMBASSADOR, isOwner: true });
    api.siteCheck = [
      { key: 'lists', status: 'ok', details: [] },
      { key: 'privateAccess', status: 'fix', details: ['Ruud van ’t Hof'] },
      { key: 'teamsApp', status: 'unknown', details: [] }
    ];
    renderStudio(api);
    fireEvent.click(await screen.findByRole('tab', { name: 'Beheer' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Controleer deze site' }));
    expect(await screen.findByText('Recht te zetten: 1 van de controles.')).toBeInTheDocument();
    const item = (key: string): HTMLElement => document.querySelector(`[data-check="${key}"]`) as HTMLElement;
    expect(item('lists')).toHaveTextContent('In ordeDe lijsten van #SamenBeter bestaan (en geen oude lijst staat nog in de weg).');
    expect(item('privateAccess')).toHaveTextContent('Recht te zetten');
    expect(item('privateAccess')).toHaveTextContent('Ruud van ’t Hof');
    expect(item('teamsApp')).toHaveTextContent('Niet te controleren');
  });

  it('says so when everything it could check is fine', async () => {
    const api = new FakeStudioApi({ ...AMBASSADOR, isOwner: true });
    api.siteCheck = [{ key: 'lists', status: 'ok', details: [] }];
    renderStudio(api);
    fireEvent.click(await screen.findByRole('tab', { name: 'Beheer' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Controleer deze site' }));
    expect(await screen.findByText('Alles wat gecontroleerd kon worden, is in orde.')).toBeInTheDocument();
  });
});
