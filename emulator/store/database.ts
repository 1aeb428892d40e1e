// Opens the SQLite file and creates the site schema. node:sqlite is synchronous: every
// request's reads and writes run to completion inside one JavaScript turn, so requests are
// serialised and a single request's write is atomic without any locking of our own.
// Multi-statement writes still run in a transaction so a failure half-way leaves no trace.
import { DatabaseSync, type SQLInputValue } from 'node:sqlite';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

export type Db = DatabaseSync;
export type SqlValue = SQLInputValue;
export type Row = Record<string, unknown>;

const SCHEMA = `
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);

-- The tenant's people (Entra ID as far as the emulator is concerned).
CREATE TABLE IF NOT EXISTS directory (
  email TEXT PRIMARY KEY COLLATE NOCASE,
  display_name TEXT NOT NULL,
  department TEXT, office TEXT, job_title TEXT
);

-- SharePoint principals share one id space: site users (1), security groups / claims (4),
-- SharePoint groups (8). AUTOINCREMENT so an id is never handed out twice.
CREATE TABLE IF NOT EXISTS principals (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  principal_type INTEGER NOT NULL,
  title TEXT NOT NULL,
  login_name TEXT NOT NULL UNIQUE COLLATE NOCASE,
  email TEXT COLLATE NOCASE,
  is_site_admin INTEGER NOT NULL DEFAULT 0,
  is_hidden INTEGER NOT NULL DEFAULT 0,
  description TEXT,
  owner_id INTEGER,
  allow_members_edit_membership INTEGER NOT NULL DEFAULT 0,
  only_allow_members_view_membership INTEGER NOT NULL DEFAULT 1,
  department TEXT, job_title TEXT, office TEXT
);
CREATE UNIQUE INDEX IF NOT EXISTS principals_group_title ON principals (title COLLATE NOCASE) WHERE principal_type = 8;

-- Entra ID security groups and Microsoft 365 groups (members, or owners with the _o claim):
-- the tenant's groups, which a SharePoint group or a role assignment can hold as one principal.
CREATE TABLE IF NOT EXISTS directory_groups (login TEXT PRIMARY KEY COLLATE NOCASE, display_name TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS directory_group_members (
  group_login TEXT NOT NULL COLLATE NOCASE, email TEXT NOT NULL COLLATE NOCASE,
  PRIMARY KEY (group_login, email)
);

CREATE TABLE IF NOT EXISTS group_members (
  group_id INTEGER NOT NULL, user_id INTEGER NOT NULL,
  PRIMARY KEY (group_id, user_id)
);

CREATE TABLE IF NOT EXISTS role_definitions (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE COLLATE NOCASE,
  description TEXT NOT NULL,
  role_type_kind INTEGER NOT NULL,
  sort_order INTEGER NOT NULL,
  low TEXT NOT NULL, high TEXT NOT NULL,
  hidden INTEGER NOT NULL DEFAULT 0
);

-- scope is 'web' or a list id (guid).
CREATE TABLE IF NOT EXISTS role_assignments (
  scope TEXT NOT NULL, principal_id INTEGER NOT NULL, role_def_id INTEGER NOT NULL,
  PRIMARY KEY (scope, principal_id, role_def_id)
);

CREATE TABLE IF NOT EXISTS lists (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL UNIQUE,
  title TEXT NOT NULL UNIQUE COLLATE NOCASE,
  entity_type_name TEXT NOT NULL UNIQUE COLLATE NOCASE,
  description TEXT NOT NULL DEFAULT '',
  base_template INTEGER NOT NULL,
  read_security INTEGER NOT NULL DEFAULT 1,
  write_security INTEGER NOT NULL DEFAULT 1,
  has_unique_roles INTEGER NOT NULL DEFAULT 0,
  hidden INTEGER NOT NULL DEFAULT 0,
  created TEXT NOT NULL,
  last_item_modified TEXT NOT NULL,
  last_item_deleted TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 1,
  settings TEXT NOT NULL DEFAULT '{}'
);

CREATE TABLE IF NOT EXISTS fields (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  list_seq INTEGER NOT NULL,
  id TEXT NOT NULL,
  internal_name TEXT NOT NULL,
  title TEXT NOT NULL,
  type_kind INTEGER NOT NULL,
  required INTEGER NOT NULL DEFAULT 0,
  indexed INTEGER NOT NULL DEFAULT 0,
  hidden INTEGER NOT NULL DEFAULT 0,
  read_only INTEGER NOT NULL DEFAULT 0,
  builtin INTEGER NOT NULL DEFAULT 0,
  description TEXT NOT NULL DEFAULT '',
  props TEXT NOT NULL DEFAULT '{}'
);
CREATE UNIQUE INDEX IF NOT EXISTS fields_name ON fields (list_seq, internal_name COLLATE NOCASE);
`;

export function openDatabase(file: string): Db {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new DatabaseSync(file);
  db.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = OFF;');
  db.exec(SCHEMA);
  return db;
}

/** Runs `work` in one transaction (nested calls join the outer one). */
export function transaction<T>(db: Db, work: () => T): T {
  if (db.isTransaction) return work();
  db.exec('BEGIN IMMEDIATE');
  try {
    const result = work();
    db.exec('COMMIT');
    return result;
  } catch (error) {
    db.exec('ROLLBACK');
    throw error;
  }
}

export function getMeta(db: Db, key: string): string | undefined {
  const row = db.prepare('SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined;
  return row?.value;
}

export function setMeta(db: Db, key: string, value: string): void {
  db.prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(key, value);
}

/** Quotes an SQL identifier (field internal names become column names). */
export function ident(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
