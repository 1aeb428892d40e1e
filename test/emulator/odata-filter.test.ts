import { DatabaseSync } from 'node:sqlite';
import {
  ColumnResolver,
  compileFilter,
  filterFields,
  normaliseDateTime,
  ODataSyntaxError,
  parseFilter,
  ResolvedColumn
} from '../../emulator/odata/filter';

// One column per kind the store uses; Tags is a MultiChoice stored as a JSON array.
const COLUMNS: Record<string, ResolvedColumn> = {
  Title: { sql: 'title', kind: 'text' },
  Score: { sql: 'score', kind: 'number' },
  Active: { sql: 'active', kind: 'boolean' },
  Start: { sql: 'start', kind: 'datetime' },
  Tags: { sql: 'tags', kind: 'json' },
  AuthorId: { sql: 'author_id', kind: 'lookupId' },
  'Author/Id': { sql: 'author_id', kind: 'lookupId' },
  'Author/EMail': { sql: 'author_email', kind: 'text' },
  'Activity/Title': { sql: 'activity_title', kind: 'text' }
};

const resolve: ColumnResolver = (path) => {
  const column = COLUMNS[path];
  if (!column) throw new Error(`unknown field ${path}`);
  return column;
};

type Row = [number, string | null, number | null, number | null, string | null, string | null, number | null, string | null, string | null];
const ROWS: Row[] = [
  [1, "O'Brien", 10, 1, '2026-05-06T10:15:00Z', '["Run","Swim"]', 1, 'anna@stella.nl', 'Hardlopen'],
  [2, 'alpha', 2.5, 0, '2026-05-07T08:00:00Z', '["Walk"]', 2, 'bram@stella.nl', 'Wandelen'],
  [3, 'ALPHA beta', -3, 1, null, null, 1, 'anna@stella.nl', null],
  [4, '100% _done_', 0, 0, '2026-01-01T00:00:00Z', '[]', null, null, 'Yoga'],
  [5, 'a eq b or 1 eq 1', null, 1, '2026-05-06T10:14:59Z', '["Swim"]', 3, 'cees@stella.nl', 'Zwemmen'],
  [6, 'Café 🚴 fiets', 7, 0, '2026-12-31T23:59:59Z', '["Fiets 🚴"]', 2, 'bram@stella.nl', 'Fietsen'],
  [7, null, 1, 1, '2025-06-01T12:00:00Z', '["Run"]', 3, 'cees@stella.nl', 'Hardlopen'],
  [8, '100 percent xdonex', 100, 0, '2026-05-06T10:15:01Z', null, 4, 'dirk@stella.nl', 'Hardlopen']
];

let db: DatabaseSync;

beforeAll(() => {
  db = new DatabaseSync(':memory:');
  db.exec(`CREATE TABLE items (
    id INTEGER PRIMARY KEY, title TEXT, score REAL, active INTEGER, start TEXT, tags TEXT,
    author_id INTEGER, author_email TEXT, activity_title TEXT)`);
  const insert = db.prepare('INSERT INTO items VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)');
  for (const row of ROWS) insert.run(...row);
});

afterAll(() => db.close());

/** Parses, compiles and runs a filter; returns the matching ids in id order. */
function ids(filter: string): number[] {
  const { sql, params } = compileFilter(parseFilter(filter), resolve);
  const rows = db.prepare(`SELECT id FROM items WHERE ${sql} ORDER BY id`).all(...params);
  return rows.map((row) => Number(row.id));
}

function compileError(filter: string): Error {
  try {
    compileFilter(parseFilter(filter), resolve);
  } catch (error) {
    return error as Error;
  }
  throw new Error(`expected '${filter}' to be rejected`);
}

describe('parseFilter: AST', () => {
  test('simple comparison', () => {
    expect(parseFilter("Title eq 'x'")).toEqual({ kind: 'compare', op: 'eq', field: 'Title', value: { type: 'string', value: 'x' } });
  });

  test('operators are case-insensitive keywords', () => {
    expect(parseFilter("Title EQ 'x' AND Score Gt 3 Or Active NE 1")).toEqual({
      kind: 'or',
      left: {
        kind: 'and',
        left: { kind: 'compare', op: 'eq', field: 'Title', value: { type: 'string', value: 'x' } },
        right: { kind: 'compare', op: 'gt', field: 'Score', value: { type: 'number', value: 3 } }
      },
      right: { kind: 'compare', op: 'ne', field: 'Active', value: { type: 'number', value: 1 } }
    });
  });

  test('and binds tighter than or; both are left-associative', () => {
    const node = parseFilter('A eq 1 or B eq 2 and C eq 3 or D eq 4');
    expect(node.kind).toBe('or');
    if (node.kind !== 'or') return;
    expect(node.right).toEqual({ kind: 'compare', op: 'eq', field: 'D', value: { type: 'number', value: 4 } });
    expect(node.left.kind).toBe('or');
    if (node.left.kind !== 'or') return;
    expect(node.left.right.kind).toBe('and');
  });

  test('parentheses override precedence', () => {
    const node = parseFilter('(A eq 1 or B eq 2) and C eq 3');
    expect(node.kind).toBe('and');
    if (node.kind === 'and') expect(node.left.kind).toBe('or');
  });

  test('literals: doubled quotes, numbers, booleans, null, datetime', () => {
    const value = (text: string): unknown => {
      const node = parseFilter(`F eq ${text}`);
      return node.kind === 'compare' ? node.value : undefined;
    };
    expect(value("'O''Brien'")).toEqual({ type: 'string', value: "O'Brien" });
    expect(value("''''")).toEqual({ type: 'string', value: "'" });
    expect(value("''")).toEqual({ type: 'string', value: '' });
    expect(value('42')).toEqual({ type: 'number', value: 42 });
    expect(value('-7')).toEqual({ type: 'number', value: -7 });
    expect(value('3.25')).toEqual({ type: 'number', value: 3.25 });
    expect(value('-0.5')).toEqual({ type: 'number', value: -0.5 });
    expect(value('1')).toEqual({ type: 'number', value: 1 });
    expect(value('TRUE')).toEqual({ type: 'boolean', value: true });
    expect(value('false')).toEqual({ type: 'boolean', value: false });
    expect(value('null')).toEqual({ type: 'null' });
    expect(value("datetime'2026-05-06T10:15:00Z'")).toEqual({ type: 'datetime', value: '2026-05-06T10:15:00Z' });
    expect(value("DateTime'2026-05-06T12:15:00.000+02:00'")).toEqual({ type: 'datetime', value: '2026-05-06T10:15:00Z' });
    // A quoted ISO string stays a string; the compiler normalises it for datetime columns.
    expect(value("'2026-05-06T10:15:00.000Z'")).toEqual({ type: 'string', value: '2026-05-06T10:15:00.000Z' });
  });

  test('field paths', () => {
    expect(filterFields(parseFilter("Author/EMail eq 'a' and Activity/Title ne 'b' or AuthorId eq 1 and Author/Id eq 2")))
      .toEqual(['Author/EMail', 'Activity/Title', 'AuthorId', 'Author/Id']);
    expect(filterFields(parseFilter('OData__UIVersionString eq \'1.0\''))).toEqual(['OData__UIVersionString']);
  });

  test('functions and their OData v2 "eq true" form', () => {
    expect(parseFilter("substringof('run',Title)")).toEqual({ kind: 'substringof', field: 'Title', value: 'run' });
    expect(parseFilter("startswith( Title , 'Al' )")).toEqual({ kind: 'startswith', field: 'Title', value: 'Al' });
    expect(parseFilter("SubstringOf('a',Title) eq true")).toEqual({ kind: 'substringof', field: 'Title', value: 'a' });
    expect(parseFilter("substringof('a',Title) eq false")).toEqual({ kind: 'not', operand: { kind: 'substringof', field: 'Title', value: 'a' } });
    // 'not' is not in Learn's operator table: refused (stricter choice); `eq false` is the way.
    expect(() => parseFilter("not substringof('a',Title)")).toThrow(/'not' is not a supported \$filter operator/);
    expect(() => parseFilter("NOT (Title eq 'a')")).toThrow(/'not' is not a supported/);
  });

  test('OData syntax inside a string literal is just text', () => {
    expect(parseFilter("Title eq 'a eq b or 1 eq 1'")).toEqual({
      kind: 'compare', op: 'eq', field: 'Title', value: { type: 'string', value: 'a eq b or 1 eq 1' }
    });
    expect(parseFilter("Title eq ')(,'' and not'")).toEqual({
      kind: 'compare', op: 'eq', field: 'Title', value: { type: 'string', value: ")(,' and not" }
    });
  });

  test('a field may be called like a keyword where no keyword fits', () => {
    expect(parseFilter("Not eq 'x'")).toEqual({ kind: 'compare', op: 'eq', field: 'Not', value: { type: 'string', value: 'x' } });
  });

  test('whitespace of any kind and amount', () => {
    expect(parseFilter("\tTitle   eq\n'x'  ")).toEqual(parseFilter("Title eq 'x'"));
    expect(parseFilter("(Title eq 'x')and(Score gt 1)").kind).toBe('and');
  });

  test('filterFields: leftmost condition first, each field once', () => {
    expect(filterFields(parseFilter("(Start ge '2026-01-01' and Title eq 'a') or Start lt '2025-01-01' or AuthorId ne 3"))).toEqual(['Start', 'Title', 'AuthorId']);
    expect(filterFields(parseFilter("substringof('x',Title) and Score eq 1"))[0]).toBe('Title');
  });
});

describe('parseFilter: errors', () => {
  const cases: Array<[string, RegExp]> = [
    ['', /empty/],
    ['   ', /empty/],
    ["Title eq 'x", /unterminated string/],
    ['Title eq', /expected a literal value, found end of input/],
    ["Title 'x'", /expected a comparison operator.*after field 'Title'/],
    ["Title equals 'x'", /expected a comparison operator/],
    ["Title eq 'x' Score eq 1", /unexpected 'Score'/],
    ["(Title eq 'x'", /expected '\)' to close the parenthesis/],
    ["Title eq 'x')", /unexpected '\)'/],
    ["Title eq 'x' and", /expected a field name.*end of input/],
    ['Title eq Score', /comparing two fields is not supported/],
    ["'x' eq Title", /expected a field name/],
    ['null eq Title', /expected a field name/],
    ['Score gt null', /null can only be compared with 'eq' or 'ne'/],
    ["endswith(Title,'x')", /unsupported function 'endswith'/],
    ["substringof(Title,'x')", /substringof\('value',Field\) needs a string literal/],
    ["startswith('x',Title)", /startswith\(Field,'value'\) needs a string literal/],
    ["substringof('x',Title) gt true", /only be compared with 'eq' or 'ne'/],
    ["substringof('x',Title) eq 'y'", /only be compared with true or false/],
    ["Start eq datetime'2026-02-30T00:00:00Z'", /not a valid datetime/],
    ["Start eq datetime'tomorrow'", /not a valid datetime/],
    ['Title eq 5x', /malformed token/],
    ['Score eq 1.', /malformed token/],
    ['Title eq $x', /unexpected character '\$'/],
    ["Title eq 'x' && Score eq 1", /unexpected character '&'/]
  ];
  test.each(cases)('%j is rejected', (filter, message) => {
    expect(() => parseFilter(filter)).toThrow(ODataSyntaxError);
    expect(() => parseFilter(filter)).toThrow(message);
  });

  test('nesting is bounded so a hostile filter cannot overflow the stack', () => {
    const deep = (n: number): string => `${'('.repeat(n)}A eq 1${')'.repeat(n)}`;
    expect(parseFilter(deep(90))).toEqual(parseFilter('A eq 1'));
    expect(() => parseFilter(deep(5000))).toThrow(/nesting deeper than 100 levels/);
    expect(() => parseFilter(`${'not '.repeat(500)}A eq 1`)).toThrow(ODataSyntaxError);
    // Long flat chains are not nesting.
    const chain = Array.from({ length: 300 }, (_, i) => `A eq ${i}`).join(' or ');
    expect(filterFields(parseFilter(chain))).toEqual(['A']);
  });

  test('messages point at the offending character and quote the filter', () => {
    expect(() => parseFilter("Title eq 'x' or Score zz 1")).toThrow(/at character 23 of "Title eq 'x' or Score zz 1"/);
  });
});

describe('compileFilter against SQLite', () => {
  test('params are positional and in document order', () => {
    const { sql, params } = compileFilter(parseFilter("Title eq 'a' or (Score gt 2 and startswith(Title,'b'))"), resolve);
    expect(params).toEqual(['a', 2, 'b']);
    expect(sql.split('?').length - 1).toBe(3);
  });

  test('text eq/ne is case-insensitive; ne excludes nulls like SharePoint', () => {
    expect(ids("Title eq 'ALPHA'")).toEqual([2]);
    expect(ids("Title eq 'o''brien'")).toEqual([1]);
    expect(ids("Title ne 'Alpha'")).toEqual([1, 3, 4, 5, 6, 8]);
    expect(ids("Author/EMail eq 'ANNA@stella.nl'")).toEqual([1, 3]);
    expect(ids("Activity/Title eq 'hardlopen'")).toEqual([1, 7, 8]);
  });

  test('text has no ordering comparisons (Learn lists only eq/ne, startswith, substringof for strings)', () => {
    for (const filter of ["Title lt 'b'", "Title ge 'ALPHA B'", "Title gt 'a'", "Title le 'z'"]) {
      expect(compileError(filter)).toBeInstanceOf(ODataSyntaxError);
    }
  });

  test('unicode and emoji compare exactly', () => {
    expect(ids("Title eq 'Café 🚴 fiets'")).toEqual([6]);
    expect(ids("Title eq 'Cafe 🚴 fiets'")).toEqual([]);
    expect(ids("substringof('🚴',Title)")).toEqual([6]);
    expect(ids("substringof('é',Title)")).toEqual([6]);
  });

  test('OData syntax inside a literal cannot inject conditions', () => {
    expect(ids("Title eq 'a eq b or 1 eq 1'")).toEqual([5]);
    expect(ids("Title eq 'x'' OR 1=1 --'")).toEqual([]);
  });

  test('substringof and startswith are case-insensitive and treat % and _ literally', () => {
    expect(ids("substringof('alpha',Title)")).toEqual([2, 3]);
    expect(ids("substringof('BETA',Title)")).toEqual([3]);
    expect(ids("substringof('%',Title)")).toEqual([4]);
    expect(ids("substringof('_done_',Title)")).toEqual([4]);
    expect(ids("substringof('o''b',Title)")).toEqual([1]);
    expect(ids("startswith(Title,'al')")).toEqual([2, 3]);
    expect(ids("startswith(Title,'100%')")).toEqual([4]);
    expect(ids("startswith(Title,'beta')")).toEqual([]);
    expect(ids("startswith(Author/EMail,'BRAM')")).toEqual([2, 6]);
    // Null text never matches, also not when negated (SQL three-valued logic, as with ne).
    expect(ids("substringof('alpha',Title) eq false")).toEqual([1, 4, 5, 6, 8]);
  });

  test('numbers: integers, decimals, negatives, ranges', () => {
    expect(ids('Score eq 2.5')).toEqual([2]);
    expect(ids('Score lt 0')).toEqual([3]);
    expect(ids('Score ge -3 and Score le 1')).toEqual([3, 4, 7]);
    expect(ids('Score gt 7')).toEqual([1, 8]);
    expect(ids('Score ne 10')).toEqual([2, 3, 4, 6, 7, 8]);
  });

  test('booleans accept true/false and 1/0', () => {
    expect(ids('Active eq 1')).toEqual([1, 3, 5, 7]);
    expect(ids('Active eq true')).toEqual([1, 3, 5, 7]);
    expect(ids('Active eq 0')).toEqual([2, 4, 6, 8]);
    expect(ids('Active ne true')).toEqual([2, 4, 6, 8]);
  });

  test('datetime: datetime literal, quoted ISO with/without milliseconds, offsets', () => {
    expect(ids("Start eq datetime'2026-05-06T10:15:00Z'")).toEqual([1]);
    expect(ids("Start eq '2026-05-06T10:15:00Z'")).toEqual([1]);
    expect(ids("Start eq '2026-05-06T10:15:00.000Z'")).toEqual([1]);
    expect(ids("Start eq '2026-05-06T12:15:00+02:00'")).toEqual([1]);
    expect(ids("Start ge '2026-05-06T10:15:00.000Z'")).toEqual([1, 2, 6, 8]);
    expect(ids("Start lt '2026-05-06T10:15:00Z' and Start ge '2026-01-01'")).toEqual([4, 5]);
    expect(ids("Start gt '2026-05-06T10:15:00Z' and Start lt datetime'2026-06-01T00:00:00Z'")).toEqual([2, 8]);
  });

  test('null handling', () => {
    expect(ids('Title eq null')).toEqual([7]);
    expect(ids('Title ne null')).toEqual([1, 2, 3, 4, 5, 6, 8]);
    expect(ids('Start eq null')).toEqual([3]);
    expect(ids('AuthorId eq null')).toEqual([4]);
    expect(ids('Score ne null and Score lt 1')).toEqual([3, 4]);
    // An empty MultiChoice is null whether stored as NULL or '[]'.
    expect(ids('Tags eq null')).toEqual([3, 4, 8]);
    expect(ids('Tags ne null')).toEqual([1, 2, 5, 6, 7]);
  });

  test('json (MultiChoice): refused, multi-value fields cannot be queried (Learn; stricter choice)', () => {
    expect(() => ids("Tags eq 'Swim'")).toThrow(/'Tags' holds several values and cannot be queried/);
    expect(() => ids("Tags ne 'Swim'")).toThrow(/cannot be queried/);
  });

  test('lookup ids, both spellings', () => {
    expect(ids('AuthorId eq 1')).toEqual([1, 3]);
    expect(ids('Author/Id eq 2')).toEqual([2, 6]);
    expect(ids('AuthorId gt 2')).toEqual([5, 7, 8]);
  });

  test('nested parentheses', () => {
    expect(ids("((AuthorId eq 1 or AuthorId eq 2) and (Active eq 1 or (Score gt 5 and AuthorId ne 3)))")).toEqual(ids("(AuthorId eq 1 or AuthorId eq 2) and (Active eq 1 or Score gt 5)"));
    expect(ids('AuthorId eq 3 or AuthorId eq 4 and Active eq 1')).toEqual([5, 7]);
    expect(ids('(AuthorId eq 3 or AuthorId eq 4) and Active eq 0')).toEqual([8]);
  });

  test('unknown fields are reported by the resolver, unchanged', () => {
    expect(() => compileFilter(parseFilter("Nope eq 'x'"), resolve)).toThrow('unknown field Nope');
  });
});

describe('compileFilter: type mismatches', () => {
  const cases: Array<[string, RegExp]> = [
    ["Start eq 'tomorrow'", /datetime field 'Start' with string 'tomorrow'/],
    ['Start gt 5', /datetime field 'Start' with number 5/],
    ["Score eq 'ten'", /number field 'Score' with string 'ten'/],
    ['Score eq true', /number field 'Score' with boolean true/],
    ['Title eq 5', /text field 'Title' with number 5/],
    ["Title eq datetime'2026-01-01T00:00:00Z'", /text field 'Title' with datetime/],
    ['Active eq 2', /boolean field 'Active' with number 2/],
    ["Active eq 'true'", /boolean field 'Active'/],
    ['Active gt 0', /boolean field 'Active' with number 0 using 'gt'/],
    ["AuthorId eq '1'", /lookupId field 'AuthorId' with string '1'/],
    ['AuthorId eq 1.5', /lookupId field 'AuthorId'/],
    ["Tags gt 'a'", /'Tags' holds several values and cannot be queried/],
    ["Title lt 'b'", /text field 'Title' with string 'b' using 'lt'/],
    ["substringof('1',Score)", /substringof needs a text field, but 'Score' is number/],
    ["startswith(Tags,'R')", /startswith needs a text field, but 'Tags' is json/]
  ];
  test.each(cases)('%j is rejected', (filter, message) => {
    const error = compileError(filter);
    expect(error).toBeInstanceOf(ODataSyntaxError);
    expect(error.message).toMatch(message);
  });
});

describe('normaliseDateTime', () => {
  test.each([
    ['2026-05-06T10:15:00Z', '2026-05-06T10:15:00Z'],
    ['2026-05-06T10:15:00.000Z', '2026-05-06T10:15:00Z'],
    ['2026-05-06T10:15:00.9999999Z', '2026-05-06T10:15:00Z'],
    ['2026-05-06T10:15Z', '2026-05-06T10:15:00Z'],
    ['2026-05-06T10:15:00', '2026-05-06T10:15:00Z'],
    ['2026-05-06', '2026-05-06T00:00:00Z'],
    ['2026-05-06T01:00:00+02:00', '2026-05-05T23:00:00Z'],
    ['2026-05-06T23:30:00-0130', '2026-05-07T01:00:00Z'],
    ['2024-02-29T00:00:00Z', '2024-02-29T00:00:00Z']
  ])('%s -> %s', (input, expected) => {
    expect(normaliseDateTime(input)).toBe(expected);
  });

  test.each(['', 'tomorrow', '2026-5-6', '2025-02-29', '2026-13-01', '2026-05-06T24:00:00Z', '2026-05-06T10:60:00Z', '2026-05-06T10:15:00+25:00', '06-05-2026'])(
    '%j is not a date', (input) => {
      expect(normaliseDateTime(input)).toBeUndefined();
    }
  );
});
