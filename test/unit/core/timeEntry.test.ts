import { normalizeTimeEntry, parseTimeEntry } from '../../../src/core/time/clockTime';

// Times are typed 24-hour (the browser's time picker shows AM/PM in an en-US browser).

describe('parseTimeEntry', () => {
  it.each([
    ['9:30', 9, 30],
    ['09:30', 9, 30],
    ['0930', 9, 30],
    ['930', 9, 30],
    ['9.30', 9, 30],
    [' 13:05 ', 13, 5],
    ['9', 9, 0],
    ['17', 17, 0],
    ['0', 0, 0],
    ['2359', 23, 59],
    ['00:00', 0, 0]
  ])('reads %j as %i:%i', (text, hour, minute) => {
    expect(parseTimeEntry(text)).toEqual({ hour, minute });
  });

  it.each(['', '   ', '24:00', '2400', '9:60', '960', '9:5', '12:30 PM', '9am', '12345', 'negen', '-1:00', '9:30:00', '9,30'])('refuses %j', (text) => {
    expect(parseTimeEntry(text)).toBeNull();
  });
});

describe('normalizeTimeEntry', () => {
  it('stores a readable time as HH:mm', () => {
    expect(normalizeTimeEntry('930')).toBe('09:30');
    expect(normalizeTimeEntry('9')).toBe('09:00');
    expect(normalizeTimeEntry('21.15')).toBe('21:15');
  });

  it('leaves anything else as typed (trimmed), for the form to refuse', () => {
    expect(normalizeTimeEntry(' 25:00 ')).toBe('25:00');
    expect(normalizeTimeEntry('')).toBe('');
    expect(normalizeTimeEntry('2:30 PM')).toBe('2:30 PM');
  });
});
