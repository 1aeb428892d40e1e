import * as React from 'react';
import { Field, Input, Select } from '@fluentui/react-components';
import * as strings from 'SamenBeterStrings';
import { matchingLocation } from '../../core/activities/locations';
import { formatString } from '../shared/formatString';
import { LocationFieldProps } from './LocationField.types';
import { placeMode, withListLocation, withOtherPlace, withoutLocation } from './studioDraft';
import { useStudioStyles } from './useStudioStyles';

/** The location select's value for "Andere plek…" (list locations use their ids). */
const OTHER_PLACE = 'other';

/**
 * Where an on-site or hybrid activity takes place: one of the owners' locations (SamenBeter
 * Locaties), whose address shows as a hint, or "Andere plek…" with free text for a one-off place.
 * Without a list (empty or unreadable) only the free text, saying where owners keep the list.
 */
export function LocationField(props: LocationFieldProps): JSX.Element {
  const styles = useStudioStyles();
  const { form, setForm, offered, fieldProps, fieldId } = props;
  const place = offered.length === 0 ? 'other' : placeMode(form, offered);
  const chosen = place === 'list' ? matchingLocation(form.draft.location, offered) : undefined;
  return offered.length === 0 ? (
    // No list yet (or unreadable): free text, and where the list is kept.
    <Field label={strings.StudioFieldLocation} required hint={strings.StudioLocationsEmpty} className={styles.field} {...fieldProps('location')}>
      <Input value={form.draft.location} onChange={(_, d) => setForm((f) => withOtherPlace(f, d.value))} data-field="locationText" />
    </Field>
  ) : (
    <div className={styles.dates}>
      <Field
        label={strings.StudioFieldLocation}
        required
        className={styles.field}
        hint={chosen && chosen.address ? formatString(strings.StudioLocationAddress, chosen.address) : undefined}
        {...(place === 'list' ? fieldProps('location') : { id: fieldId('locationChoice') })}
      >
        <Select
          className={styles.select}
          value={place === 'other' ? OTHER_PLACE : chosen ? String(chosen.id) : ''}
          onChange={(_, d) => {
            const picked = offered.filter((l) => String(l.id) === d.value)[0];
            setForm((f) => (picked ? withListLocation(f, picked) : d.value === OTHER_PLACE ? withOtherPlace(f, '') : withoutLocation(f)));
          }}
          data-field="location"
        >
          <option value="">{strings.StudioChoose}</option>
          {offered.map((l) => (
            <option key={l.id} value={String(l.id)}>
              {l.name}
            </option>
          ))}
          <option value={OTHER_PLACE}>{strings.StudioLocationOther}</option>
        </Select>
      </Field>
      {place === 'other' && (
        <Field label={strings.StudioLocationOtherLabel} required className={styles.field} {...fieldProps('location')}>
          <Input value={form.draft.location} onChange={(_, d) => setForm((f) => withOtherPlace(f, d.value))} data-field="locationText" />
        </Field>
      )}
    </div>
  );
}
