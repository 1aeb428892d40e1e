/** Remembered per person and sign-up (the preview switches people in one browser). */
export function agendaKey(personId: number, slotKey: string): string {
  return `${personId}|${slotKey}`;
}
