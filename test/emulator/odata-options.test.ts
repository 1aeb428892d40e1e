import { ODataSyntaxError } from '../../emulator/odata/filter';
import {
  formatSkipToken,
  parseExpand,
  parseOrderBy,
  parseSelect,
  parseSkipToken,
  parseTop
} from '../../emulator/odata/options';

describe('parseOrderBy', () => {
  test('fields with optional, case-insensitive direction', () => {
    expect(parseOrderBy('Start asc,Title desc')).toEqual([
      { field: 'Start', descending: false },
      { field: 'Title', descending: true }
    ]);
    expect(parseOrderBy('Start')).toEqual([{ field: 'Start', descending: false }]);
    expect(parseOrderBy(' Start  DESC , Author/Title ASC ,ID')).toEqual([
      { field: 'Start', descending: true },
      { field: 'Author/Title', descending: false },
      { field: 'ID', descending: false }
    ]);
    expect(parseOrderBy('')).toEqual([]);
  });

  test.each(['Start up', 'Start asc desc', 'Start-1', "'Start'", 'Author//Title'])('%j is rejected', (text) => {
    expect(() => parseOrderBy(text)).toThrow(ODataSyntaxError);
    expect(() => parseOrderBy(text)).toThrow(/Invalid \$orderby/);
  });
});

describe('parseSelect / parseExpand', () => {
  test('trimmed paths, star, empty entries ignored', () => {
    expect(parseSelect('Id,Title,Author/Title')).toEqual(['Id', 'Title', 'Author/Title']);
    expect(parseSelect(' Id , Author/EMail ,')).toEqual(['Id', 'Author/EMail']);
    expect(parseSelect('*')).toEqual(['*']);
    expect(parseSelect('*,Author/Title')).toEqual(['*', 'Author/Title']);
    expect(parseSelect('OData__UIVersionString,Deelnemer_x0020_naam')).toEqual(['OData__UIVersionString', 'Deelnemer_x0020_naam']);
    expect(parseExpand('Author,Activity')).toEqual(['Author', 'Activity']);
    expect(parseExpand(' Author ')).toEqual(['Author']);
  });

  test('bad names are rejected', () => {
    expect(() => parseSelect('Id,Ti tle')).toThrow(/Invalid \$select: 'Ti tle'/);
    expect(() => parseSelect('Author/')).toThrow(ODataSyntaxError);
    expect(() => parseExpand('*')).toThrow(/Invalid \$expand/);
    expect(() => parseExpand('Author;drop')).toThrow(ODataSyntaxError);
  });
});

describe('parseTop', () => {
  test.each([['0', 0], ['5', 5], [' 100 ', 100], ['5000', 5000], ['5001', 5001]])('%j -> %d', (text, expected) => {
    expect(parseTop(text)).toBe(expected);
  });
  test.each(['', '-1', '1.5', 'ten', '1e3', '+5', '99999999999999999999'])('%j is rejected', (text) => {
    expect(() => parseTop(text)).toThrow(ODataSyntaxError);
    expect(() => parseTop(text)).toThrow(/Invalid \$top/);
  });
});

describe('skip tokens', () => {
  test('parse the ID-only token', () => {
    expect(parseSkipToken('Paged=TRUE&p_ID=127')).toEqual({ paged: true, id: 127, sortValues: {} });
  });

  test('parse sort values, URL-encoded inside the token', () => {
    expect(parseSkipToken('Paged=TRUE&p_Start=2026-05-06T10%3A15%3A00Z&p_Title=a%26b%3Dc&p_ID=12')).toEqual({
      paged: true, id: 12, sortValues: { Start: '2026-05-06T10:15:00Z', Title: 'a&b=c' }
    });
    expect(parseSkipToken('Paged=TRUE&p_Title=O%27Brien+jr&p_ID=3').sortValues).toEqual({ Title: "O'Brien jr" });
  });

  test('PagedPrev, case-insensitive names and values, empty and unknown parts', () => {
    expect(parseSkipToken('Paged=TRUE&PagedPrev=TRUE&p_ID=40')).toEqual({ paged: true, previous: true, id: 40, sortValues: {} });
    expect(parseSkipToken('paged=true&P_ID=9')).toEqual({ paged: true, id: 9, sortValues: {} });
    expect(parseSkipToken('')).toEqual({ paged: false, sortValues: {} });
    expect(parseSkipToken('Paged=TRUE&p_ID=9&View=abc&')).toEqual({ paged: true, id: 9, sortValues: {} });
  });

  test('a token still encoded as a whole is decoded once', () => {
    expect(parseSkipToken('Paged%3dTRUE%26p_ID%3d127')).toEqual({ paged: true, id: 127, sortValues: {} });
  });

  test.each(['Paged=TRUE&p_ID=abc', 'Paged=TRUE&p_ID=-1', 'Paged=TRUE&p_ID', 'Paged=TRUE&p_Title=%E0%A4%A&p_ID=1'])('%j is rejected', (token) => {
    expect(() => parseSkipToken(token)).toThrow(ODataSyntaxError);
    expect(() => parseSkipToken(token)).toThrow(/Invalid \$skiptoken/);
  });

  test('format', () => {
    expect(formatSkipToken(127)).toBe('Paged=TRUE&p_ID=127');
    expect(formatSkipToken(5, { Title: 'a&b=c d' })).toBe('Paged=TRUE&p_ID=5&p_Title=a%26b%3Dc%20d');
    expect(formatSkipToken(5, { ID: '5' })).toBe('Paged=TRUE&p_ID=5');
    expect(() => formatSkipToken(-1)).toThrow(RangeError);
    expect(() => formatSkipToken(1.5)).toThrow(RangeError);
  });

  test('format and parse round-trip, also through URLSearchParams as in odata.nextLink', () => {
    const sortValues = { Start: '2026-05-06T10:15:00Z', Title: "O'Brien & 100% + ü 🚴" };
    const token = formatSkipToken(4711, sortValues);
    expect(parseSkipToken(token)).toEqual({ paged: true, id: 4711, sortValues });
    const query = new URLSearchParams({ $skiptoken: token, $top: '100' }).toString();
    expect(query).not.toContain('&p_ID');
    const received = new URLSearchParams(query).get('$skiptoken') ?? '';
    expect(parseSkipToken(received)).toEqual({ paged: true, id: 4711, sortValues });
  });
});
