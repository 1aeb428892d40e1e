import { DisplayLocale } from '../../../core/time/dutchFormat';
import { NationalDay, NewsPost, NewsPostInput } from '../../../core/types';
import { ContentCalendarApi } from '../../../data/contracts/IContentCalendarApi';

/** The page operations the post editor performs (the content calendar passes its API). */
export type PostEditorApi = Pick<ContentCalendarApi, 'saveDraft' | 'schedule' | 'publishNow' | 'deletePost'>;

/** What the editor did, for the calendar to say so (postOutcomeMessage) and reload. */
export type PostEditorOutcome =
  | { kind: 'draft'; post: NewsPost }
  /** `at`: the time SharePoint will publish the page. */
  | { kind: 'scheduled'; post: NewsPost; at: Date }
  | { kind: 'published'; post: NewsPost }
  | { kind: 'deleted'; id: number };

export interface PostEditorProps {
  open: boolean;
  /** The post to start from: emptyPostInput(...) for a new one, newsPostInputOfPost(page) for an edit. */
  initial: NewsPostInput;
  /** Set when editing an existing news page: no text field (that is edited in SharePoint), delete allowed. */
  existing?: NewsPost;
  /** The national days to choose from (active ones; the post's own is kept even if switched off). */
  nationalDays?: ReadonlyArray<NationalDay>;
  /** The clock: "Inplannen" refuses a moment that is not after now(). */
  now: () => Date;
  api: PostEditorApi;
  /** After "Concept opslaan", "Inplannen", "Nu publiceren" or "Verwijderen" succeeded. */
  onDone: (outcome: PostEditorOutcome) => void;
  /**
   * Closing without finishing (Annuleren, Escape). `pageSaved` is true when a step already
   * wrote the page (the draft was saved, scheduling it failed): the calendar should reload.
   */
  onClose: (pageSaved: boolean) => void;
  /** Month names in messages; default 'nl-NL'. */
  locale?: DisplayLocale;
}
