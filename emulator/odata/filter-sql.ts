import { normaliseDateTime } from './datetime';
import { ODataSyntaxError } from './errors';
import { CompareOp, FilterNode, Literal } from './filter-ast';

export type ColumnKind = 'text' | 'number' | 'boolean' | 'datetime' | 'json' | 'lookupId';
export interface ResolvedColumn { sql: string; kind: ColumnKind; }
/**
 * Maps a field path to a SQL expression; throws for unknown fields (the caller maps that to
 * SharePoint's error). `sql` is inserted verbatim, possibly more than once, so it must be a
 * safe column expression without `?` parameters.
 */
export type ColumnResolver = (fieldPath: string) => ResolvedColumn;

type Param = string | number | null;

const SQL_OPS: Record<CompareOp, string> = { eq: '=', ne: '<>', lt: '<', le: '<=', gt: '>', ge: '>=' };

function describeLiteral(value: Literal): string {
  switch (value.type) {
    case 'null': return 'null';
    case 'string': return `string '${value.value}'`;
    case 'datetime': return `datetime '${value.value}'`;
    default: return `${value.type} ${String(value.value)}`;
  }
}

function mismatch(field: string, kind: ColumnKind, value: Literal, op: CompareOp): ODataSyntaxError {
  return new ODataSyntaxError(`Invalid $filter: cannot compare ${kind} field '${field}' with ${describeLiteral(value)} using '${op}'`);
}

/** One comparison against a non-null literal; returns SQL with `?` placeholders appended to `params`. */
function compileCompare(field: string, op: CompareOp, value: Literal, column: ResolvedColumn, params: Param[]): string {
  const { sql, kind } = column;
  const sqlOp = SQL_OPS[op];
  const equality = op === 'eq' || op === 'ne';

  // `eq null` / `ne null`: unverified (not in the Learn table of supported operators).
  if (value.type === 'null') {
    if (kind === 'json') {
      // An empty multi-value is null to SharePoint whether stored as NULL or '[]'.
      return op === 'eq'
        ? `(${sql} IS NULL OR json_array_length(${sql}) = 0)`
        : `(${sql} IS NOT NULL AND json_array_length(${sql}) > 0)`;
    }
    return `(${sql} ${op === 'eq' ? 'IS NULL' : 'IS NOT NULL'})`;
  }

  switch (kind) {
    case 'text':
      // Only eq/ne on text: Learn lists startswith, substringof, eq and ne as the string
      // comparisons (learn.microsoft.com/sharepoint/dev/sp-add-ins/use-odata-query-operations-in-sharepoint-rest-requests),
      // so lt/le/gt/ge are refused (the stricter reading; SharePoint's exact answer: unverified).
      if (value.type !== 'string' || !equality) break;
      params.push(value.value);
      // SharePoint compares text case-insensitively (unverified). NOCASE (like lower()) folds ASCII only:
      // 'É' vs 'é' stays case-sensitive here, a known gap versus SharePoint.
      return `(${sql} ${sqlOp} ? COLLATE NOCASE)`;
    case 'number':
      if (value.type !== 'number') break;
      params.push(value.value);
      return `(${sql} ${sqlOp} ?)`;
    case 'lookupId':
      if (value.type !== 'number' || !Number.isInteger(value.value)) break;
      params.push(value.value);
      return `(${sql} ${sqlOp} ?)`;
    case 'boolean': {
      // SharePoint accepts 1/0 (facts file, "Filter literals"); true/false: unverified. Stored as 0/1.
      const flag = value.type === 'boolean' ? (value.value ? 1 : 0)
        : value.type === 'number' && (value.value === 0 || value.value === 1) ? value.value : undefined;
      if (flag === undefined || !equality) break;
      params.push(flag);
      return `(${sql} ${sqlOp} ?)`;
    }
    case 'datetime': {
      const iso = value.type === 'datetime' ? value.value
        : value.type === 'string' ? normaliseDateTime(value.value) : undefined;
      if (iso === undefined) break;
      params.push(iso); // stored as 'YYYY-MM-DDTHH:MM:SSZ', so text order is time order
      return `(${sql} ${sqlOp} ?)`;
    }
    case 'json':
      // Refused (stricter choice): Learn says of multi-value lookup fields "there's no way to query
      // for them" (learn.microsoft.com/sharepoint/dev/sp-add-ins/use-odata-query-operations-in-sharepoint-rest-requests);
      // the same is assumed for multi-value person and choice columns. SharePoint's exact answer: unverified.
      throw new ODataSyntaxError(`Invalid $filter: '${field}' holds several values and cannot be queried`);
  }
  throw mismatch(field, kind, value, op);
}

// substringof('v',F) and startswith(F,'v'): learn.microsoft.com/sharepoint/dev/sp-add-ins/use-odata-query-operations-in-sharepoint-rest-requests. Case-insensitive matching: unverified.
function compileText(node: FilterNode & { kind: 'substringof' | 'startswith' }, column: ResolvedColumn, params: Param[]): string {
  if (column.kind !== 'text') {
    throw new ODataSyntaxError(`Invalid $filter: ${node.kind} needs a text field, but '${node.field}' is ${column.kind}`);
  }
  params.push(node.value);
  // instr needs no escaping of % and _; lower() on both sides makes it case-insensitive like NOCASE.
  const position = `instr(lower(${column.sql}), lower(?))`;
  return node.kind === 'substringof' ? `(${position} > 0)` : `(${position} = 1)`;
}

/** Compiles a parsed $filter to a SQL boolean expression with positional `?` parameters. */
export function compileFilter(node: FilterNode, resolve: ColumnResolver): { sql: string; params: Param[] } {
  const params: Param[] = [];
  const emit = (n: FilterNode): string => {
    switch (n.kind) {
      case 'and':
      case 'or':
        return `(${emit(n.left)} ${n.kind.toUpperCase()} ${emit(n.right)})`;
      case 'not':
        return `(NOT ${emit(n.operand)})`;
      case 'substringof':
      case 'startswith':
        return compileText(n, resolve(n.field), params);
      case 'compare':
        return compileCompare(n.field, n.op, n.value, resolve(n.field), params);
    }
  };
  return { sql: emit(node), params };
}
