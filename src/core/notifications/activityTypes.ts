/**
 * The Teams activity feed types the product sends. One list feeds the Teams app manifest
 * (`activities.activityTypes`, scripts/packaging), its localization file, the preview's
 * emulated tenant and the notifier: Graph refuses a type the manifest does not declare
 * (Graph docs, "Send activity feed notifications to users in Microsoft Teams").
 * `{actor}` is filled by Teams with the sender; the other parameters are ours.
 */
import { NoticeKind } from './whoIsTold';

export interface ActivityTypeDef {
  /** The manifest's `type` (also the Graph call's `activityType`). */
  type: string;
  /** Manifest `description` (English, shown to admins). */
  description: string;
  /** Manifest `templateText` in English and Dutch; parameters in braces. */
  templateText: { en: string; nl: string };
  /** The template parameters the notifier passes, besides {actor}. */
  parameters: string[];
}

export const ACTIVITY_TYPES: ReadonlyArray<ActivityTypeDef> = [
  {
    type: 'activityChanged',
    description: 'The organiser changed the time, place or meeting link of an activity you signed up for.',
    templateText: { en: '{actor} changed {activity}: {change}', nl: '{actor} heeft {activity} gewijzigd: {change}' },
    parameters: ['activity', 'change']
  },
  {
    type: 'dateCancelled',
    description: 'A date you signed up for does not take place.',
    templateText: { en: '{activity} on {date} does not take place', nl: '{activity} op {date} gaat niet door' },
    parameters: ['activity', 'date']
  },
  {
    type: 'activityCancelled',
    description: 'An activity you signed up for was cancelled.',
    templateText: { en: '{actor} cancelled {activity}', nl: '{actor} heeft {activity} afgezegd' },
    parameters: ['activity']
  },
  {
    type: 'placeFound',
    description: 'You moved up from the waiting list and have a place.',
    templateText: { en: 'You have a place for {activity}', nl: 'Je hebt een plek bij {activity}' },
    parameters: ['activity']
  }
];

/** The activity type of each notice kind (a removed date reads as "does not take place"). */
export function activityTypeOf(kind: NoticeKind): string {
  switch (kind) {
    case 'changed':
      return 'activityChanged';
    case 'dateRemoved':
    case 'dateCancelled':
      return 'dateCancelled';
    case 'activityCancelled':
      return 'activityCancelled';
    case 'placeFound':
      return 'placeFound';
  }
}
