import { participantsCsv } from '../../../../src/core/export/participantsCsv';
import { participationFileName, percentText, publishedText, rateText, shownNumber, tablesCsv } from '../../../../src/core/participation/publicationCsv';

const texts = { small: '< 5', hidden: '\u2013', none: 'geen' };

describe('publication as text (the Deelname dashboard and its CSV)', () => {
  it('shows counts as numbers, "< 5" for small and one text for both other hidden kinds', () => {
    expect(publishedText(0, texts)).toBe('0');
    expect(publishedText(137, texts)).toBe('137');
    expect(publishedText('small', texts)).toBe('< 5');
    expect(publishedText('protect', texts)).toBe('\u2013');
    expect(publishedText('withheld', texts)).toBe('\u2013');
  });

  it('shows rates as Dutch or English percentages with at most one decimal, null as "geen"', () => {
    expect(percentText(0.75, 'nl-NL')).toBe('75%');
    expect(percentText(0.6667, 'nl-NL')).toBe('66,7%');
    expect(percentText(0.6667, 'en-US')).toBe('66.7%');
    expect(percentText(1, 'nl-NL')).toBe('100%');
    expect(percentText(0, 'nl-NL')).toBe('0%');
    expect(percentText(0.8594, 'nl-NL')).toBe('85,9%');
    expect(rateText(null, 'nl-NL', texts)).toBe('geen');
    expect(rateText('small', 'nl-NL', texts)).toBe('< 5');
    expect(rateText('protect', 'nl-NL', texts)).toBe('\u2013');
    expect(rateText(0.5, 'nl-NL', texts)).toBe('50%');
  });

  it('gives charts a number only for shown counts', () => {
    expect(shownNumber(12)).toBe(12);
    expect(shownNumber(0)).toBe(0);
    expect(shownNumber('small')).toBeNull();
    expect(shownNumber('withheld')).toBeNull();
  });

  it('writes one section per table with the participant export conventions (BOM, ";", CRLF, quoting)', () => {
    const csv = tablesCsv(
      [
        { title: 'Totalen', columns: ['Cijfer', 'Kwartaal 1', 'Heel 2026'], rows: [{ label: 'Aanmeldingen', cells: ['137', '\u2013'] }] },
        { title: 'Per locatie', columns: ['Locatie', 'Kwartaal 1', 'Heel 2026'], rows: [{ label: 'Malberg; west', cells: ['< 5', '=1+1'] }] }
      ],
      ['Deelname 2026']
    );
    expect(csv.charAt(0)).toBe('\ufeff');
    expect(csv.slice(1).split('\r\n')).toEqual([
      'Deelname 2026',
      '',
      'Totalen',
      'Cijfer;Kwartaal 1;Heel 2026',
      'Aanmeldingen;137;\u2013',
      '',
      'Per locatie',
      'Locatie;Kwartaal 1;Heel 2026',
      // Same cell rules as the participant export: ';' is quoted, a formula start gets an apostrophe.
      '"Malberg; west";< 5;\'=1+1',
      ''
    ]);
    expect(csv.indexOf('\n')).toBe(csv.indexOf('\r\n') + 1);
    // The same BOM and line ends as the participant export.
    const participants = participantsCsv([], { name: 'Naam', email: 'E', status: 'S', sessionDate: 'D', registeredAt: 'R' });
    expect(participants.slice(0, 1)).toBe(csv.slice(0, 1));
    expect(participants.endsWith('\r\n')).toBe(true);
  });

  it('starts without an empty line when there is no preamble', () => {
    const csv = tablesCsv([{ title: 'T', columns: ['a'], rows: [] }]);
    expect(csv).toBe('\ufeffT\r\na\r\n');
  });

  it('names the file after the year', () => {
    expect(participationFileName(2026)).toBe('deelname-2026.csv');
    expect(participationFileName(2025, 'participation')).toBe('participation-2025.csv');
  });
});
