import * as strings from 'SamenBeterStrings';
import { TellOutcome } from '../../data/contracts/ITellOutcome';
import { formatString } from '../shared/formatString';

/**
 * What the organiser reads after a change that participants had to hear about. Not reaching
 * them in Teams is information, not an error: the change is saved and every participant sees
 * it with their sign-up. undefined = nobody was affected (or telling itself failed to start).
 */
export function tellMessage(outcome: TellOutcome | undefined): { intent: 'success' | 'info'; text: string } | undefined {
  if (!outcome || outcome.people === 0) {
    return undefined;
  }
  if (outcome.notTold === 0) {
    return { intent: 'success', text: outcome.told === 1 ? strings.StudioToldOne : formatString(strings.StudioToldAll, outcome.told) };
  }
  if (outcome.told > 0) {
    return { intent: 'info', text: formatString(strings.StudioToldSome, outcome.told, outcome.people) };
  }
  const why =
    outcome.reason === 'noConsent'
      ? strings.StudioToldNoConsent
      : outcome.reason === 'throttled'
        ? strings.StudioToldThrottled
        : outcome.reason === 'unavailable'
          ? strings.StudioToldUnavailable
          : strings.StudioToldFailed;
  return { intent: 'info', text: formatString(strings.StudioToldNone, why) };
}

/** Tells participants after a saved change; a failure to even read them is reported as not told. */
export async function tellSafely(run: () => Promise<TellOutcome>): Promise<TellOutcome | undefined> {
  try {
    return await run();
  } catch {
    return { people: 1, told: 0, notTold: 1, reason: 'failed', requests: 0 };
  }
}
