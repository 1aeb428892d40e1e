/** The pure domain layer of #SamenBeter: no React, SPFx, PnPjs or other npm imports. */
export * from './types';
export * from './errors';
export * from './time/calendarDate';
export * from './time/clockTime';
export * from './time/isoWeek';
export * from './time/amsterdam';
export * from './time/dutchFormat';
export * from './calendar/nationalDays';
export * from './themes/themeOfWeek';
export * from './activities/sessions';
export * from './validation/validationError';
export * from './validation/validators';
export * from './odata/escape';
