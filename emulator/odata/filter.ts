// $filter: tokenizer + recursive-descent parser to an AST (this file), SQL compiler (filter-sql.ts).
import { COMPARE_OPS, CompareOp, FilterNode, Literal } from './filter-ast';
import { syntaxError, Token, tokenize } from './filter-lexer';

export { ODataSyntaxError } from './errors';
export { normaliseDateTime } from './datetime';
export type { Literal, CompareOp, FilterNode } from './filter-ast';
export { filterFields } from './filter-ast';
export type { ColumnKind, ResolvedColumn, ColumnResolver } from './filter-sql';
export { compileFilter } from './filter-sql';

// String functions SharePoint supports (learn.microsoft.com/sharepoint/dev/sp-add-ins/use-odata-query-operations-in-sharepoint-rest-requests). Its date functions day(), month(), year(), hour(),
// minute(), second() are supported there but refused here (not emulated).
const FUNCTIONS = new Set(['substringof', 'startswith']);
const LITERAL_WORDS = new Set(['true', 'false', 'null']);
// Deeper nesting than any real query; stops a hostile filter from overflowing the stack (emulator guard, no SharePoint rule).
const MAX_DEPTH = 100;

function describe(token: Token): string {
  switch (token.kind) {
    case 'eof': return 'end of input';
    case 'ident': return `'${token.text}'`;
    case 'string': return `string '${token.value}'`;
    case 'number': return `number ${token.value}`;
    case 'datetime': return `datetime '${token.value}'`;
    default: return `'${token.kind}'`;
  }
}

/** Grammar: or := and ('or' and)* ; and := unary ('and' unary)* ; unary := 'not' unary | primary. */
class Parser {
  private readonly tokens: Token[];
  private index = 0;
  private depth = 0;

  constructor(private readonly text: string) {
    this.tokens = tokenize(text);
  }

  parse(): FilterNode {
    if (this.peek().kind === 'eof') throw syntaxError(this.text, 0, 'the filter is empty');
    const node = this.parseOr();
    const rest = this.peek();
    if (rest.kind !== 'eof') {
      throw this.error(rest, `unexpected ${describe(rest)}; expected 'and', 'or' or the end of the filter`);
    }
    return node;
  }

  private peek(offset = 0): Token {
    return this.tokens[Math.min(this.index + offset, this.tokens.length - 1)];
  }

  private next(): Token {
    const token = this.peek();
    this.index++;
    return token;
  }

  private error(token: Token, message: string): Error {
    return syntaxError(this.text, token.pos, message);
  }

  private isWord(token: Token, word: string): boolean {
    return token.kind === 'ident' && token.text.toLowerCase() === word;
  }

  private expect(kind: '(' | ')' | ',', context: string): void {
    const token = this.next();
    if (token.kind !== kind) throw this.error(token, `expected '${kind}' ${context}, found ${describe(token)}`);
  }

  private parseOr(): FilterNode {
    let left = this.parseAnd();
    while (this.isWord(this.peek(), 'or')) {
      this.next();
      left = { kind: 'or', left, right: this.parseAnd() };
    }
    return left;
  }

  private parseAnd(): FilterNode {
    let left = this.parseUnary();
    while (this.isWord(this.peek(), 'and')) {
      this.next();
      left = { kind: 'and', left, right: this.parseUnary() };
    }
    return left;
  }

  private parseUnary(): FilterNode {
    const token = this.peek();
    if (++this.depth > MAX_DEPTH) throw this.error(token, `nesting deeper than ${MAX_DEPTH} levels`);
    try {
      return this.parseUnaryInner(token);
    } finally {
      this.depth--;
    }
  }

  private parseUnaryInner(token: Token): FilterNode {
    // Refused (stricter choice): 'not' is in neither column of Learn's operator table (learn.microsoft.com/
    // sharepoint/dev/sp-add-ins/use-odata-query-operations-in-sharepoint-rest-requests). Negation only
    // through ne and `substringof(…) eq false`. 'not' followed by a comparison operator is a field named "not".
    if (this.isWord(token, 'not') && !this.compareOpOf(this.peek(1))) {
      throw this.error(token, "'not' is not a supported $filter operator; use ne");
    }
    return this.parsePrimary();
  }

  private parsePrimary(): FilterNode {
    const token = this.peek();
    if (token.kind === '(') {
      this.next();
      const inner = this.parseOr();
      this.expect(')', 'to close the parenthesis');
      return inner;
    }
    if (token.kind === 'ident' && this.peek(1).kind === '(') {
      return this.applyBooleanSuffix(this.parseFunction());
    }
    return this.parseComparison();
  }

  private compareOpOf(token: Token): CompareOp | undefined {
    if (token.kind !== 'ident') return undefined;
    const word = token.text.toLowerCase();
    return COMPARE_OPS.find((op) => op === word);
  }

  private parseFunction(): FilterNode {
    const nameToken = this.next();
    const name = nameToken.kind === 'ident' ? nameToken.text.toLowerCase() : '';
    if (!FUNCTIONS.has(name)) {
      throw this.error(nameToken, `unsupported function ${describe(nameToken)}; use substringof('value',Field) or startswith(Field,'value')`);
    }
    this.expect('(', `after ${name}`);
    const first = this.next();
    this.expect(',', `between the arguments of ${name}`);
    const second = this.next();
    this.expect(')', `to close ${name}(`);
    const [fieldToken, valueToken] = name === 'substringof' ? [second, first] : [first, second];
    const usage = name === 'substringof' ? "substringof('value',Field)" : "startswith(Field,'value')";
    if (valueToken.kind !== 'string') throw this.error(valueToken, `${usage} needs a string literal, found ${describe(valueToken)}`);
    const field = this.fieldName(fieldToken, `${usage} needs a field name`);
    return { kind: name === 'substringof' ? 'substringof' : 'startswith', field, value: valueToken.value };
  }

  /** OData v2 style `substringof('a',Title) eq true`; `eq false`/`ne true` negate. Unverified on SharePoint Online. */
  private applyBooleanSuffix(node: FilterNode): FilterNode {
    const op = this.compareOpOf(this.peek());
    if (!op) return node;
    const opToken = this.next();
    if (op !== 'eq' && op !== 'ne') throw this.error(opToken, `a function result can only be compared with 'eq' or 'ne'`);
    const literal = this.parseLiteral();
    if (literal.type !== 'boolean') throw this.error(opToken, 'a function result can only be compared with true or false');
    return literal.value === (op === 'eq') ? node : { kind: 'not', operand: node };
  }

  private fieldName(token: Token, message: string): string {
    if (token.kind !== 'ident' || LITERAL_WORDS.has(token.text.toLowerCase())) {
      throw this.error(token, `${message}, found ${describe(token)}`);
    }
    return token.text;
  }

  private parseComparison(): FilterNode {
    const fieldToken = this.next();
    const field = this.fieldName(fieldToken, 'expected a field name, a function or \'(\'');
    const opToken = this.next();
    const op = this.compareOpOf(opToken);
    if (!op) {
      throw this.error(opToken, `expected a comparison operator (eq, ne, lt, le, gt, ge) after field '${field}', found ${describe(opToken)}`);
    }
    const value = this.parseLiteral();
    if (value.type === 'null' && op !== 'eq' && op !== 'ne') {
      throw this.error(opToken, `null can only be compared with 'eq' or 'ne'`);
    }
    return { kind: 'compare', op, field, value };
  }

  private parseLiteral(): Literal {
    const token = this.next();
    switch (token.kind) {
      case 'string': return { type: 'string', value: token.value };
      case 'number': return { type: 'number', value: token.value };
      case 'datetime': return { type: 'datetime', value: token.value };
      case 'ident': {
        const word = token.text.toLowerCase();
        if (word === 'true' || word === 'false') return { type: 'boolean', value: word === 'true' };
        if (word === 'null') return { type: 'null' };
        // Field-to-field comparison: unverified; refused (stricter).
        throw this.error(token, `expected a literal value, found field ${describe(token)} (comparing two fields is not supported)`);
      }
      default:
        throw this.error(token, `expected a literal value, found ${describe(token)}`);
    }
  }
}

/** Parses decoded `$filter` text (the caller already turned '+' and %XX into characters). */
export function parseFilter(text: string): FilterNode {
  return new Parser(text).parse();
}
