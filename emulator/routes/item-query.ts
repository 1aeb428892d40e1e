// $filter / $orderby / $top / $skiptoken over a list's item table, with SharePoint's list view
// threshold and keyset paging (`Paged=TRUE&p_ID=…[&p_Field=…]`, Id as the final tiebreaker).
import { invalidQuery, listViewThreshold, unknownColumn, SpError } from '../http/errors';
import { compileFilter, filterFields, parseFilter, type ColumnKind, type FilterNode } from '../odata/filter';
import { formatSkipToken, parseOrderBy, parseSkipToken, parseTop } from '../odata/options';
import { ident, type SqlValue } from '../store/database';
import { FieldKind, entityPropertyName, isLookupKind } from '../store/field-types';
import type { ItemRow } from '../store/items';
import { fieldColumn, type FieldRecord, type ListRecord } from '../store/lists';
import { type RequestContext } from './context';
import { odataOption } from './entity-query';
import { lookupFieldForIdProperty } from './item-json';

/** SharePoint Online's list view threshold (fixed). */
export const LIST_VIEW_THRESHOLD = 5000;
export const DEFAULT_TOP = 100;

export interface Column {
  sql: string;
  kind: ColumnKind;
  /** Backed by an index (Id, or a field marked Indexed). */
  indexed: boolean;
}

const USER_COLUMNS: Record<string, string> = {
  Id: 'id', ID: 'id', Title: 'title', EMail: 'email', Name: 'login_name', UserName: 'email',
  JobTitle: 'job_title', Department: 'department', Office: 'office'
};

function kindOfField(field: FieldRecord): ColumnKind {
  switch (field.kind) {
    case FieldKind.Number:
    case FieldKind.Currency:
    case FieldKind.Integer:
    case FieldKind.Counter:
    case FieldKind.ModStat: return 'number';
    case FieldKind.Boolean: return 'boolean';
    case FieldKind.DateTime: return 'datetime';
    case FieldKind.MultiChoice: return 'json';
    case FieldKind.Lookup:
    case FieldKind.User: return field.props.AllowMultipleValues ? 'json' : 'lookupId';
    default: return 'text';
  }
}

function byEntityName(fields: FieldRecord[], name: string): FieldRecord | undefined {
  return fields.find((f) => entityPropertyName(f.internalName) === name || f.internalName === name);
}

/** Maps a $filter/$orderby field path to SQL over the item table aliased `t`. */
export function resolveItemColumn(ctx: RequestContext, fields: FieldRecord[], path: string): Column {
  if (path === 'Id' || path === 'ID') return { sql: 't."Id"', kind: 'number', indexed: true };
  const [root, sub, ...rest] = path.split('/');
  if (rest.length > 0) throw unknownColumn(path);

  if (sub === undefined) {
    const field = byEntityName(fields, root);
    if (field && !isLookupKind(field.kind)) {
      const column = fieldColumn(field);
      if (!column) throw unknownColumn(path);
      if (field.kind === FieldKind.URL) return { sql: `json_extract(t.${ident(column)}, '$.Url')`, kind: 'text', indexed: false };
      return { sql: `t.${ident(column)}`, kind: kindOfField(field), indexed: field.indexed };
    }
    const lookup = field ? { field, stringId: false } : lookupFieldForIdProperty(fields, root);
    if (!lookup) throw unknownColumn(path);
    return { sql: `t.${ident(lookup.field.internalName)}`, kind: kindOfField(lookup.field), indexed: lookup.field.indexed };
  }

  const field = byEntityName(fields, root);
  if (!field || !isLookupKind(field.kind)) throw unknownColumn(path);
  const ids = `t.${ident(field.internalName)}`;
  const multi = Boolean(field.props.AllowMultipleValues);
  if (sub === 'Id' || sub === 'ID') return { sql: ids, kind: kindOfField(field), indexed: field.indexed };

  // Projected columns of the person / lookup target: a correlated subquery (never index-backed).
  let source: { table: string; column: string; kind: ColumnKind };
  if (field.kind === FieldKind.User) {
    const column = USER_COLUMNS[sub];
    if (!column) throw unknownColumn(path);
    source = { table: 'principals', column, kind: column === 'id' ? 'number' : 'text' };
  } else {
    const target = field.props.LookupList ? ctx.store.lists.byId(field.props.LookupList) : undefined;
    const targetField = target ? byEntityName(ctx.store.lists.fields(target), sub) : undefined;
    const column = targetField ? fieldColumn(targetField) : undefined;
    if (!target || !targetField || !column || isLookupKind(targetField.kind)) throw unknownColumn(path);
    source = { table: target.table, column: column === 'Id' ? 'Id' : column, kind: kindOfField(targetField) };
  }
  const key = source.table === 'principals' ? 'id' : 'Id';
  if (multi) {
    return {
      sql: `(SELECT json_group_array(x.${ident(source.column)}) FROM json_each(${ids}) j JOIN ${ident(source.table)} x ON x.${ident(key)} = j.value)`,
      kind: 'json', indexed: false
    };
  }
  return { sql: `(SELECT x.${ident(source.column)} FROM ${ident(source.table)} x WHERE x.${ident(key)} = ${ids})`, kind: source.kind, indexed: false };
}

function leftmostCondition(node: FilterNode): FilterNode {
  if (node.kind === 'and' || node.kind === 'or') return leftmostCondition(node.left);
  if (node.kind === 'not') return leftmostCondition(node.operand);
  return node;
}

function conjuncts(node: FilterNode): FilterNode[] {
  return node.kind === 'and' ? [...conjuncts(node.left), ...conjuncts(node.right)] : [node];
}

/**
 * What the threshold rule measures: the leftmost condition, together with the comparisons on
 * the same column that directly follow it in the top-level `and` chain, so a range such as
 * `Id ge 5001 and Id lt 10001` counts as one condition (the "Id window" way to read a big
 * list). Source: the PnP team's "Dealing with the 5k item limit in SharePoint APIs"
 * (pnp.github.io/blog, "the filtering order matters"; ranges on the indexed ID column).
 * Unverified: how SharePoint's planner treats a range on another indexed column; the
 * emulator treats any one-column range the same way.
 */
function leftmostRange(filter: FilterNode): FilterNode {
  const parts = conjuncts(filter);
  const first = parts[0];
  if (first.kind !== 'compare') return leftmostCondition(first);
  let range: FilterNode = first;
  for (const next of parts.slice(1)) {
    if (next.kind !== 'compare' || next.field !== first.field) break;
    range = { kind: 'and', left: range, right: next };
  }
  return range;
}

interface OrderColumn extends Column {
  field: string;
  descending: boolean;
}

function orderSql(c: OrderColumn, reverse: boolean): string {
  const desc = c.descending !== reverse;
  return `${c.sql}${c.kind === 'text' ? ' COLLATE NOCASE' : ''} ${desc ? 'DESC' : 'ASC'}`;
}

/**
 * Rows strictly after the token's position in the sort order. SQLite sorts NULL first
 * ascending and last descending; the comparisons below follow that.
 */
function keysetCondition(keys: OrderColumn[], values: SqlValue[], reverse: boolean): { sql: string; params: SqlValue[] } {
  const params: SqlValue[] = [];
  const disjuncts: string[] = [];
  for (let i = 0; i < keys.length; i++) {
    const parts: string[] = [];
    for (let j = 0; j < i; j++) {
      const collate = keys[j].kind === 'text' ? ' COLLATE NOCASE' : '';
      if (values[j] === null) parts.push(`${keys[j].sql} IS NULL`);
      else {
        parts.push(`${keys[j].sql}${collate} = ?`);
        params.push(values[j]);
      }
    }
    const k = keys[i];
    const desc = k.descending !== reverse;
    const collate = k.kind === 'text' ? ' COLLATE NOCASE' : '';
    if (values[i] === null) {
      if (desc) continue; // nothing sorts after NULL when descending
      parts.push(`${k.sql} IS NOT NULL`);
    } else if (desc) {
      parts.push(`(${k.sql}${collate} < ? OR ${k.sql} IS NULL)`);
      params.push(values[i]);
    } else {
      parts.push(`${k.sql}${collate} > ?`);
      params.push(values[i]);
    }
    disjuncts.push(`(${parts.join(' AND ')})`);
  }
  return { sql: disjuncts.length ? disjuncts.join(' OR ') : '0', params };
}

function tokenValue(kind: ColumnKind, text: string | undefined): SqlValue {
  if (text === undefined || text === '') return null;
  if (kind === 'number' || kind === 'lookupId' || kind === 'boolean') return Number(text);
  return text;
}

function sortValueText(value: unknown): string {
  return value === null || value === undefined ? '' : String(value);
}

export interface ItemsPage {
  rows: ItemRow[];
  /** $skiptoken for the next page, when there is one. */
  nextToken?: string;
  top?: number;
}

function wrapSqlError<T>(run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof SpError) throw error;
    throw invalidQuery(`The query is not valid: ${(error as Error).message}`);
  }
}

/**
 * Runs GET …/items with SharePoint's rules: default $top 100, $top > 5000 rejected, and on a
 * list over 5000 items the leftmost $filter condition must be on an indexed column and match
 * at most 5000 rows, and $orderby must use indexed columns unless such a filter narrows the
 * set to 5000 or fewer. `onlyAuthor` applies ReadSecurity 2, `readerRule` content approval.
 */
export function queryItems(
  ctx: RequestContext, list: ListRecord, fields: FieldRecord[], onlyAuthor?: number, readerRule?: { sql: string; params: SqlValue[] }
): ItemsPage {
  const q = ctx.req.query;
  const topText = q.get('$top');
  const top = topText !== null ? odataOption(() => parseTop(topText)) : DEFAULT_TOP;
  if (top > LIST_VIEW_THRESHOLD) throw listViewThreshold();

  const resolve = (path: string): Column => resolveItemColumn(ctx, fields, path);
  const where: string[] = [];
  const params: SqlValue[] = [];

  const filterText = q.get('$filter');
  const filter = filterText ? odataOption(() => parseFilter(filterText)) : undefined;
  let compiled: { sql: string; params: SqlValue[] } | undefined;
  if (filter) {
    compiled = odataOption(() => compileFilter(filter, resolve));
    where.push(compiled.sql);
    params.push(...compiled.params);
  }

  const orderText = q.get('$orderby');
  const keys: OrderColumn[] = (orderText ? odataOption(() => parseOrderBy(orderText)) : [])
    .map((k) => ({ ...resolve(k.field), field: k.field, descending: k.descending }));
  if (!keys.some((k) => k.sql === 't."Id"')) keys.push({ sql: 't."Id"', kind: 'number', indexed: true, field: 'ID', descending: false });
  else keys.splice(keys.findIndex((k) => k.sql === 't."Id"') + 1); // keys after Id never matter

  if (ctx.store.lists.itemCount(list) > LIST_VIEW_THRESHOLD) {
    let narrowed = false;
    if (filter) {
      const first = filterFields(filter)[0];
      if (!resolve(first).indexed) throw listViewThreshold();
      const leftmost = odataOption(() => compileFilter(leftmostRange(filter), resolve));
      const matches = wrapSqlError(() => ctx.store.items.count(list, [leftmost.sql], leftmost.params, LIST_VIEW_THRESHOLD + 1));
      if (matches > LIST_VIEW_THRESHOLD) throw listViewThreshold();
      narrowed = true;
    }
    if (!narrowed && keys.some((k) => !k.indexed)) throw listViewThreshold();
  }

  if (onlyAuthor !== undefined) {
    where.push('t."Author" = ?');
    params.push(onlyAuthor);
  }
  if (readerRule) {
    where.push(readerRule.sql);
    params.push(...readerRule.params);
  }

  const tokenText = q.get('$skiptoken');
  const token = tokenText ? odataOption(() => parseSkipToken(tokenText)) : undefined;
  const reverse = Boolean(token?.previous);
  if (token?.paged && token.id !== undefined) {
    const hasAll = keys.every((k) => k.sql === 't."Id"' || k.field in token.sortValues);
    const tokenKeys = hasAll ? keys : [{ sql: 't."Id"', kind: 'number' as ColumnKind, indexed: true, field: 'ID', descending: false }];
    const values = tokenKeys.map((k) => (k.sql === 't."Id"' ? token.id! : tokenValue(k.kind, token.sortValues[k.field])));
    // PagedPrev walks backwards: rows before the token, in reverse order, flipped back afterwards.
    const cond = keysetCondition(tokenKeys, values, reverse);
    where.push(cond.sql);
    params.push(...cond.params);
  }

  const rows = wrapSqlError(() => ctx.store.items.query(list, {
    where, params, orderBy: keys.map((k) => orderSql(k, reverse)), limit: top + 1
  }));
  // The sort values of the last row go into the next token; read them with the same SQL.
  const hasMore = rows.length > top;
  const page = rows.slice(0, top);
  if (reverse) page.reverse();
  let nextToken: string | undefined;
  if (hasMore && !reverse && page.length > 0) {
    const last = page[page.length - 1];
    const sortValues: Record<string, string> = {};
    const extra = keys.filter((k) => k.sql !== 't."Id"');
    if (extra.length > 0) {
      const select = extra.map((k, i) => `${k.sql} AS v${i}`).join(', ');
      const row = wrapSqlError(() => ctx.store.db.prepare(`SELECT ${select} FROM ${ident(list.table)} t WHERE t."Id" = ?`).get(last.Id)) as Record<string, unknown>;
      extra.forEach((k, i) => { sortValues[k.field] = sortValueText(row[`v${i}`]); });
    }
    nextToken = formatSkipToken(last.Id, sortValues);
  }
  return { rows: page, nextToken, top: topText !== null ? top : undefined };
}
