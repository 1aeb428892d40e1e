// $filter / $orderby / $top / $select over small in-memory collections (lists, fields, users,
// groups). SQLite evaluates the filter over a JSON array so the same $filter compiler serves
// both these and the item tables.
import { invalidQuery, unknownBodyProperty, SpError } from '../http/errors';
import { compileFilter, ODataSyntaxError, parseFilter, type ColumnKind } from '../odata/filter';
import { parseOrderBy, parseSelect, parseTop } from '../odata/options';
import type { Db } from '../store/database';
import { projectEntity, type Json } from './respond';

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;

function kindOf(value: unknown): ColumnKind {
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'number') return 'number';
  if (typeof value === 'string' && ISO.test(value)) return 'datetime';
  if (Array.isArray(value)) return 'json';
  return 'text';
}

/** Converts option-parser syntax errors into SharePoint's 400. */
export function odataOption<T>(parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    if (error instanceof ODataSyntaxError) throw invalidQuery(error.message);
    throw error;
  }
}

// Unverified: which options SharePoint honours on these collections, and that an unknown property is
// refused with the unknown-body-property error.
export function queryEntities(db: Db, entities: Json[], query: URLSearchParams, typeName: string): Json[] {
  const filterText = query.get('$filter');
  const orderText = query.get('$orderby');
  const topText = query.get('$top');
  const selectText = query.get('$select');
  let result = entities;

  if (filterText || orderText) {
    const sample = entities[0] ?? {};
    const resolve = (path: string): { sql: string; kind: ColumnKind } => {
      if (entities.length > 0 && !(path in sample)) throw unknownBodyProperty(path, typeName);
      const jsonPath = `'$."${path.replace(/"/g, '')}"'`;
      const typed = entities.find((e) => e[path] !== null && e[path] !== undefined);
      return { sql: `json_extract(value, ${jsonPath})`, kind: kindOf(typed?.[path]) };
    };
    const where = filterText ? odataOption(() => compileFilter(parseFilter(filterText), resolve)) : { sql: '1', params: [] };
    const order = orderText
      ? odataOption(() => parseOrderBy(orderText)).map((k) => {
        const col = resolve(k.field);
        return `${col.sql}${col.kind === 'text' ? ' COLLATE NOCASE' : ''} ${k.descending ? 'DESC' : 'ASC'}`;
      })
      : [];
    order.push('CAST(key AS INTEGER) ASC');
    let rows: { key: number }[];
    try {
      rows = db.prepare(`SELECT key FROM json_each(?) WHERE ${where.sql} ORDER BY ${order.join(', ')}`)
        .all(JSON.stringify(entities), ...where.params) as { key: number }[];
    } catch (error) {
      if (error instanceof SpError) throw error;
      throw invalidQuery(`The query is not valid: ${(error as Error).message}`);
    }
    result = rows.map((r) => entities[Number(r.key)]);
  }
  if (topText) result = result.slice(0, odataOption(() => parseTop(topText)));
  if (selectText) {
    const select = odataOption(() => parseSelect(selectText));
    result = result.map((e) => projectEntity(e, select, typeName, unknownBodyProperty));
  }
  return result;
}

/** $select on a single entity. */
export function selectEntity(entity: Json, query: URLSearchParams, typeName: string): Json {
  const selectText = query.get('$select');
  if (!selectText) return entity;
  return projectEntity(entity, odataOption(() => parseSelect(selectText)), typeName, unknownBodyProperty);
}
