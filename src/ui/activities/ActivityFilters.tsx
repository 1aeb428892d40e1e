import * as React from 'react';
import { Button, Checkbox, Field, Input, Select } from '@fluentui/react-components';
import * as strings from 'SamenBeterStrings';
import { PILLARS, Pillar } from '../../core/types';
import { pillarLabel } from '../shared/labels';
import { ActivityFiltersProps } from './ActivityFilters.types';
import { useActivityFiltersStyles } from './useActivityFiltersStyles';

/** Pillar, on site / online, location, date range and "Alleen met plek". Native selects and date inputs: they work with every keyboard, screen reader and phone. */
export function ActivityFilters(props: ActivityFiltersProps): JSX.Element {
  const styles = useActivityFiltersStyles();
  const { values, onChange } = props;
  return (
    <div className={styles.root} role="group" aria-label={strings.ActivitiesFiltersLabel}>
      <Field label={strings.ActivitiesFilterPillar}>
        <Select className={styles.control} value={values.pillar} onChange={(_e, d) => onChange({ pillar: d.value as Pillar | '' })} data-filter="pillar">
          <option value="">{strings.ActivitiesFilterAllPillars}</option>
          {PILLARS.map((p) => (
            <option key={p} value={p}>
              {pillarLabel(p)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={strings.ActivitiesFilterVenue}>
        <Select
          className={styles.control}
          value={values.venue}
          onChange={(_e, d) => onChange({ venue: d.value as '' | 'onSite' | 'online' })}
          data-filter="venue"
        >
          <option value="">{strings.ActivitiesFilterVenueAll}</option>
          <option value="onSite">{strings.ActivitiesFilterOnSite}</option>
          <option value="online">{strings.ActivitiesFilterOnline}</option>
        </Select>
      </Field>
      <Field label={strings.ActivitiesFilterLocation}>
        <Select className={styles.control} value={values.location} onChange={(_e, d) => onChange({ location: d.value })} data-filter="location">
          <option value="">{strings.ActivitiesFilterAllLocations}</option>
          {props.locations.map((l) => (
            <option key={l.key} value={l.key}>
              {l.label}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={strings.ActivitiesFilterFrom}>
        <Input className={styles.control} type="date" value={values.from} max={values.to || undefined} onChange={(_e, d) => onChange({ from: d.value })} data-filter="from" />
      </Field>
      <Field label={strings.ActivitiesFilterTo}>
        <Input className={styles.control} type="date" value={values.to} min={values.from || undefined} onChange={(_e, d) => onChange({ to: d.value })} data-filter="to" />
      </Field>
      <Checkbox
        className={styles.check}
        checked={values.onlyWithPlaces}
        onChange={(_e, d) => onChange({ onlyWithPlaces: d.checked === true })}
        label={strings.ActivitiesFilterHasPlaces}
        data-filter="places"
      />
      <Button className={styles.check} appearance="subtle" onClick={props.onReset}>
        {strings.ActivitiesFilterReset}
      </Button>
    </div>
  );
}
