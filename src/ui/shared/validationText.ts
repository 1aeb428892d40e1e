import { ValidationError } from '../../core/validation/validationError';
import { formatString } from './formatString';

/** The texts of the error codes every form shares; each form has its own wording. */
export interface CommonValidationTexts {
  /** '{0}' = the field's label in lower case: "Vul titel in." */
  required: string;
  /** '{0}' label, '{1}' maximum, '{2}' current length. */
  maxLength: string;
  urlInvalid: string;
  urlNotHttps: string;
  /** '{0}' label, '{1}' minimum. */
  wholeNumberMin: string;
  notInList: string;
}

/**
 * The sentence for the codes all forms share (core's validators), or undefined for a code
 * the form words itself (dates, times, its own rules).
 */
export function commonValidationText(error: ValidationError, label: string, texts: CommonValidationTexts): string | undefined {
  const p = error.params;
  switch (error.code) {
    case 'required':
      return formatString(texts.required, label.toLowerCase());
    case 'maxLength':
      return formatString(texts.maxLength, label, String(p.max), String(p.length));
    case 'urlInvalid':
      return formatString(texts.urlInvalid, label);
    case 'urlNotHttps':
      return formatString(texts.urlNotHttps, label);
    case 'wholeNumberMin':
      return formatString(texts.wholeNumberMin, label, String(p.min === undefined ? 1 : p.min));
    case 'notInList':
      return texts.notInList;
    default:
      return undefined;
  }
}
