// Major and minor versions, check-out and draft item security of a versioned library, kept
// as three tables of the same shape:
//   <table>        the last checked-in version of each item (what people with draft rights see);
//                  `_UIVersion` 0 = never checked in (only the person who has it checked out
//                  sees it, through the page API);
//   <table>_co     the working copy of an item that is checked out (its checker only);
//   <table>_major  the last major ("published") version (what readers without draft rights see).
// `_UIVersion` is SharePoint's internal number: major * 512 + minor, so 1.0 = 512, 0.1 = 1
// ([MS-WSSFO3] UIVersion; SPListItemVersion.VersionLabel).
// Sources for the rules: "Specify who can view drafts" (Microsoft help, WSS-era text; readers
// without draft rights "cannot see the minor version", and a file never published as a major
// version "is not visible" to them), DraftVisibilityType (learn.microsoft.com ee541219), SP.File
// CheckIn with CheckinType Minor 0 / Major 1 (learn.microsoft.com, SP.File.checkIn).
// Unverified and chosen strictly: list-item reads show the last checked-in version to everyone,
// the checker included; an edit through the list item API of a page that is not checked out
// is a new minor version.
import { itemMissing, SpError } from '../http/errors';
import { hasPerm, Perm } from '../security/permissions';
import type { Store } from '../store';
import { ident, transaction, type Row, type SqlValue } from '../store/database';
import type { ListRecord } from '../store/lists';
import { CHECKOUT_USER, PUBLISH_START, UI_VERSION } from './library';

const MINOR_LIMIT = 512;

export function versionLabel(uiVersion: number): string {
  return `${Math.floor(uiVersion / MINOR_LIMIT)}.${uiVersion % MINOR_LIMIT}`;
}

const nextMinor = (v: number): number => v + 1;
const nextMajor = (v: number): number => (Math.floor(v / MINOR_LIMIT) + 1) * MINOR_LIMIT;

/** SharePoint's SPFileCheckOutException (unverified status; the message is SharePoint's wording). */
export const checkedOutByOther = (name: string, user: string): SpError =>
  new SpError(423, '-2147018887, Microsoft.SharePoint.SPFileLockException', `The file "${name}" is checked out for editing by ${user}.`);

export const notCheckedOut = (name: string): SpError =>
  new SpError(400, '-2147018894, Microsoft.SharePoint.SPFileCheckOutException', `The file "${name}" is not checked out.`);

/** Whether the holder of `mask` sees minor versions (draft item security). */
export function seesDrafts(list: ListRecord, mask: bigint): boolean {
  if (list.settings.EnableMinorVersions !== true) return true;
  const visibility = Number(list.settings.DraftVersionVisibility ?? 0);
  if (visibility === 0) return true;
  // 2 also lets the item's author see it; not emulated (the product sets 1).
  return hasPerm(mask, visibility === 1 ? Perm.EditListItems : Perm.ApproveItems);
}

export class Versions {
  constructor(private readonly store: Store, private readonly list: ListRecord) {}

  private get main(): string { return this.list.table; }
  private get co(): string { return `${this.list.table}_co`; }
  private get major(): string { return `${this.list.table}_major`; }

  private row(table: string, id: number): Row | undefined {
    return this.store.db.prepare(`SELECT * FROM ${ident(table)} WHERE "Id" = ?`).get(id) as Row | undefined;
  }

  /** Copies a row over (insert or replace) from one version table to another. */
  private copy(from: string, to: string, id: number, set: Record<string, SqlValue> = {}): void {
    const row = this.row(from, id);
    if (!row) throw itemMissing();
    const values = { ...row, ...set };
    const names = Object.keys(values);
    this.store.db.prepare(`INSERT OR REPLACE INTO ${ident(to)} (${names.map(ident).join(', ')}) VALUES (${names.map(() => '?').join(', ')})`)
      .run(...names.map((n) => values[n] as SqlValue));
  }

  private setMain(id: number, set: Record<string, SqlValue>): void {
    const names = Object.keys(set);
    this.store.db.prepare(`UPDATE ${ident(this.main)} SET ${names.map((n) => `${ident(n)} = ?`).join(', ')} WHERE "Id" = ?`)
      .run(...names.map((n) => set[n]), id);
  }

  checkedOutTo(id: number): number | null {
    const value = this.row(this.main, id)?.[CHECKOUT_USER];
    return value === null || value === undefined ? null : Number(value);
  }

  uiVersion(id: number): number {
    return Number(this.row(this.main, id)?.[UI_VERSION] ?? 0);
  }

  workingCopy(id: number): Row | undefined {
    return this.row(this.co, id);
  }

  majorVersion(id: number): Row | undefined {
    return this.row(this.major, id);
  }

  /** A new item that exists only as its creator's checked-out 0.1 (the page API's "create"). */
  startCheckedOut(id: number, userId: number): void {
    transaction(this.store.db, () => {
      this.setMain(id, { [UI_VERSION]: 0, [CHECKOUT_USER]: userId });
      this.copy(this.main, this.co, id, { [UI_VERSION]: 1 });
    });
  }

  /** Checks the item out to `userId` (no-op when it already is theirs). */
  checkOut(id: number, userId: number, name: string, userTitle: (id: number) => string): void {
    const holder = this.checkedOutTo(id);
    if (holder === userId) return;
    if (holder !== null) throw checkedOutByOther(name, userTitle(holder));
    transaction(this.store.db, () => {
      this.setMain(id, { [CHECKOUT_USER]: userId });
      this.copy(this.main, this.co, id, { [UI_VERSION]: nextMinor(this.uiVersion(id)), [CHECKOUT_USER]: userId });
    });
  }

  /** Writes field values into the checker's working copy. */
  saveWorkingCopy(id: number, values: Record<string, SqlValue>, meta: { now: string; userId: number }): void {
    const set: Record<string, SqlValue> = { ...values, Modified: meta.now, Editor: meta.userId };
    const names = Object.keys(set);
    this.store.db.prepare(`UPDATE ${ident(this.co)} SET ${names.map((n) => `${ident(n)} = ?`).join(', ')} WHERE "Id" = ?`)
      .run(...names.map((n) => set[n]), id);
  }

  /**
   * Checks the working copy in as the next minor (a draft) or the next major version
   * (published); a major version is what readers see from then on. Publishing an item that is
   * not checked out makes its last checked-in version the next major.
   */
  checkIn(id: number, kind: 'minor' | 'major', name: string): string {
    return transaction(this.store.db, () => {
      const checkedOut = this.checkedOutTo(id) !== null;
      if (!checkedOut && kind === 'minor') throw notCheckedOut(name);
      if (checkedOut) {
        const working = Number(this.row(this.co, id)?.[UI_VERSION] ?? 1);
        const version = kind === 'major' ? nextMajor(working - 1) : working;
        this.copy(this.co, this.main, id, { [UI_VERSION]: version, [CHECKOUT_USER]: null });
        this.store.db.prepare(`DELETE FROM ${ident(this.co)} WHERE "Id" = ?`).run(id);
      } else {
        this.setMain(id, { [UI_VERSION]: nextMajor(this.uiVersion(id)) });
      }
      if (kind === 'major') this.copy(this.main, this.major, id);
      return versionLabel(this.uiVersion(id));
    });
  }

  /** Drops the working copy; the last checked-in version stays. */
  undoCheckOut(id: number): void {
    transaction(this.store.db, () => {
      this.store.db.prepare(`DELETE FROM ${ident(this.co)} WHERE "Id" = ?`).run(id);
      this.setMain(id, { [CHECKOUT_USER]: null });
    });
  }

  /** An edit through the list item API of an item nobody has checked out: the next minor version. */
  bumpMinor(id: number): void {
    this.setMain(id, { [UI_VERSION]: nextMinor(this.uiVersion(id)) });
  }

  /** Applies a metadata change to every stored version (promoting a page to news). */
  setEverywhere(id: number, set: Record<string, SqlValue>): void {
    const names = Object.keys(set);
    for (const table of [this.main, this.co, this.major]) {
      this.store.db.prepare(`UPDATE ${ident(table)} SET ${names.map((n) => `${ident(n)} = ?`).join(', ')} WHERE "Id" = ?`)
        .run(...names.map((n) => set[n]), id);
    }
  }

  delete(id: number): void {
    for (const table of [this.co, this.major]) this.store.db.prepare(`DELETE FROM ${ident(table)} WHERE "Id" = ?`).run(id);
  }

  /**
   * Scheduled pages whose time has come become the published major version. SharePoint does
   * this in a timer job; the emulator applies the same rule before each request against its
   * clock, which is what the job converges to. A page still checked out at its time waits
   * (unverified; the stricter choice).
   */
  publishDue(nowIso: string, onPublish: (id: number, startIso: string) => void): void {
    // Nothing can be due where scheduling was never switched on (no _PublishStartDate column).
    if (this.list.settings.PageSchedulingEnabled !== true) return;
    const hasColumn = this.store.lists.fields(this.list).some((f) => f.internalName === PUBLISH_START);
    if (!hasColumn) return;
    const due = this.store.db.prepare(`SELECT "Id", ${ident(PUBLISH_START)} AS s FROM ${ident(this.main)} WHERE ${ident(PUBLISH_START)} <= ? AND ${ident(CHECKOUT_USER)} IS NULL
      AND ${ident(UI_VERSION)} > 0 AND (${ident(UI_VERSION)} % ${MINOR_LIMIT}) <> 0`).all(nowIso) as { Id: number; s: string }[];
    for (const { Id, s } of due) {
      transaction(this.store.db, () => {
        this.checkIn(Number(Id), 'major', String(Id));
        onPublish(Number(Id), String(s));
      });
    }
  }
}
