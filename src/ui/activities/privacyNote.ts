import * as strings from 'SamenBeterStrings';
import { foldForSearch } from '../../core/text/searchText';
import { htmlToText } from '../shared/SafeHtml';

// Apart from activityLabels: reading rich text needs DOMPurify, which only the detail dialog loads.

/** Letters and digits only, folded: "Collega's zien … P&O" and "collega’s zien … P&amp;O" compare equal. */
function comparable(text: string): string {
  return foldForSearch(text).replace(/[^a-z0-9]+/g, ' ').trim();
}

/**
 * The organiser already wrote the privacy note into the description (many did before the
 * product said it itself; the seeded workshops do): then the detail does not say it twice.
 */
export function descriptionHasPrivacyNote(descriptionHtml: string): boolean {
  const note = comparable(strings.ActivitiesPrivateExplain);
  return note !== '' && comparable(htmlToText(descriptionHtml)).indexOf(note) >= 0;
}
