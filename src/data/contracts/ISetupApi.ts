/** One thing set-up creates or changes (a list, field, index, group, permission, content). */
export interface SetupStep {
  kind: string;
  target: string;
  detail: string;
}

export interface SetupCheck {
  /** Only site owners may set up (SharePoint enforces it; this only decides what to show). */
  mayRunSetup: boolean;
  /** What a run would do; empty = everything is in place. */
  steps: SetupStep[];
  /** Access to our lists that the schema does not give (reported, never changed). */
  findings: SetupStep[];
}

/** The "Stel #SamenBeter in" panel's data side: check, then provision with progress. */
export interface ISetupApi {
  check(): Promise<SetupCheck>;
  run(onStep: (step: SetupStep) => void): Promise<SetupStep[]>;
}
