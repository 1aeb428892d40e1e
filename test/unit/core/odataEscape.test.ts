import { odataDateTime, odataString } from '../../../src/core';

/** Independent reader for an OData string literal: must consume the whole text and yield the value. */
function readOdataLiteral(text: string): string {
  if (text[0] !== "'") {
    throw new Error('literal must start with a quote');
  }
  let value = '';
  let i = 1;
  for (;;) {
    if (i >= text.length) {
      throw new Error('unterminated literal');
    }
    if (text[i] === "'") {
      if (text[i + 1] === "'") {
        value += "'";
        i += 2;
        continue;
      }
      if (i !== text.length - 1) {
        throw new Error('literal ended early at ' + i + ': injection possible');
      }
      return value;
    }
    value += text[i];
    i++;
  }
}

describe('odataString', () => {
  it('quotes and doubles single quotes', () => {
    expect(odataString('Lunchwandeling')).toBe("'Lunchwandeling'");
    expect(odataString("O'Brien")).toBe("'O''Brien'");
    expect(odataString("'")).toBe("''''");
    expect(odataString('')).toBe("''");
    expect(odataString("''")).toBe("''''''");
  });

  it.each([
    "O'Brien",
    "' or 1 eq 1 or Title eq '",
    "x') or (Id gt 0",
    "'''",
    'Start to Run \u{1F3C3}\u200D\u2640\uFE0F & fietsgroep \u{1F6B2}',
    'Mantelzorg en Werk: "zorg" & werk # 100% ? ja',
    'caf\u00e9 \u2013 \u2018quote\u2019 and \u201cdouble\u201d',
    '\n\t\\'
  ])('round-trips %p as exactly one literal', (value: string) => {
    expect(readOdataLiteral(odataString(value))).toBe(value);
  });

  it('leaves URL encoding to the HTTP layer (no double encoding)', () => {
    expect(odataString('a&b=c %')).toBe("'a&b=c %'");
    expect(odataString('\u{1F3C3}')).toBe("'\u{1F3C3}'");
  });
});

describe('odataDateTime', () => {
  it('quotes a UTC ISO instant without milliseconds', () => {
    expect(odataDateTime(new Date(Date.UTC(2026, 10, 24, 11, 15, 0)))).toBe("'2026-11-24T11:15:00Z'");
    expect(odataDateTime(new Date(Date.UTC(2026, 10, 24, 11, 15, 7, 999)))).toBe("'2026-11-24T11:15:07Z'");
  });

  it('rejects an invalid Date', () => {
    expect(() => odataDateTime(new Date('x'))).toThrow(RangeError);
  });
});
