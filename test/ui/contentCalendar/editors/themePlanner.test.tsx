/**
 * @jest-environment jsdom
 */
import * as React from 'react';
import { configure, fireEvent, render, screen, waitFor } from '@testing-library/react';
import '@testing-library/jest-dom';
import { DataError } from '../../../../src/core/errors';
import { WeeklyTheme } from '../../../../src/core/types';
import { WeeklyThemePlan } from '../../../../src/data/contracts/IContentCalendarApi';
import { ThemePlanner } from '../../../../src/ui/contentCalendar/editors';

configure({ defaultHidden: true, asyncUtilTimeout: 4000 });

function stored(isoWeek: number, theme: WeeklyTheme['theme'], title: string): WeeklyTheme {
  return { id: 500 + isoWeek, isoYear: 2026, isoWeek, theme, pillar: 'Kracht', title, summary: '', tip: 'Neem de trap', imageUrl: null, linkUrl: null };
}

function weekField(isoWeek: number, name: string): HTMLInputElement {
  const el = document.querySelector(`[data-week="${isoWeek}"] [data-field="${name}"]`) as HTMLInputElement;
  if (!el) {
    throw new Error(`no ${name} in week ${isoWeek}`);
  }
  return el;
}

function renderPlanner(themes: WeeklyTheme[], onSave: (plans: WeeklyThemePlan[]) => Promise<void>): { onClose: jest.Mock } {
  const onClose = jest.fn();
  render(<ThemePlanner open year={2026} month={11} themes={themes} onSave={onSave} onClose={onClose} />);
  return { onClose };
}

describe('Contentkalender: ThemePlanner', () => {
  it('shows one row per ISO week of the month, prefilled from what is planned', () => {
    renderPlanner([stored(46, 'fysiek', 'Bewegen op het werk')], () => Promise.resolve());
    expect(screen.getByText('Weekthema\'s plannen: november 2026')).toBeInTheDocument();
    expect(Array.from(document.querySelectorAll('[data-week]')).map((el) => el.getAttribute('data-week'))).toEqual(['45', '46', '47', '48']);
    expect(screen.getByText('Week 45 (2 nov – 8 nov)')).toBeInTheDocument();
    expect(weekField(46, 'theme').value).toBe('fysiek');
    expect(weekField(46, 'title').value).toBe('Bewegen op het werk');
    expect(weekField(45, 'theme').value).toBe('');
    // Dutch labels of the five themes.
    const select = weekField(45, 'theme') as unknown as HTMLSelectElement;
    expect(Array.from(select.options).map((o) => o.textContent)).toEqual([
      'Nog geen thema',
      'Fysieke gezondheid',
      'Mentale gezondheid',
      'Gezonde voeding',
      'Werkomgeving',
      'Motivatie'
    ]);
    // A planned week cannot be emptied.
    expect(Array.from((weekField(46, 'theme') as unknown as HTMLSelectElement).options).map((o) => o.value)).not.toContain('');
  });

  it('sends only changed and new weeks in one call, existing ones with their id', async () => {
    const calls: WeeklyThemePlan[][] = [];
    const { onClose } = renderPlanner([stored(45, 'voeding', 'Gezond eten'), stored(46, 'fysiek', 'Bewegen')], async (plans) => {
      calls.push(plans);
    });
    fireEvent.change(weekField(46, 'summary'), { target: { value: 'Neem vaker de fiets.' } });
    fireEvent.change(weekField(47, 'theme'), { target: { value: 'mentaal' } });
    fireEvent.change(weekField(47, 'title'), { target: { value: 'Ontspannen' } });
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
    await waitFor(() => expect(calls).toHaveLength(1));
    expect(calls[0].map((p) => [p.id, p.isoWeek, p.theme, p.title])).toEqual([
      [546, 46, 'fysiek', 'Bewegen'],
      [undefined, 47, 'mentaal', 'Ontspannen']
    ]);
    expect(calls[0][0].summary).toBe('Neem vaker de fiets.');
    expect(calls[0][0].tip).toBe('Neem de trap');
    expect(calls[0][1].pillar).toBe('Kracht');
    await waitFor(() => expect(onClose).toHaveBeenCalled());
  });

  it('fills empty weeks with the rotation after the last chosen theme', async () => {
    const calls: WeeklyThemePlan[][] = [];
    renderPlanner([stored(45, 'werkomgeving', 'Werkplek')], async (plans) => {
      calls.push(plans);
    });
    fireEvent.click(screen.getByRole('button', { name: 'Vul aan met rotatie' }));
    expect([46, 47, 48].map((w) => weekField(w, 'theme').value)).toEqual(['motivatie', 'fysiek', 'mentaal']);
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
    await waitFor(() => expect(calls).toHaveLength(1));
    // Week 45 is unchanged and not sent; new titles default to the theme's Dutch label.
    expect(calls[0].map((p) => [p.isoWeek, p.theme, p.title, p.pillar])).toEqual([
      [46, 'motivatie', 'Motivatie', 'Samen'],
      [47, 'fysiek', 'Fysieke gezondheid', 'Kracht'],
      [48, 'mentaal', 'Mentale gezondheid', 'Kracht']
    ]);
  });

  it('sends nothing when nothing changed, and keeps the rows when saving fails', async () => {
    let calls = 0;
    renderPlanner([stored(45, 'voeding', 'Gezond eten')], async () => {
      calls++;
      throw new DataError('accessDenied', '403', 403);
    });
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
    expect(await screen.findByText('Er is niets gewijzigd.')).toBeInTheDocument();
    expect(calls).toBe(0);
    fireEvent.change(weekField(48, 'theme'), { target: { value: 'motivatie' } });
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
    await waitFor(() => expect(document.querySelector('[data-save-error]')).toHaveTextContent('Opslaan is niet gelukt'));
    expect(calls).toBe(1);
    expect(weekField(48, 'theme').value).toBe('motivatie');
  });

  it('refuses a title over 255 characters next to the field', async () => {
    let calls = 0;
    renderPlanner([], async () => {
      calls++;
    });
    fireEvent.change(weekField(47, 'theme'), { target: { value: 'voeding' } });
    fireEvent.change(weekField(47, 'title'), { target: { value: 'x'.repeat(256) } });
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
    expect(await screen.findByText('Titel is te lang: maximaal 255 tekens (nu 256).')).toBeInTheDocument();
    expect(document.activeElement).toBe(weekField(47, 'title'));
    expect(calls).toBe(0);
  });

  it('plans the tip, the link and the image of the week with the theme (issue 15)', async () => {
    const calls: WeeklyThemePlan[][] = [];
    renderPlanner([stored(45, 'voeding', 'Gezond eten')], async (plans) => {
      calls.push(plans);
    });
    // Prefilled from the stored week, with labels.
    expect(weekField(45, 'tip').value).toBe('Neem de trap');
    expect(weekField(45, 'linkUrl').value).toBe('');
    expect(screen.getAllByText('Tip van de week (optioneel)')).toHaveLength(4);
    expect(screen.getAllByText('Link “Meer lezen” (optioneel)')).toHaveLength(4);
    expect(screen.getAllByText('Afbeelding (link, optioneel)')).toHaveLength(4);
    fireEvent.change(weekField(45, 'tip'), { target: { value: 'Een handje noten in plaats van een koek.' } });
    fireEvent.change(weekField(45, 'linkUrl'), { target: { value: 'https://365vitaal.example/voeding' } });
    fireEvent.change(weekField(45, 'imageUrl'), { target: { value: '/sites/stella/SiteAssets/noten.jpg' } });
    fireEvent.change(weekField(46, 'theme'), { target: { value: 'werkomgeving' } });
    fireEvent.change(weekField(46, 'tip'), { target: { value: 'Zet je scherm op armlengte.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
    await waitFor(() => expect(calls).toHaveLength(1));
    expect(calls[0].map((p) => [p.id, p.isoWeek, p.tip, p.linkUrl, p.imageUrl])).toEqual([
      [545, 45, 'Een handje noten in plaats van een koek.', 'https://365vitaal.example/voeding', '/sites/stella/SiteAssets/noten.jpg'],
      [undefined, 46, 'Zet je scherm op armlengte.', null, null]
    ]);
  });

  it('refuses a link that is not https:// next to the field (issue 15)', async () => {
    let calls = 0;
    renderPlanner([stored(45, 'voeding', 'Gezond eten')], async () => {
      calls++;
    });
    fireEvent.change(weekField(45, 'linkUrl'), { target: { value: 'javascript:alert(1)' } });
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
    await waitFor(() => expect(document.activeElement).toBe(weekField(45, 'linkUrl')));
    expect(weekField(45, 'linkUrl').closest('.fui-Field')).toHaveTextContent(/Link “Meer lezen” \(optioneel\).*https/);
    expect(calls).toBe(0);
  });
});

