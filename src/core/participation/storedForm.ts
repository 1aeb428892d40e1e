/**
 * How computed figures are kept in "SamenBeter Deelnamecijfers" (one row per period, JSON in a
 * multiple-lines-of-text column). That column holds up to 63,999 characters (the limit quoted for
 * SharePoint Online plain text; Microsoft's own pages do not state it: unverified, so we stay under
 * it and say so instead of failing silently):
 * - figures that are 0 are left out (most cells of a month are 0 for most fields);
 * - a quarter or a year keeps only its totals: the dashboard takes everything that adds up from the
 *   months and only unique and repeat participants from quarters and years (publication.ts);
 * - per activity only the sign-ups (all the dashboard publishes per activity).
 * A month with 150 public activities stays well under the limit; one that would not fit is refused
 * in words (test/unit/core/participation/storedForm.test.ts).
 */
import { emptyFigures, emptyPeopleFigures, Figures, ParticipationFigures } from './figureTypes';
import { parsePeriod } from './periods';

export const STORED_FIGURES_MAX_CHARS = 63000;

type FiguresMap = { [key: string]: Figures };
const MAPS: ReadonlyArray<'byPillar' | 'byActivity' | 'byShape' | 'byLocation' | 'byDepartment' | 'byOffice'> = [
  'byPillar',
  'byActivity',
  'byShape',
  'byLocation',
  'byDepartment',
  'byOffice'
];

function sparse(f: Partial<Figures>): Partial<Figures> {
  const out: { [field: string]: number } = {};
  for (const key of Object.keys(f)) {
    const value = (f as { [field: string]: number })[key];
    if (value !== 0) out[key] = value;
  }
  return out as Partial<Figures>;
}

function full(f: Partial<Figures> | undefined): Figures {
  return { ...emptyFigures(), ...(f || {}) };
}

/** Department and office cells hold people figures only. */
function fullPeople(f: Partial<Figures> | undefined): Figures {
  return { ...emptyPeopleFigures(), ...(f || {}) } as Figures;
}

function mapWith(map: { [key: string]: Partial<Figures> } | undefined, each: (f: Partial<Figures>) => Partial<Figures>): FiguresMap {
  const out: { [key: string]: Partial<Figures> } = {};
  for (const key of Object.keys(map || {})) out[key] = each((map as FiguresMap)[key]);
  return out as FiguresMap;
}

/** What is kept for a period (stringified by the repository); a RangeError when it would not fit the column. */
export function storedForm(period: string, f: ParticipationFigures): ParticipationFigures {
  const isMonth = parsePeriod(period)?.kind === 'month';
  const kept: ParticipationFigures = {
    ...f,
    total: sparse(f.total) as Figures,
    unlisted: sparse(f.unlisted) as Figures,
    activities: isMonth ? f.activities : {}
  };
  for (const name of MAPS) (kept as unknown as { [name: string]: FiguresMap })[name] = isMonth ? mapWith(f[name], sparse) : {};
  // Per activity the dashboard publishes sign-ups only; the other figures of an activity are not kept.
  kept.byActivity = isMonth ? mapWith(f.byActivity, (c) => (c.signUps ? { signUps: c.signUps } : {})) : {};
  const length = JSON.stringify(kept).length;
  if (length > STORED_FIGURES_MAX_CHARS) {
    throw new RangeError(`The figures of ${period} need ${length} characters; the column holds ${STORED_FIGURES_MAX_CHARS}`);
  }
  return kept;
}

/** Stored figures with every left-out figure back as 0 (rows written before this form read the same). */
export function fromStored(value: unknown): unknown {
  const f = value as Partial<ParticipationFigures> | null;
  if (!f || typeof f !== 'object' || !f.total || !f.unlisted) return value;
  const out = { ...f, total: full(f.total), unlisted: full(f.unlisted) } as ParticipationFigures;
  for (const name of MAPS) {
    if (f[name]) (out as unknown as { [name: string]: FiguresMap })[name] = mapWith(f[name], name === 'byDepartment' || name === 'byOffice' ? fullPeople : full);
  }
  return out;
}
