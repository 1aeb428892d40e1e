export interface MySignUpsProps {
  /** True while the tab is shown: the list is refreshed each time it is opened. */
  visible: boolean;
  /** Back to the catalogue (the empty state's button). */
  onBrowse: () => void;
}
