/** Why some participants were not reached in Teams (they see the change in the app anyway). */
export type NotTold = 'noConsent' | 'throttled' | 'noAddress' | 'failed' | 'unavailable';

/** What telling participants in Teams achieved; never thrown, always reported. */
export interface TellOutcome {
  /** Distinct people the notices were for (the sender excluded). */
  people: number;
  told: number;
  /** People not reached in Teams, and the main reason. */
  notTold: number;
  reason?: NotTold;
  /** Graph requests made (the budget: 20 people per request). */
  requests: number;
}

/** What made participants need telling. */
export type TellCause =
  | { kind: 'changed' }
  | { kind: 'activityCancelled'; reason: string }
  | { kind: 'dateCancelled'; date: string; reason: string };
