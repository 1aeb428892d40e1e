import * as strings from 'SamenBeterStrings';
import { isDataError } from '../../core/errors';

/** The Dutch (or English) sentence an employee sees for a failed load or save. */
export function errorMessage(error: unknown): string {
  if (!isDataError(error)) {
    return strings.ErrorGeneric;
  }
  switch (error.kind) {
    case 'accessDenied':
      return strings.ErrorAccessDenied;
    case 'throttled':
      return strings.ErrorThrottled;
    case 'network':
      return strings.ErrorNetwork;
    case 'notFound':
      return strings.ErrorNotFound;
    case 'threshold':
      return strings.ErrorThreshold;
    case 'conflict':
      return strings.ErrorConflict;
    case 'notProvisioned':
      return strings.ErrorNotProvisioned;
    case 'privacyLocked':
      return strings.ErrorPrivacyLocked;
    default:
      return strings.ErrorGeneric;
  }
}
