import { Activity } from '../../core/types';
import { ViewerRoles } from '../../data/contracts/ICurrentUserRepository';
import { StoredRegistration } from '../../data/contracts/IRegistrationRepository';

// What the Activiteiten web part knows, shared by the catalogue, the detail view and
// "Mijn aanmeldingen": a sign-up in one shows in all of them without a reload.

export interface SlotMessage {
  intent: 'success' | 'error' | 'info';
  text: string;
}

export interface ActivitiesState {
  roles: ViewerRoles | undefined;
  activities: { [id: number]: Activity };
  /** The registrations of a slot as last read (key: core slotKey). Absent = not loaded. */
  slots: { [slotKey: string]: StoredRegistration[] };
  /** The viewer's own registrations; undefined until loaded. */
  mine: StoredRegistration[] | undefined;
  /** Slots with a sign-up or cancel under way. */
  pending: { [slotKey: string]: boolean };
  /** The last result or error per slot, shown (and announced) next to its button. */
  messages: { [slotKey: string]: SlotMessage };
}

export type ActivitiesAction =
  | {
      type: 'loaded';
      roles?: ViewerRoles;
      activities?: Activity[];
      /** Slot keys that were read; each gets its registrations (possibly none). */
      slotKeys?: string[];
      registrations?: StoredRegistration[];
      mine?: StoredRegistration[];
    }
  | { type: 'slotRead'; key: string; registrations: StoredRegistration[]; personId: number }
  | { type: 'signedUp'; key: string; registration: StoredRegistration }
  | { type: 'cancelled'; key: string; ids: number[] }
  | { type: 'pending'; key: string; pending: boolean }
  | { type: 'message'; key: string; message: SlotMessage | undefined };

export const initialActivitiesState: ActivitiesState = {
  roles: undefined,
  activities: {},
  slots: {},
  mine: undefined,
  pending: {},
  messages: {}
};

function newestFirst(a: StoredRegistration, b: StoredRegistration): number {
  return b.id - a.id;
}

function without<T>(map: { [key: string]: T }, key: string): { [key: string]: T } {
  const copy = { ...map };
  delete copy[key];
  return copy;
}

export function activitiesReducer(state: ActivitiesState, action: ActivitiesAction): ActivitiesState {
  switch (action.type) {
    case 'loaded': {
      const activities = { ...state.activities };
      (action.activities || []).forEach((a) => (activities[a.id] = a));
      const slots = { ...state.slots };
      (action.slotKeys || []).forEach((key) => (slots[key] = []));
      (action.registrations || []).forEach((r) => {
        if (action.slotKeys && action.slotKeys.indexOf(r.slot) < 0) {
          return;
        }
        const list = slots[r.slot] || (slots[r.slot] = []);
        if (!list.some((x) => x.id === r.id)) {
          slots[r.slot] = list.concat([r]);
        }
      });
      return {
        ...state,
        roles: action.roles || state.roles,
        activities,
        slots,
        mine: action.mine ? action.mine.slice().sort(newestFirst) : state.mine
      };
    }
    case 'slotRead': {
      const own = action.registrations.filter((r) => r.person.id === action.personId);
      return {
        ...state,
        slots: { ...state.slots, [action.key]: action.registrations },
        mine: state.mine ? state.mine.filter((r) => r.slot !== action.key).concat(own).sort(newestFirst) : state.mine
      };
    }
    case 'signedUp': {
      // The write succeeded but the re-read did not: add the stored registration ourselves.
      const add = (list: StoredRegistration[] | undefined): StoredRegistration[] =>
        (list || []).filter((r) => r.id !== action.registration.id).concat([action.registration]);
      return {
        ...state,
        slots: { ...state.slots, [action.key]: add(state.slots[action.key]) },
        mine: state.mine ? add(state.mine).sort(newestFirst) : state.mine
      };
    }
    case 'cancelled': {
      const flip = (list: StoredRegistration[]): StoredRegistration[] =>
        list.map((r) => (action.ids.indexOf(r.id) >= 0 ? { ...r, status: 'cancelled' as const } : r));
      return {
        ...state,
        slots: state.slots[action.key] ? { ...state.slots, [action.key]: flip(state.slots[action.key]) } : state.slots,
        mine: state.mine ? flip(state.mine) : state.mine
      };
    }
    case 'pending':
      return { ...state, pending: action.pending ? { ...state.pending, [action.key]: true } : without(state.pending, action.key) };
    case 'message':
      return {
        ...state,
        messages: action.message ? { ...state.messages, [action.key]: action.message } : without(state.messages, action.key)
      };
    default:
      return state;
  }
}
