/**
 * The exact check behind the small-group rule (docs/participation-privacy.md, "The exact check").
 *
 * A system of published LINES: each says "these parts add up to that total" (the total is an entry
 * or a known constant). Every entry has an interval domain: shown = its own value; "< 5" = 1..4;
 * a protecting hide = 5..∞; withheld = 0..∞. When every entry lies in at most two lines and the
 * lines can be signed so each such entry has opposite signs in them (checked here), the equations
 * are the flow conservation of a directed graph: lines are nodes, entries are arcs (an entry in one
 * line runs to a "ground" node). That matrix is totally unimodular, so the integer values an entry
 * can take form an interval, and any other solution differs from the true one by a sum of simple
 * cycles that each move every entry on them by ±1 within its domain. So: an entry can take a value
 * other than its true one exactly when one of its residual arcs lies on a directed cycle.
 */

export interface Domain {
  lo: number;
  /** Infinity for "5 or more" and "withheld". */
  hi: number;
}

export interface Line {
  /** Entry indices that add up to the total. */
  parts: ReadonlyArray<number>;
  /** Entry index of the total, or null when the total is a known constant. */
  total: number | null;
}

interface Arc {
  from: number;
  to: number;
  entry: number;
}

/** Each entry's lines with its coefficient there: +1 as a part, -1 as the total. */
function memberships(entryCount: number, lines: ReadonlyArray<Line>): Array<Array<[number, number]>> {
  const of: Array<Array<[number, number]>> = Array.from({ length: entryCount }, () => []);
  lines.forEach((line, l) => {
    line.parts.forEach((e) => of[e].push([l, 1]));
    if (line.total !== null) of[line.total].push([l, -1]);
  });
  of.forEach((m, e) => {
    if (m.length > 2) throw new RangeError(`Entry ${e} is in ${m.length} lines; the exact check allows at most 2`);
  });
  return of;
}

/** Signs the lines (+1/-1) so an entry in two lines has opposite signed coefficients; throws if impossible. */
export function signLines(lineCount: number, of: ReadonlyArray<ReadonlyArray<[number, number]>>): number[] {
  const sign = new Array<number>(lineCount).fill(0);
  const neighbours: Array<Array<[number, boolean]>> = Array.from({ length: lineCount }, () => []);
  for (const m of of) {
    if (m.length === 2) {
      const sameColour = m[0][1] !== m[1][1];
      neighbours[m[0][0]].push([m[1][0], sameColour]);
      neighbours[m[1][0]].push([m[0][0], sameColour]);
    }
  }
  for (let start = 0; start < lineCount; start++) {
    if (sign[start] !== 0) continue;
    sign[start] = 1;
    const queue = [start];
    while (queue.length > 0) {
      const l = queue.pop() as number;
      for (const [n, same] of neighbours[l]) {
        const want = same ? sign[l] : -sign[l];
        if (sign[n] === 0) {
          sign[n] = want;
          queue.push(n);
        } else if (sign[n] !== want) {
          throw new RangeError('These lines are not a network (the exact check does not apply)');
        }
      }
    }
  }
  return sign;
}

/** The residual arcs: an entry can go up (tail -> head) below its maximum, down (head -> tail) above its minimum. */
function residualArcs(values: ReadonlyArray<number>, domains: ReadonlyArray<Domain>, lines: ReadonlyArray<Line>): { arcs: Arc[]; ends: Array<[number, number] | null> } {
  const of = memberships(values.length, lines);
  const sign = signLines(lines.length, of);
  const ground = lines.length;
  const arcs: Arc[] = [];
  const ends: Array<[number, number] | null> = values.map((value, e) => {
    const d = domains[e];
    if (d.lo === d.hi) return null;
    const m = of[e];
    let tail = ground;
    let head = ground;
    for (const [l, coefficient] of m) {
      if (sign[l] * coefficient > 0) head = l;
      else tail = l;
    }
    if (value < d.hi) arcs.push({ from: tail, to: head, entry: e });
    if (value > d.lo) arcs.push({ from: head, to: tail, entry: e });
    return [tail, head];
  });
  return { arcs, ends };
}

function reaches(arcs: ReadonlyArray<Arc>, nodeCount: number, from: number, to: number, without: number): boolean {
  const out: number[][] = Array.from({ length: nodeCount }, () => []);
  for (const a of arcs) if (a.entry !== without) out[a.from].push(a.to);
  const seen = new Array<boolean>(nodeCount).fill(false);
  const stack = [from];
  seen[from] = true;
  while (stack.length > 0) {
    const n = stack.pop() as number;
    if (n === to) return true;
    for (const m of out[n]) {
      if (!seen[m]) {
        seen[m] = true;
        stack.push(m);
      }
    }
  }
  return false;
}

/**
 * For every entry: can it take a value other than its true one, given all lines and domains?
 * values must satisfy every line (the true figures); shown entries have lo = hi = value.
 */
export function canVary(values: ReadonlyArray<number>, domains: ReadonlyArray<Domain>, lines: ReadonlyArray<Line>): boolean[] {
  const { arcs, ends } = residualArcs(values, domains, lines);
  const nodeCount = lines.length + 1;
  return values.map((value, e) => {
    const end = ends[e];
    if (end === null) return false;
    const [tail, head] = end;
    if (tail === head) return true; // in no line: free within its domain
    const d = domains[e];
    return (value < d.hi && reaches(arcs, nodeCount, head, tail, e)) || (value > d.lo && reaches(arcs, nodeCount, tail, head, e));
  });
}
