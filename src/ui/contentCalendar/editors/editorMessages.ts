import * as strings from 'SamenBeterStrings';
import { DisplayLocale, monthName } from '../../../core/time/dutchFormat';
import { ValidationError } from '../../../core/validation/validationError';
import { formatString } from '../../shared/formatString';
import { commonValidationText, CommonValidationTexts } from '../../shared/validationText';

const EDITOR_TEXTS: CommonValidationTexts = {
  required: strings.EditorErrRequired,
  maxLength: strings.EditorErrMaxLength,
  urlInvalid: strings.EditorErrUrlInvalid,
  urlNotHttps: strings.EditorErrUrlNotHttps,
  wholeNumberMin: strings.EditorErrWholeNumber,
  notInList: strings.EditorErrNotInList
};

/**
 * A validation error of the editors as one Dutch (or English) sentence. `label` names the
 * field as its label reads ("Titel", "Publicatietijd").
 */
export function editorValidationMessage(error: ValidationError, label: string, locale: DisplayLocale): string {
  const p = error.params;
  const common = commonValidationText(error, label, EDITOR_TEXTS);
  if (common !== undefined) {
    return common;
  }
  switch (error.code) {
    case 'dateInvalid':
      return p.value !== undefined ? formatString(strings.EditorErrDateInList, String(p.value)) : formatString(strings.EditorErrDateInvalid, label);
    case 'timeInvalid':
      return p.reason === 'nonexistent' ? formatString(strings.EditorErrTimeNonexistent, label) : formatString(strings.EditorErrTimeInvalid, label);
    case 'dateInPast':
      return formatString(strings.EditorErrScheduleInPast, label);
    case 'outOfRange':
      return formatString(strings.EditorErrOutOfRange, label, String(p.min), String(p.max));
    case 'dayNotInMonth':
      return formatString(strings.EditorErrDayNotInMonth, String(p.day), monthName(Number(p.month), locale, 'long'));
    default:
      return formatString(strings.EditorErrOther, label);
  }
}

/** Errors sorted by the form's field order; unknown fields last. */
export function sortByFieldOrder(errors: ValidationError[], order: ReadonlyArray<string>): ValidationError[] {
  const rank = (field: string): number => {
    const i = order.indexOf(field);
    return i < 0 ? order.length : i;
  };
  return errors.slice().sort((a, b) => rank(a.field) - rank(b.field));
}

/** One error per field (the first), for the summary. */
export function firstPerField(errors: ValidationError[]): ValidationError[] {
  return errors.filter((e, i) => errors.findIndex((o) => o.field === e.field) === i);
}
