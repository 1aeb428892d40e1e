// Shared texts (errors, retry) and the "Stel #SamenBeter in" set-up panel.
declare interface ISharedStrings {
  Loading: string;
  Retry: string;
  ErrorGeneric: string;
  ErrorAccessDenied: string;
  ErrorThrottled: string;
  ErrorNetwork: string;
  ErrorNotFound: string;
  ErrorThreshold: string;
  ErrorConflict: string;
  ErrorNotProvisioned: string;
  ErrorPrivacyLocked: string;
  SetupChecking: string;
  SetupNotReadyTitle: string;
  SetupTitle: string;
  SetupIntro: string;
  SetupNothingToDo: string;
  SetupFindings: string;
  SetupFinding: string;
  SetupRetiredNews: string;
  SetupProgress: string;
  SetupDone: string;
  SetupRun: string;
  SetupResume: string;
  SetupContinue: string;
  PillarKracht: string;
  PillarSamen: string;
  PillarBeter: string;
  ThemeFysiek: string;
  ThemeMentaal: string;
  ThemeVoeding: string;
  ThemeWerkomgeving: string;
  ThemeMotivatie: string;
  /** Placeholder of the 24-hour time fields. */
  TimeInputPlaceholder: string;
}
