/** The longest reason for calling an activity off that the studio accepts (the form says so). */
export const CANCEL_REASON_MAX = 500;
