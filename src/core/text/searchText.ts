/**
 * Text folding for search and file names: case- and accent-insensitive, so
 * "cafe" finds "Café" and "ijssel" finds "Ĳssel". Pure string work: the text is
 * never put into a query, so quotes or OData syntax are just characters.
 */

/** Lower case without diacritics: NFKD splits 'é' into 'e' + a combining accent, which is dropped. */
export function foldForSearch(value: string): string {
  const lower: string = value.toLowerCase();
  // normalize is ES2015 and in every browser SPFx supports; the guard only keeps odd hosts from crashing.
  const decomposed: string = typeof lower.normalize === 'function' ? lower.normalize('NFKD') : lower;
  return decomposed.replace(/[\u0300-\u036f]/g, '').replace(/\u00df/g, 'ss').replace(/\u00f8/g, 'o').replace(/\u0142/g, 'l').replace(/\u00e6/g, 'ae');
}

/** Whitespace-separated words of the folded text; [] for blank input. */
export function searchWords(value: string): string[] {
  const folded: string = foldForSearch(value).replace(/^\s+|\s+$/g, '');
  return folded === '' ? [] : folded.split(/\s+/);
}
