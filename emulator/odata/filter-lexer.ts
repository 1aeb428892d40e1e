import { ODataSyntaxError } from './errors';
import { normaliseDateTime } from './datetime';

export type Token =
  | { kind: 'ident'; text: string; pos: number } // field path or keyword, e.g. 'Author/Title', 'and'
  | { kind: 'string'; value: string; pos: number }
  | { kind: 'number'; value: number; pos: number }
  | { kind: 'datetime'; value: string; pos: number } // already normalised
  | { kind: '(' | ')' | ','; pos: number }
  | { kind: 'eof'; pos: number };

// A path is segments joined by '/'; SharePoint internal names are letters, digits and '_'.
const IDENT = /[\p{L}_][\p{L}\p{N}_]*(?:\/[\p{L}_][\p{L}\p{N}_]*)*/uy;
const NUMBER = /-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const IDENT_CHAR = /[\p{L}\p{N}_]/u;

/** Formats a syntax error that points at the offending character of the $filter text. */
export function syntaxError(text: string, pos: number, message: string): ODataSyntaxError {
  return new ODataSyntaxError(`Invalid $filter at character ${pos + 1} of "${text}": ${message}`);
}

/**
 * Reads a single-quoted literal starting at `start` ('' inside means one quote). Returns value and end index.
 * Source: quotes doubled inside literals (facts file, "What PnPjs v4 sends").
 */
function readQuoted(text: string, start: number): { value: string; end: number } {
  let value = '';
  let i = start + 1;
  for (;;) {
    const close = text.indexOf("'", i);
    if (close < 0) throw syntaxError(text, start, 'unterminated string literal (a quote inside a string is written as two quotes)');
    value += text.slice(i, close);
    if (text[close + 1] === "'") {
      value += "'";
      i = close + 2;
    } else {
      return { value, end: close + 1 };
    }
  }
}

function matchAt(re: RegExp, text: string, pos: number): string | undefined {
  re.lastIndex = pos;
  return re.exec(text)?.[0];
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (/\s/.test(ch)) {
      i++;
    } else if (ch === '(' || ch === ')' || ch === ',') {
      tokens.push({ kind: ch, pos: i });
      i++;
    } else if (ch === "'") {
      const { value, end } = readQuoted(text, i);
      tokens.push({ kind: 'string', value, pos: i });
      i = end;
    } else {
      const number = matchAt(NUMBER, text, i);
      const word = number === undefined ? matchAt(IDENT, text, i) : undefined;
      const lexeme = number ?? word;
      if (lexeme === undefined) throw syntaxError(text, i, `unexpected character '${ch}'`);
      const end = i + lexeme.length;
      // OData v2 `datetime'…'` literal. The facts file has dates as quoted ISO strings; that SharePoint
      // Online also takes the datetime'…' form is unverified.
      if (word !== undefined && word.toLowerCase() === 'datetime' && text[end] === "'") {
        const { value, end: after } = readQuoted(text, end);
        const normalised = normaliseDateTime(value);
        if (normalised === undefined) throw syntaxError(text, i, `'${value}' is not a valid datetime (expected ISO 8601, e.g. 2026-05-06T10:15:00Z)`);
        tokens.push({ kind: 'datetime', value: normalised, pos: i });
        i = after;
        continue;
      }
      if (end < text.length && (IDENT_CHAR.test(text[end]) || (number !== undefined && text[end] === '.'))) {
        throw syntaxError(text, i, `malformed token starting with '${lexeme}${text[end]}'`);
      }
      tokens.push(number !== undefined ? { kind: 'number', value: Number(number), pos: i } : { kind: 'ident', text: lexeme, pos: i });
      i = end;
    }
  }
  tokens.push({ kind: 'eof', pos: text.length });
  return tokens;
}
