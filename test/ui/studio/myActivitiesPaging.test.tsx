/**
 * @jest-environment jsdom
 */
import { screen, fireEvent, configure, waitFor } from '@testing-library/react';
import '@testing-library/jest-dom';
import { activity } from '../activities/fakeActivitiesApi';
import { FakeStudioApi, renderStudio } from './fakeStudioApi';

configure({ asyncUtilTimeout: 4000, defaultHidden: true });

describe('Mijn activiteiten at size', () => {
  it('shows a page and offers "Meer laden" until every activity is there (no silent cap)', async () => {
    const api = new FakeStudioApi();
    for (let i = 1; i <= 5; i++) {
      api.addActivity(activity({ id: i, title: `Activiteit ${i}` }));
    }
    api.pageSize = 2;
    renderStudio(api);
    fireEvent.click(await screen.findByRole('tab', { name: 'Mijn activiteiten' }));
    await screen.findByText('Activiteit 2');
    expect(document.querySelectorAll('[data-my-activity]')).toHaveLength(2);
    fireEvent.click(screen.getByRole('button', { name: 'Meer activiteiten laden' }));
    await screen.findByText('Activiteit 4');
    fireEvent.click(screen.getByRole('button', { name: 'Meer activiteiten laden' }));
    await screen.findByText('Activiteit 5');
    expect(document.querySelectorAll('[data-my-activity]')).toHaveLength(5);
    expect(screen.queryByRole('button', { name: 'Meer activiteiten laden' })).toBeNull();
  });

  it('warns the organiser about one person flooding a date, and counts them once', async () => {
    const api = new FakeStudioApi();
    const workshop = activity({ id: 1, title: 'Workshop', shape: 'oneOff', dates: ['2026-12-01'], capacity: 3 });
    api.addActivity(workshop);
    for (let i = 0; i < 12; i++) {
      api.signUp(workshop, null, { id: 11, name: 'Ruud van ’t Hof', email: 'ruud@maastricht.example' });
    }
    api.signUp(workshop, null, { id: 12, name: 'Anouk Janssen', email: 'anouk@maastricht.example' });
    renderStudio(api);
    fireEvent.click(await screen.findByRole('tab', { name: 'Mijn activiteiten' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Deelnemers' }));
    const warning = await waitFor(() => {
      const el = document.querySelector('[data-unusual-sign-ups]') as HTMLElement;
      expect(el).toBeInTheDocument();
      return el;
    });
    expect(warning).toHaveTextContent('Ruud van ’t Hof heeft 12 aanmeldingen voor deze datum: ongebruikelijk. Ze tellen één keer.');
    expect(document.querySelector('[data-confirmed]')!.querySelectorAll('li')).toHaveLength(2);
  });
});
