/**
 * Publishing in stages (docs/participation-privacy.md, "Views over time"): a month is published
 * when it is over, a quarter when its three months are, the year when its quarters are. Each
 * stage may only ADD hides to entries that are new in it; what an earlier stage published is
 * frozen. So every published entry has one form for ever — two views of the same year at
 * different times show the same thing wherever both show something, and cannot be combined into
 * more than the later one says. Each stage is a function of its own periods' stored figures and
 * the earlier stages only, so recomputing a view later gives exactly what was shown before.
 */
import { Line } from './feasibility';
import { Hidden, isSmall, Published, RuleEntry, suppress } from './smallGroups';

/** How an entry was published: shown, or which hidden kind; undefined = not published (yet). */
export type Kind = Hidden | 'shown';

/** A set of figures linked by lines, published stage by stage. */
export class StagedSystem {
  private readonly entries: RuleEntry[] = [];
  private readonly kinds: Array<Kind | undefined> = [];

  /** A new entry; its index is what lines and stages refer to. */
  public add(entry: RuleEntry): number {
    this.kinds.push(undefined);
    return this.entries.push(entry) - 1;
  }

  public kindOf(entry: number): Kind | undefined {
    return this.kinds[entry];
  }

  /** Marks entries as not published at all, whatever their value (their period's view is withheld). */
  public withhold(members: ReadonlyArray<number>): void {
    for (const e of members) if (this.kinds[e] === undefined) this.kinds[e] = 'withheld';
  }

  /**
   * One stage: the rule over `members` (earlier-published ones frozen as they were) and `lines`
   * (over entry indices; every entry of a line must be a member). New members get their kind.
   */
  public stage(members: ReadonlyArray<number>, lines: ReadonlyArray<Line>): void {
    const local = new Map<number, number>();
    members.forEach((e, i) => local.set(e, i));
    const at = (e: number): number => {
      const i = local.get(e);
      if (i === undefined) throw new RangeError(`Entry ${e} is in a line but not in the stage`);
      return i;
    };
    const entries: RuleEntry[] = members.map((e) => ({ ...this.entries[e], frozen: this.kinds[e] }));
    const localLines: Line[] = lines.map((l) => ({ parts: l.parts.map(at), total: l.total === null ? null : at(l.total) }));
    const hidden = suppress(entries, localLines);
    members.forEach((e, i) => {
      if (this.kinds[e] === undefined) this.kinds[e] = hidden[i] ?? 'shown';
    });
  }

  /** What the dashboard shows of an entry: its value when shown; 'withheld' when not published. */
  public published(entry: number): Published {
    const kind = this.kinds[entry];
    if (kind === undefined) return 'withheld';
    return kind === 'shown' ? this.entries[entry].value : kind;
  }
}

/** Each figure alone: 1–4 hidden, nothing linked (figures that are not additive, like unique participants). */
export function publishAlone(values: ReadonlyArray<number | null>): Published[] {
  return values.map((v) => (v === null ? 'withheld' : isSmall(v) ? 'small' : v));
}

/**
 * An additive figure per quarter and the year (attendance): each quarter alone when it is ready,
 * then the year with "the quarters add up to the year". values: 4 quarters then the year, null = not ready.
 */
export function publishQuartersAndYear(values: ReadonlyArray<number | null>): Published[] {
  const system = new StagedSystem();
  const ids = values.map((v) => system.add({ value: v ?? 0 }));
  for (let q = 0; q < 4; q++) if (values[q] !== null) system.stage([ids[q]], []);
  if (values[4] !== null) system.stage(ids, [{ parts: ids.slice(0, 4), total: ids[4] }]);
  return ids.map((e, i) => (values[i] === null ? 'withheld' : system.published(e)));
}
