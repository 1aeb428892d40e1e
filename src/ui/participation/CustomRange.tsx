import * as React from 'react';
import { Field, Select, useId } from '@fluentui/react-components';
import * as strings from 'SamenBeterStrings';
import { formatString } from '../shared/formatString';
import { CustomRangeProps } from './CustomRange.types';
import { customRangeText } from './customRangeText';
import { monthLabel } from './participationTables';
import { useCustomRangeStyles } from './useCustomRangeStyles';

/** "Eigen periode": a from-month and a to-month of the year, and the sign-ups total over them. */
export function CustomRange(props: CustomRangeProps): JSX.Element {
  const styles = useCustomRangeStyles();
  const { year, locale } = props;
  const headingId = useId('sb-custom-range-');
  const [from, setFrom] = React.useState(0);
  const [to, setTo] = React.useState(2);
  const result = customRangeText(year, from, to, locale);
  const options = year.months.map((m, i) => (
    <option key={m} value={i}>
      {monthLabel(m, locale)}
    </option>
  ));
  return (
    <section className={styles.root} aria-labelledby={headingId} data-custom-range>
      <h3 id={headingId} className={styles.heading}>
        {strings.ParticipationCustomTitle}
      </h3>
      <p className={styles.hint}>{formatString(strings.ParticipationCustomHint, year.year)}</p>
      <div className={styles.fields}>
        <Field label={strings.ParticipationCustomFrom} className={styles.field}>
          <Select value={String(from)} onChange={(_, data) => setFrom(Number(data.value))}>
            {options}
          </Select>
        </Field>
        <Field label={strings.ParticipationCustomTo} className={styles.field}>
          <Select value={String(to)} onChange={(_, data) => setTo(Number(data.value))}>
            {options}
          </Select>
        </Field>
      </div>
      <p className={styles.result} role="status" aria-live="polite" data-custom-total>
        {result.text}
      </p>
    </section>
  );
}
