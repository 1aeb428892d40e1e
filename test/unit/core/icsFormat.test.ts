import { escapeIcsText, foldIcsLine, icsAmsterdamDateTime, icsUtcDateTime, utf8Length } from '../../../src/core';

function physicalLines(folded: string): string[] {
  return folded.split('\r\n');
}

describe('escapeIcsText', () => {
  it('escapes backslash, semicolon, comma and every kind of line break', () => {
    expect(escapeIcsText('a\\b;c,d\ne\r\nf\rg')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng');
  });

  it('keeps colons, quotes and tabs, drops other control characters', () => {
    expect(escapeIcsText('Tijd: 12:15 "buiten"\tja\u0000\u0007')).toBe('Tijd: 12:15 "buiten"\tja');
  });
});

describe('foldIcsLine', () => {
  it('leaves a line of 75 octets alone and folds the 76th onto a continuation line', () => {
    const line75 = 'A'.repeat(75);
    expect(foldIcsLine(line75)).toBe(line75);
    expect(physicalLines(foldIcsLine('A'.repeat(150)))).toEqual(['A'.repeat(75), ' ' + 'A'.repeat(74), ' A']);
  });

  it('counts two octets for é and never splits one', () => {
    // 37 × 2 = 74 octets; a 38th would make 76.
    expect(physicalLines(foldIcsLine('é'.repeat(100)))).toEqual(['é'.repeat(37), ' ' + 'é'.repeat(37), ' ' + 'é'.repeat(26)]);
  });

  it('counts four octets for an emoji and never splits its surrogate pair', () => {
    // 1 + 18 × 4 = 73; a 19th would make 77. Continuation: 1 + 18 × 4 = 73.
    expect(physicalLines(foldIcsLine('x' + '😀'.repeat(30)))).toEqual(['x' + '😀'.repeat(18), ' ' + '😀'.repeat(12)]);
  });

  it('measures UTF-8 like Node does', () => {
    for (const text of ['abc', 'één', '🚶‍♀️ lopen', 'Ĳssel €5', '']) {
      expect(utf8Length(text)).toBe(Buffer.byteLength(text, 'utf8'));
    }
  });
});

describe('ics date-times', () => {
  it('writes DTSTAMP in UTC', () => {
    expect(icsUtcDateTime(new Date('2026-03-01T09:05:07.900Z'))).toBe('20260301T090507Z');
  });

  it('writes Amsterdam wall time on both sides of each switch', () => {
    expect(icsAmsterdamDateTime(new Date('2026-03-24T11:15:00Z'))).toBe('20260324T121500');
    expect(icsAmsterdamDateTime(new Date('2026-03-31T10:15:00Z'))).toBe('20260331T121500');
    expect(icsAmsterdamDateTime(new Date('2026-10-20T10:15:00Z'))).toBe('20261020T121500');
    expect(icsAmsterdamDateTime(new Date('2026-10-27T11:15:00Z'))).toBe('20261027T121500');
    expect(icsAmsterdamDateTime(new Date('2026-12-31T23:30:00Z'))).toBe('20270101T003000');
  });
});
