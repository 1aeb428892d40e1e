import { DisplayLocale } from '../../../core/time/dutchFormat';
import { NewsPostInput } from '../../../core/types';
import { StoredNewsPost } from '../../../data/contracts/IContentCalendarApi';

export interface PostEditorProps {
  open: boolean;
  /** The post to start from: emptyPostInput(...) for a new one, the stored post for an edit. */
  initial: NewsPostInput;
  /** Set when editing a stored post (enables delete, allows a past expiry). */
  existing?: StoredNewsPost;
  now: Date;
  /** Stores the post; a rejection keeps the form open with all its content. */
  onSave: (input: NewsPostInput) => Promise<void>;
  /** Deletes the stored post (asked for confirmation first). */
  onDelete?: () => Promise<void>;
  /** Closing without saving, and after a successful save or delete. */
  onClose: () => void;
  /** Month names in messages; default 'nl-NL'. */
  locale?: DisplayLocale;
}
