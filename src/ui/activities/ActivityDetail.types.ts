export interface ActivityDetailProps {
  activityId: number;
  /** Closes the dialog; focus goes back to the card that opened it. */
  onClose: () => void;
}
