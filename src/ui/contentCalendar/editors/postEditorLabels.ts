// The words of the news page editor (PostEditor): field labels for messages, what a busy or
// failed step says, and the link to SharePoint's own editor.
import * as strings from 'SamenBeterStrings';
import { isDataError } from '../../../core/errors';
import { NewsPostAction } from '../../../core/news/newsPostForm';
import { errorMessage } from '../../shared/errorMessage';
import { sameOriginPath, safeUrl } from '../../shared/safeUrl';

export type Busy = 'idle' | NewsPostAction | 'delete';
/** Which step failed: saving the draft, scheduling or publishing it, or deleting the page. */
export type Step = 'save' | 'schedule' | 'publish' | 'delete';
export interface Failure {
  step: Step;
  error: unknown;
}

/** The label of a form field as the messages name it. */
export function postFieldLabel(field: string): string {
  switch (field) {
    case 'title':
      return strings.EditorFieldTitle;
    case 'body':
      return strings.EditorFieldBody;
    case 'excerpt':
      return strings.EditorFieldExcerpt;
    case 'pillar':
      return strings.EditorFieldPillar;
    case 'theme':
      return strings.EditorFieldTheme;
    case 'imageUrl':
      return strings.EditorFieldImage;
    case 'nationalDay':
      return strings.EditorFieldNationalDay;
    case 'publishDate':
      return strings.EditorFieldPublishDate;
    default:
      return strings.EditorFieldPublishTime;
  }
}

/** The page in SharePoint's editor: `${url}?Mode=Edit` (only for a safe page address). */
export function editInSharePointUrl(url: string): string | undefined {
  const safe = safeUrl(sameOriginPath(url));
  return safe && safe + (safe.indexOf('?') >= 0 ? '&' : '?') + 'Mode=Edit';
}

export function failureText(failure: Failure): string {
  if (isDataError(failure.error) && failure.error.kind === 'checkedOut') {
    return strings.EditorCheckedOut;
  }
  const what: string =
    failure.step === 'schedule'
      ? strings.EditorScheduleFailed
      : failure.step === 'publish'
        ? strings.EditorPublishFailed
        : failure.step === 'delete'
          ? strings.EditorDeleteFailed
          : strings.EditorSaveFailed;
  return `${what} ${errorMessage(failure.error)}`;
}

export function busyLabel(busy: Busy): string {
  switch (busy) {
    case 'schedule':
      return strings.EditorScheduling;
    case 'publishNow':
      return strings.EditorPublishing;
    case 'delete':
      return strings.EditorDeleting;
    default:
      return strings.EditorSaving;
  }
}
