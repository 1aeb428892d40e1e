/**
 * Validators return codes, not sentences: the UI maps `code` (with `params`)
 * to a Dutch-first loc string, so one rule serves nl-NL and en-US alike.
 */

export type ValidationCode =
  /** Empty, whitespace only, or missing. */
  | 'required'
  /** params: max, length (UTF-16 code units, as SharePoint counts). */
  | 'maxLength'
  /** Not a URL at all, or one with credentials/spaces. */
  | 'urlInvalid'
  /** A URL with another scheme than https (http:, javascript:, data:, ...). params: scheme. */
  | 'urlNotHttps'
  /** Not a whole number, or below the minimum. params: min. */
  | 'wholeNumberMin'
  /** Not a real date (or not 'YYYY-MM-DD' / a valid Date). */
  | 'dateInvalid'
  /** Not a real 'HH:mm' time. */
  | 'timeInvalid'
  /** This date/instant comes before the other field's. params: otherField. */
  | 'dateOrder'
  /** This time comes before (or at) the other field's. params: otherField. */
  | 'timeOrder'
  /** A number outside a range. params: min, max. */
  | 'outOfRange'
  /** A day that the month never has (31 April, 30 February). params: month, day. */
  | 'dayNotInMonth'
  /** A date or moment that has already passed. */
  | 'dateInPast'
  /** Not one of the allowed values (e.g. the configured municipal locations). */
  | 'notInList'
  /** The signed-in person may not choose this (e.g. a private activity for a non-coordinator). */
  | 'notAllowed'
  /** Too few or too many entries. params: min, max. */
  | 'countOutOfRange'
  /** A meeting link on a private activity: the activities list is readable by everyone. */
  | 'privateLink';

export interface ValidationParams {
  [name: string]: string | number;
}

export interface ValidationError {
  /** The form field (or dotted path, e.g. 'rule.month') the error belongs to. */
  field: string;
  code: ValidationCode;
  params: ValidationParams;
}

export function validationError(field: string, code: ValidationCode, params?: ValidationParams): ValidationError {
  return { field: field, code: code, params: params || {} };
}

/** Drops the passes (null) from a list of validator results. */
export function collectErrors(results: ReadonlyArray<ValidationError | null>): ValidationError[] {
  const errors: ValidationError[] = [];
  for (let i: number = 0; i < results.length; i++) {
    const result: ValidationError | null = results[i];
    if (result) {
      errors.push(result);
    }
  }
  return errors;
}

/** The first error for a field, for showing one message under an input. */
export function firstErrorFor(errors: ReadonlyArray<ValidationError>, field: string): ValidationError | undefined {
  for (let i: number = 0; i < errors.length; i++) {
    if (errors[i].field === field) {
      return errors[i];
    }
  }
  return undefined;
}
