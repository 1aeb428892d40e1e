/**
 * @jest-environment jsdom
 */
import { fireEvent, screen, within } from '@testing-library/react';
import '@testing-library/jest-dom';
import { participationFile } from '../../../src/ui/participation/participationExport';
import { FakeParticipationApi, year2026 } from './publishedYearFixture';
import { renderParticipation } from './render';

/** Captures what downloadText hands the browser: the Blob and the file name. */
function captureDownloads(): Array<{ name: string; blob: Blob }> {
  const downloads: Array<{ name: string; blob: Blob }> = [];
  let last: Blob | undefined;
  Object.defineProperty(URL, 'createObjectURL', { configurable: true, value: (blob: Blob) => ((last = blob), 'blob:test') });
  Object.defineProperty(URL, 'revokeObjectURL', { configurable: true, value: () => undefined });
  jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    downloads.push({ name: this.download, blob: last as Blob });
  });
  return downloads;
}

function blobText(blob: Blob): Promise<string> {
  return new Promise((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.readAsText(blob);
  });
}

describe('Deelname: export as CSV (Excel)', () => {
  it('downloads deelname-2026.csv with every table, cells exactly as shown', async () => {
    const downloads = captureDownloads();
    const api = new FakeParticipationApi();
    api.dashboards[2026] = { published: year2026(), missing: [] };
    renderParticipation(api);
    fireEvent.click(await screen.findByRole('button', { name: 'Exporteer als CSV (Excel)' }));
    expect(downloads.map((d) => d.name)).toEqual(['deelname-2026.csv']);
    expect(await screen.findByText('deelname-2026.csv is gedownload.')).toBeInTheDocument();
    const csv = await blobText(downloads[0].blob);
    const lines = csv.replace(/^\ufeff/, '').split('\r\n');
    expect(lines.slice(0, 3)).toEqual([
      'Deelname #SamenBeter 2026 (alleen aantallen, groepen onder 5 verborgen)',
      '< 5: minder dan 5 mensen, verborgen',
      '–: verborgen om een ander getal te beschermen, of nog niet berekend'
    ]);
    // One section per table, in page order.
    const titles = lines.filter((_, i) => i > 0 && lines[i - 1] === '');
    expect(titles).toEqual([
      'Aanmeldingen per maand',
      'Totalen',
      'Bezettingsgraad',
      'Aanmeldingen naar uitkomst',
      'Aanmeldingen per pijler',
      'Aanmeldingen per activiteit',
      'Aanmeldingen per vorm',
      'Aanmeldingen per locatie',
      'Aanmeldingen per afdeling',
      'Aanmeldingen per kantoor'
    ]);
    // Every table row on screen is a line of the CSV, cell for cell.
    for (const table of screen.getAllByRole('table')) {
      for (const row of within(table).getAllByRole('row')) {
        const cells = Array.from(row.querySelectorAll('th, td')).map((c) => c.textContent || '');
        expect(lines).toContain(cells.map((c) => (/[";]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(';'));
      }
    }
    expect(lines).toContain('Wijkcentrum Malberg;0;< 5;–;–;–');
    expect(lines).toContain('Bezettingsgraad (plekken bezet ÷ aangeboden);66,7%;75%;–;–;geen');
  });

  it('contains no person data: only the labels and figures of the published year', () => {
    const { text } = participationFile(year2026(), 'nl-NL');
    expect(text).not.toMatch(/@/);
    expect(text).not.toMatch(/maastricht\.example/);
    // Figures 1–4 appear only where they count sessions, not people (called-off sessions).
    const withSmall = text.split('\r\n').filter((line) => line.split(';').some((cell) => /^[1-4]$/.test(cell)));
    expect(withSmall).toEqual(['Vervallen bijeenkomsten;2;0;–;–;–']);
  });

  it('uses the English texts and file name in English', () => {
    jest.isolateModules(() => {
      process.env.SB_TEST_LOCALE = 'en-us';
      // eslint-disable-next-line @typescript-eslint/no-var-requires
      const english = require('../../../src/ui/participation/participationExport') as typeof import('../../../src/ui/participation/participationExport');
      const file = english.participationFile(year2026(), 'en-US');
      delete process.env.SB_TEST_LOCALE;
      expect(file.filename).toBe('participation-2026.csv');
      expect(file.text).toContain('Fill rate (places taken ÷ offered);66.7%;75%;–;–;none');
      expect(file.text).toContain('Quarter 1');
    });
  });
});
