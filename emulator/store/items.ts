// Rows of a list's item table. Values arrive already converted to their SQL form
// (see routes/item-values.ts); this module only reads and writes rows.
import { randomUUID } from 'node:crypto';
import { Db, ident, Row, SqlValue, transaction } from './database';
import { ListRecord, VERSION_COLUMN } from './lists';

export interface ItemRow extends Row {
  Id: number;
  GUID: string;
  Created: string;
  Modified: string;
  Author: number | null;
  Editor: number | null;
  version: number;
}

export interface ItemQuery {
  where: string[];
  params: SqlValue[];
  orderBy: string[];
  limit?: number;
}

/** A stored row as an item: numeric Id, the ETag counter as `version`. */
export function toItem(row: Row): ItemRow {
  const item = { ...row } as ItemRow;
  item.Id = Number(row.Id);
  item.version = Number(row[VERSION_COLUMN]);
  delete item[VERSION_COLUMN];
  return item;
}

export class Items {
  constructor(private readonly db: Db) {}

  get(list: ListRecord, id: number): ItemRow | undefined {
    const row = this.db.prepare(`SELECT * FROM ${ident(list.table)} WHERE "Id" = ?`).get(id);
    return row ? toItem(row) : undefined;
  }

  /** Inserts one item; Id comes from AUTOINCREMENT so a deleted item's id is never reused (unverified). */
  insert(list: ListRecord, values: Record<string, SqlValue>, meta: { now: string; userId: number; created?: string; authorId?: number }): number {
    const columns: Record<string, SqlValue> = {
      GUID: randomUUID(),
      Created: meta.created ?? meta.now,
      Modified: meta.now,
      Author: meta.authorId ?? meta.userId,
      Editor: meta.userId,
      ...values
    };
    const names = Object.keys(columns);
    const sql = `INSERT INTO ${ident(list.table)} (${names.map(ident).join(', ')}) VALUES (${names.map(() => '?').join(', ')})`;
    const result = this.db.prepare(sql).run(...names.map((n) => columns[n]));
    return Number(result.lastInsertRowid);
  }

  /** Many items in one transaction (seeding and tests); returns the new ids. */
  insertMany(list: ListRecord, rows: Record<string, SqlValue>[], meta: { now: string; userId: number }): number[] {
    return transaction(this.db, () => rows.map((values) => this.insert(list, values, meta)));
  }

  /** Applies `values`, stamps Modified/Editor and bumps the version (the ETag; facts file, corrections). */
  update(list: ListRecord, id: number, values: Record<string, SqlValue>, meta: { now: string; userId: number }): void {
    const columns: Record<string, SqlValue> = { ...values, Modified: meta.now, Editor: meta.userId };
    const names = Object.keys(columns);
    const sets = [...names.map((n) => `${ident(n)} = ?`), `${ident(VERSION_COLUMN)} = ${ident(VERSION_COLUMN)} + 1`];
    this.db.prepare(`UPDATE ${ident(list.table)} SET ${sets.join(', ')} WHERE "Id" = ?`).run(...names.map((n) => columns[n]), id);
  }

  delete(list: ListRecord, id: number): void {
    this.db.prepare(`DELETE FROM ${ident(list.table)} WHERE "Id" = ?`).run(id);
  }

  /** Rows of the list table aliased `t`, filtered and ordered by SQL fragments built by the caller. */
  query(list: ListRecord, q: ItemQuery): ItemRow[] {
    const where = q.where.length ? `WHERE ${q.where.map((w) => `(${w})`).join(' AND ')}` : '';
    const order = q.orderBy.length ? `ORDER BY ${q.orderBy.join(', ')}` : '';
    const limit = q.limit !== undefined ? `LIMIT ${Math.max(0, Math.floor(q.limit))}` : '';
    return this.db.prepare(`SELECT t.* FROM ${ident(list.table)} t ${where} ${order} ${limit}`).all(...q.params).map(toItem);
  }

  /** Counts matching rows, stopping at `cap` so a threshold check stays cheap on big lists. */
  count(list: ListRecord, where: string[] = [], params: SqlValue[] = [], cap?: number): number {
    const clause = where.length ? `WHERE ${where.map((w) => `(${w})`).join(' AND ')}` : '';
    const inner = `SELECT 1 FROM ${ident(list.table)} t ${clause}${cap !== undefined ? ` LIMIT ${cap}` : ''}`;
    const row = this.db.prepare(`SELECT COUNT(*) AS n FROM (${inner})`).get(...params) as { n: number };
    return Number(row.n);
  }
}
