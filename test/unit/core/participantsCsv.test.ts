import { participantsCsv, csvCell, dutchDate, dutchDateTime, CSV_BOM } from '../../../src/core/export/participantsCsv';

const headings = { name: 'Naam', email: 'E-mail', status: 'Status', sessionDate: 'Datum', registeredAt: 'Aangemeld op' };

describe('participants CSV for Dutch Excel', () => {
  const csv = participantsCsv(
    [
      { name: 'Jérôme Ubachs', email: 'jerome.ubachs@maastricht.example', status: 'Bevestigd', sessionDate: '2026-11-24', registeredAt: new Date('2026-11-20T08:05:00Z') },
      { name: "Ruud van 't Hof; \"werf\"", email: 'ruud@maastricht.example', status: 'Wachtlijst 1', sessionDate: '', registeredAt: new Date('2026-07-01T10:30:00Z') }
    ],
    headings
  );

  it('starts with a UTF-8 BOM and uses ; and CRLF', () => {
    expect(csv.charAt(0)).toBe('\ufeff');
    expect(CSV_BOM).toBe('\ufeff');
    const lines = csv.slice(1).split('\r\n');
    expect(lines).toHaveLength(4); // heading, two rows, trailing empty after the last CRLF
    expect(lines[0]).toBe('Naam;E-mail;Status;Datum;Aangemeld op');
    expect(lines[3]).toBe('');
    expect(csv.slice(1).replace(/\r\n/g, '')).not.toMatch(/\n/);
  });

  it('writes Dutch dates in Amsterdam time across DST', () => {
    const lines = csv.slice(1).split('\r\n');
    // 08:05Z in November = 09:05 CET; 10:30Z in July = 12:30 CEST.
    expect(lines[1]).toBe('Jérôme Ubachs;jerome.ubachs@maastricht.example;Bevestigd;24-11-2026;20-11-2026 09:05');
    expect(lines[2]).toBe('"Ruud van \'t Hof; ""werf""";ruud@maastricht.example;Wachtlijst 1;;01-07-2026 12:30');
  });

  it('keeps UTF-8 bytes intact (é ô are two bytes each, no replacement characters)', () => {
    const bytes = Buffer.from(csv, 'utf8');
    expect(bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(bytes.toString('utf8')).toContain('Jérôme');
  });

  it('neutralises formulas (CSV injection) and quotes separators and newlines', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvCell('+31 6 123')).toBe("'+31 6 123");
    expect(csvCell('-5')).toBe("'-5");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('regel 1\nregel 2')).toBe('"regel 1\nregel 2"');
    expect(csvCell('gewoon')).toBe('gewoon');
  });

  it('formats dates', () => {
    expect(dutchDate('2026-03-29')).toBe('29-03-2026');
    expect(dutchDate('onzin')).toBe('onzin');
    expect(dutchDateTime(new Date('2026-03-29T01:30:00Z'))).toBe('29-03-2026 03:30');
    expect(dutchDateTime(new Date('2026-03-29T00:30:00Z'))).toBe('29-03-2026 01:30');
  });
});
