// SQLite tables of the Graph subset, in the emulator's own database file:
// - graph_users: a stable Entra object id per directory person. The id is DERIVED (a name-based
//   UUID, SHA-1, over the site's tenant id and the lower-cased e-mail) and STORED on first sight,
//   so it survives restarts, and a lookup by id is one query.
// - graph_events: each person's calendar events (one mailbox per person).
// - graph_event_transactions: transactionId values used per mailbox (kept after a delete).
// - graph_activity: Teams activity feed notifications per recipient.
import { createHash, randomBytes } from 'node:crypto';
import { transaction, type Db } from '../store/database';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS graph_users (
  email TEXT PRIMARY KEY COLLATE NOCASE,
  object_id TEXT NOT NULL UNIQUE COLLATE NOCASE
);
CREATE TABLE IF NOT EXISTS graph_events (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL UNIQUE,
  owner TEXT NOT NULL COLLATE NOCASE,
  start_utc INTEGER NOT NULL,
  end_utc INTEGER NOT NULL,
  subject TEXT NOT NULL DEFAULT '',
  data TEXT NOT NULL,
  created TEXT NOT NULL,
  modified TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 1,
  transaction_id TEXT
);
CREATE INDEX IF NOT EXISTS graph_events_owner ON graph_events (owner, start_utc);
CREATE TABLE IF NOT EXISTS graph_event_transactions (
  owner TEXT NOT NULL COLLATE NOCASE,
  transaction_id TEXT NOT NULL,
  event_id TEXT NOT NULL,
  PRIMARY KEY (owner, transaction_id)
);
CREATE TABLE IF NOT EXISTS graph_activity (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  recipient TEXT NOT NULL COLLATE NOCASE,
  sender TEXT NOT NULL COLLATE NOCASE,
  topic TEXT NOT NULL,
  activity_type TEXT NOT NULL,
  preview_text TEXT,
  template_parameters TEXT NOT NULL,
  chain_id INTEGER,
  teams_app_id TEXT,
  sent TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS graph_activity_recipient ON graph_activity (recipient, seq);
`;

/** Name-based UUID (RFC 4122 version 5) of `name` in the namespace `namespace` (a UUID). */
export function uuidV5(namespace: string, name: string): string {
  const ns = Buffer.from(namespace.replace(/-/g, ''), 'hex');
  const hash = createHash('sha1').update(Buffer.concat([ns, Buffer.from(name, 'utf8')])).digest();
  hash[6] = (hash[6] & 0x0f) | 0x50;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

export interface EventRow {
  id: string;
  owner: string;
  startUtc: number;
  endUtc: number;
  data: Record<string, unknown>;
  created: string;
  modified: string;
  version: number;
  transactionId: string | null;
}

function toEvent(row: Record<string, unknown>): EventRow {
  return {
    id: String(row.id), owner: String(row.owner), startUtc: Number(row.start_utc), endUtc: Number(row.end_utc),
    data: JSON.parse(String(row.data)) as Record<string, unknown>, created: String(row.created), modified: String(row.modified),
    version: Number(row.version), transactionId: (row.transaction_id as string | null) ?? null
  };
}

export interface ActivityRecord {
  id: number;
  recipient: string;
  sender: string;
  topic: Record<string, unknown>;
  activityType: string;
  previewText: string | null;
  templateParameters: { name: string; value: string }[];
  chainId: number | null;
  teamsAppId: string | null;
  sent: string;
}

export class GraphStore {
  constructor(private readonly db: Db, private readonly tenantId: string) {
    db.exec(SCHEMA);
  }

  // --- directory ids ---
  objectIdOf(email: string): string {
    const key = email.trim().toLowerCase();
    const row = this.db.prepare('SELECT object_id FROM graph_users WHERE email = ?').get(key) as { object_id: string } | undefined;
    if (row) return row.object_id;
    const id = uuidV5(this.tenantId, key);
    this.db.prepare('INSERT OR IGNORE INTO graph_users (email, object_id) VALUES (?, ?)').run(key, id);
    return id;
  }

  emailOfObjectId(id: string): string | undefined {
    const row = this.db.prepare('SELECT email FROM graph_users WHERE object_id = ?').get(id.trim()) as { email: string } | undefined;
    return row?.email;
  }

  /** Gives every directory person an id now (so /users/{id} finds people who never signed in). */
  ensureIds(): void {
    const people = this.db.prepare('SELECT email FROM directory').all() as { email: string }[];
    transaction(this.db, () => {
      for (const p of people) this.objectIdOf(p.email);
    });
  }

  // --- events ---
  /** An Exchange-like opaque id ("AAMkA…", base64url). Format: unverified beyond its look in the docs. */
  newEventId(): string {
    return `AAMkA${randomBytes(33).toString('base64url')}`;
  }

  insertEvent(e: Omit<EventRow, 'version'>): void {
    transaction(this.db, () => {
      this.db.prepare(`INSERT INTO graph_events (id, owner, start_utc, end_utc, subject, data, created, modified, transaction_id)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`)
        .run(e.id, e.owner.toLowerCase(), e.startUtc, e.endUtc, String(e.data.subject ?? ''), JSON.stringify(e.data), e.created, e.modified, e.transactionId);
      if (e.transactionId !== null) {
        this.db.prepare('INSERT INTO graph_event_transactions (owner, transaction_id, event_id) VALUES (?, ?, ?)').run(e.owner.toLowerCase(), e.transactionId, e.id);
      }
    });
  }

  updateEvent(e: EventRow): void {
    this.db.prepare(`UPDATE graph_events SET start_utc = ?, end_utc = ?, subject = ?, data = ?, modified = ?, version = version + 1 WHERE id = ?`)
      .run(e.startUtc, e.endUtc, String(e.data.subject ?? ''), JSON.stringify(e.data), e.modified, e.id);
  }

  deleteEvent(id: string): void {
    this.db.prepare('DELETE FROM graph_events WHERE id = ?').run(id);
  }

  eventById(id: string): EventRow | undefined {
    const row = this.db.prepare('SELECT * FROM graph_events WHERE id = ?').get(id);
    return row ? toEvent(row) : undefined;
  }

  transactionUsed(owner: string, transactionId: string): string | undefined {
    const row = this.db.prepare('SELECT event_id FROM graph_event_transactions WHERE owner = ? AND transaction_id = ?')
      .get(owner.toLowerCase(), transactionId) as { event_id: string } | undefined;
    return row?.event_id;
  }

  /** Events of `owner`, by a WHERE fragment over start_utc / end_utc / subject (built by events.ts). */
  events(owner: string, where: string, params: (string | number)[], orderBy: string, limit: number, offset: number): EventRow[] {
    return this.db.prepare(`SELECT * FROM graph_events WHERE owner = ?${where ? ` AND (${where})` : ''} ORDER BY ${orderBy} LIMIT ? OFFSET ?`)
      .all(owner.toLowerCase(), ...params, limit, offset).map(toEvent);
  }

  // --- activity feed ---
  addActivity(a: Omit<ActivityRecord, 'id'>): void {
    this.db.prepare(`INSERT INTO graph_activity (recipient, sender, topic, activity_type, preview_text, template_parameters, chain_id, teams_app_id, sent)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`)
      .run(a.recipient.toLowerCase(), a.sender.toLowerCase(), JSON.stringify(a.topic), a.activityType, a.previewText,
        JSON.stringify(a.templateParameters), a.chainId, a.teamsAppId, a.sent);
  }

  activityFor(recipient: string | undefined): ActivityRecord[] {
    const rows = recipient
      ? this.db.prepare('SELECT * FROM graph_activity WHERE recipient = ? ORDER BY seq').all(recipient.toLowerCase())
      : this.db.prepare('SELECT * FROM graph_activity ORDER BY seq').all();
    return rows.map((r) => ({
      id: Number(r.seq), recipient: String(r.recipient), sender: String(r.sender),
      topic: JSON.parse(String(r.topic)) as Record<string, unknown>, activityType: String(r.activity_type),
      previewText: (r.preview_text as string | null) ?? null,
      templateParameters: JSON.parse(String(r.template_parameters)) as { name: string; value: string }[],
      chainId: r.chain_id == null ? null : Number(r.chain_id), teamsAppId: (r.teams_app_id as string | null) ?? null, sent: String(r.sent)
    }));
  }

  /** The directory's display name of `email` (the admin listings name the sender, as Teams shows the actor). */
  displayNameOf(email: string): string | undefined {
    const row = this.db.prepare('SELECT display_name FROM directory WHERE email = ?').get(email.trim().toLowerCase()) as { display_name: string | null } | undefined;
    return row?.display_name ?? undefined;
  }

  clearActivity(): void {
    this.db.prepare('DELETE FROM graph_activity').run();
  }
}
