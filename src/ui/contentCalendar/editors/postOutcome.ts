import * as strings from 'SamenBeterStrings';
import { postStatus } from '../../../core/news/postStatus';
import { DisplayLocale } from '../../../core/time/dutchFormat';
import { formatString } from '../../shared/formatString';
import { shortDateTime } from '../calendarFormat';
import { PostEditorOutcome } from './PostEditor.types';

/**
 * What the calendar says after the post editor finished, in Dutch (or English):
 * "Concept opgeslagen — alleen redactie ziet het", "Ingepland voor di 8 dec 09:00 — …",
 * "Gepubliceerd — …", "Verwijderd — …".
 */
export function postOutcomeMessage(outcome: PostEditorOutcome, locale: DisplayLocale): string {
  switch (outcome.kind) {
    case 'draft':
      // A draft on top of a published page: employees keep seeing the published version.
      return postStatus(outcome.post) === 'published' ? strings.CalendarDoneDraftOfPublished : strings.CalendarDoneDraft;
    case 'scheduled':
      return formatString(strings.CalendarDoneScheduled, shortDateTime(outcome.at, locale));
    case 'published':
      return strings.CalendarDonePublished;
    default:
      return strings.CalendarDeleted;
  }
}
