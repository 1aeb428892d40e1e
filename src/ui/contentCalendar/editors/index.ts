export { PostEditor } from './PostEditor';
export type { PostEditorApi, PostEditorOutcome, PostEditorProps } from './PostEditor.types';
export { postOutcomeMessage } from './postOutcome';
export { ThemePlanner } from './ThemePlanner';
export type { ThemePlannerProps } from './ThemePlanner.types';
export { NationalDaysPanel } from './NationalDaysPanel';
export type { NationalDaysPanelProps } from './NationalDaysPanel.types';
export { emptyPostInput } from './postDefaults';
