import * as strings from 'SamenBeterStrings';
import { DisplayLocale } from '../../core/time/dutchFormat';
import { ValidationError } from '../../core/validation/validationError';
import { formatString } from '../shared/formatString';
import { commonValidationText, CommonValidationTexts } from '../shared/validationText';
import { dayMonthLabel } from './studioDraft';

// How the studio form names its fields and words its validation errors.

const STUDIO_TEXTS: CommonValidationTexts = {
  required: strings.StudioErrRequired,
  maxLength: strings.StudioErrMaxLength,
  urlInvalid: strings.StudioErrUrlInvalid,
  urlNotHttps: strings.StudioErrUrlNotHttps,
  wholeNumberMin: strings.StudioErrWholeNumber,
  notInList: strings.StudioErrNotInList
};

/** The form field that shows a validation error (the draft's 'dates' → the date input or the list). */
export const FIELD_ORDER: ReadonlyArray<string> = [
  'title',
  'description',
  'pillar',
  'dates',
  'newDate',
  'startTime',
  'endTime',
  'location',
  'meetingUrl',
  'capacity',
  'deadline',
  'isPrivate',
  'imageUrl'
];

export function fieldLabel(field: string): string {
  switch (field) {
    case 'title':
      return strings.StudioFieldTitle;
    case 'description':
      return strings.StudioFieldDescription;
    case 'pillar':
      return strings.StudioFieldPillar;
    case 'dates':
      return strings.StudioFieldDate;
    case 'newDate':
      return strings.StudioDatesNew;
    case 'startTime':
      return strings.StudioFieldStartTime;
    case 'endTime':
      return strings.StudioFieldEndTime;
    case 'location':
      return strings.StudioFieldLocation;
    case 'meetingUrl':
      return strings.StudioFieldMeetingUrl;
    case 'capacity':
      return strings.StudioFieldCapacity;
    case 'deadline':
      return strings.StudioFieldDeadline;
    case 'isPrivate':
      return strings.StudioFieldPrivate;
    default:
      return strings.StudioFieldImage;
  }
}

/** A validation error as one Dutch (or English) sentence. */
export function validationMessage(error: ValidationError, locale: DisplayLocale = 'nl-NL'): string {
  const label = fieldLabel(error.field);
  const p = error.params;
  const common = commonValidationText(error, label, STUDIO_TEXTS);
  if (common !== undefined) {
    return common;
  }
  switch (error.code) {
    case 'dateInvalid':
    case 'dayNotInMonth':
      return formatString(strings.StudioErrDateInvalid, label);
    case 'timeInvalid':
      return formatString(strings.StudioErrTimeInvalid, label);
    case 'dateOrder':
      return strings.StudioErrDateOrder;
    case 'timeOrder':
      return strings.StudioErrTimeOrder;
    case 'dateInPast':
      return formatString(strings.StudioErrDateInPast, label);
    case 'notAllowed':
      // The form's own date rules (see formDateErrors) have no code of their own in core.
      if (p.reason === 'duplicate') {
        return formatString(strings.StudioErrDateDuplicate, dayMonthLabel(String(p.date), locale));
      }
      if (p.reason === 'notAdded') {
        return strings.StudioErrDateNotAdded;
      }
      return strings.StudioErrNotAllowed;
    case 'countOutOfRange':
      return formatString(strings.StudioErrCount, label, String(p.min), String(p.max));
    case 'privateLink':
      return strings.StudioErrPrivateLink;
    default:
      return formatString(strings.StudioErrOther, label);
  }
}
